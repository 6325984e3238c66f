/**
 * utf8Chunks gathers the pieces of a large output into megabyte chunks of UTF-8 (issue 15: the vacancy report of a
 * national table printed a 16-kilobyte string a write). The bytes must be those of each piece written to stdout as a
 * string, whatever the chunk borders: pieces of any size (larger than a chunk too), Cyrillic, pairs and lone halves
 * of surrogates at the ends of pieces.
 */
import fc from "fast-check";
import type { CliContext } from "../../src/cli/context";
import { printJsonParts } from "../../src/cli/printJsonParts";
import { utf8Chunks } from "../../src/cli/utf8Chunks";

const piece = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", "МБОУ «СОШ № 1»", "\uD83D", "\uDE00", "😀", "\u0085\u009f", "x".repeat(300)),
);

/** The pieces as stdout writes them, each a string of its own. */
const asStrings = (pieces: readonly string[]) => Buffer.concat(pieces.map((p) => Buffer.from(p, "utf8")));

test("the chunks are the pieces encoded one by one, none split, each chunk at most its size unless one piece is larger", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 4, max: 200 }), (pieces, size) => {
      const chunks: Uint8Array[] = [];
      const sink = utf8Chunks((b) => chunks.push(Uint8Array.from(b)), size);
      pieces.forEach((p) => sink.write(p));
      sink.end();
      expect(Buffer.concat(chunks).equals(asStrings(pieces))).toBe(true);
      for (const c of chunks) expect(c.length > 0).toBe(true);
      // A chunk over the size holds one piece alone.
      for (const c of chunks) if (c.length > size) expect(pieces.some((p) => asStrings([p]).equals(Buffer.from(c)))).toBe(true);
    }),
    { numRuns: 500 },
  );
});

test("a chunk handed on is not written to again", () => {
  const chunks: Uint8Array[] = [];
  const sink = utf8Chunks((b) => chunks.push(b), 8);
  for (const p of ["abcdef", "ghijkl", "mnopqr"]) sink.write(p.slice(0, 2));
  sink.write("zz");
  sink.end();
  expect(chunks.map((c) => Buffer.from(c).toString())).toEqual(["abgh", "mnzz"]);
});

test("printJsonParts through the chunks writes the bytes of the text it writes through out", () => {
  const byOrg = Array.from({ length: 30_000 }, (_, i) => ({ period: "2025-09", org: `МБОУ «СОШ № ${i}» \u0085`, vacancies: i, rates: i / 2 }));
  const parts: string[] = [];
  const chunks: Uint8Array[] = [];
  const base = { positionals: [], options: {}, locale: "ru" as const, err: () => undefined, today: "2026-11-29" };
  const ctx: CliContext = { ...base, out: (s) => parts.push(s) };
  const chunked: CliContext = { ...base, out: () => { throw new Error("out used"); }, outChunks: () => utf8Chunks((b) => chunks.push(b), 1 << 16) };
  printJsonParts(ctx, { periods: ["2025-09"], byOrg });
  printJsonParts(chunked, { periods: ["2025-09"], byOrg });
  expect(Buffer.concat(chunks).equals(Buffer.from(parts.join(""), "utf8"))).toBe(true);
  expect(chunks.length).toBeGreaterThan(3);
});
