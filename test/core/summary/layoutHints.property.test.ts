/**
 * rowHeights skips the word-by-word wrapping of a line no longer than its column, and finds merged widths by row and
 * column (issue 15: a large summary has hundreds of thousands of cells). The heights must be those of the plain
 * word-by-word count, kept here as the reference, on any text, width, merge and style.
 */
import fc from "fast-check";
import { columnWidths, rowHeights } from "../../../src/core/sheet/layoutHints";
import { text, type SheetSpec, type StyleName } from "../../../src/core/sheet/sheetSpec";

function referenceHeights(spec: SheetSpec, widths: readonly number[]): (number | undefined)[] {
  const spans = new Map<string, number>();
  for (const m of spec.merges ?? []) {
    if (m.bottom !== m.top) continue;
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += widths[c] ?? 10;
    spans.set(`${m.top}:${m.left}`, w);
  }
  const wrapped = (line: string, perLine: number): number => {
    let lines = 1;
    let used = 0;
    for (const word of line.match(/\S+/g) ?? []) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        lines += Math.max(0, Math.ceil(word.length / perLine) - 1);
        used = word.length % perLine || perLine;
      }
    }
    return lines;
  };
  return spec.rows.map((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      const t = cell.value.kind === "text" ? cell.value.text : "";
      if (!t || !(spec.columns?.[c]?.wrap || (cell.style && ["wrap", "header", "title", "section"].includes(cell.style)))) return;
      const width = spans.get(`${r}:${c}`) ?? widths[c] ?? 10;
      const scale = cell.style === "title" ? 1.4 : cell.style === "header" ? 1.1 : 1;
      const perLine = Math.max(1, (width * 1.1) / scale - 1);
      const needed = t.split("\n").reduce((n, line) => n + wrapped(line, perLine), 0);
      lines = Math.max(lines, needed * (cell.style === "title" ? scale : 1));
    });
    return lines > 1 ? Math.min(409, Math.ceil(lines * 15 + 3)) : undefined;
  });
}

// Blanks of every kind JavaScript's \s knows (no-break, em, ideographic spaces, BOM, line and paragraph separators)
// and look-alikes it does not (NEL, Mongolian vowel separator, zero-width space): rowHeights reads words by
// character code, the reference by /\S+/.
const BLANKS = [" ", "\t", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u2003", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const NOT_BLANKS = ["\u0085", "\u180e", "\u200b", "\u00ad"];
const words = fc.array(
  fc.oneof(
    fc.constantFrom("а", "план", "мероприятия", "Иванова А.А.", "повышения-квалификации-педагогов", " ", "\n", "  "),
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...BLANKS, ...NOT_BLANKS),
    fc.array(fc.constantFrom("слово", "x", ...BLANKS, ...NOT_BLANKS), { maxLength: 30 }).map((parts) => parts.join("")),
  ),
  { maxLength: 12 },
);
const cell = fc.record({ text: words.map((w) => w.join(" ")), style: fc.constantFrom<StyleName | undefined>(undefined, "wrap", "header", "title", "section", "subtitle") });
const spec: fc.Arbitrary<SheetSpec> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 8 }),
    columns: fc.array(fc.record({ width: fc.integer({ min: 1, max: 60 }), wrap: fc.boolean() }), { maxLength: 4 }),
    merges: fc.array(fc.record({ top: fc.nat(7), left: fc.nat(2), height: fc.nat(1), span: fc.integer({ min: 1, max: 2 }) }), { maxLength: 3 }),
  })
  .map(({ rows, columns, merges }) => ({
    name: "x",
    rows: rows.map((row) => row.map((c) => text(c.text, c.style))),
    columns,
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.span })),
  }));

test("every UTF-16 code unit is a blank to rowHeights exactly when \\s matches it", () => {
  // In a column two characters wide (1.2 a line), "a<u>a" takes two lines when <u> is a blank (two words of one
  // letter) and three when it is not (one word of three letters, broken).
  const widths = [2];
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    const spec: SheetSpec = { name: "x", rows: [[text(`a${ch}a`, "wrap")]], columns: [{ width: 2, wrap: true }] };
    expect([code, rowHeights(spec, widths)]).toEqual([code, referenceHeights(spec, widths)]);
  }
});

test("heights equal the word-by-word count", () => {
  fc.assert(
    fc.property(spec, (s) => {
      const widths = columnWidths(s);
      expect(rowHeights(s, widths)).toEqual(referenceHeights(s, widths));
    }),
    { numRuns: 500 },
  );
});
