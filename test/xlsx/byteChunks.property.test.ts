/**
 * ByteChunks writes strings as UTF-8 into chunks that are never copied (issue 15): joined, the chunks must be the
 * bytes TextEncoder gives for each string written, whatever falls on a chunk's border (a Cyrillic letter's two
 * bytes, an emoji's four, a lone surrogate half), and a string longer than any chunk.
 */
import fc from "fast-check";
import { byteLength, ByteChunks, joinChunks } from "../../src/xlsx/write/byteChunks";

const piece = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", "План мероприятий", "😀😀😀", "\uD83D", "\uDE00x", "<c r=\"A1\"/>", "ё".repeat(300)),
);

test("the chunks joined are the UTF-8 of the strings written, in order", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 16, max: 256 }), (pieces, first, largest) => {
      const out = new ByteChunks(first, largest);
      pieces.forEach((p) => out.write(p));
      const chunks = out.finish();
      // Each string encoded on its own: a surrogate pair split over two writes is two lone halves, as it was.
      const want = Buffer.concat(pieces.map((p) => new TextEncoder().encode(p)));
      expect(byteLength(chunks)).toBe(want.length);
      expect(Buffer.from(joinChunks(chunks)).equals(want)).toBe(true);
      expect(chunks.every((c) => c.length > 0)).toBe(true);
    }),
    { numRuns: 500 },
  );
});

test("a string of megabytes goes into chunks no larger than the largest", () => {
  const out = new ByteChunks(16, 1 << 16);
  const text = "Раздел 1. Организационные мероприятия 😀 ".repeat(50_000);
  out.write(text);
  const chunks = out.finish();
  expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1 << 16);
  expect(new TextDecoder().decode(joinChunks(chunks))).toBe(text);
});
