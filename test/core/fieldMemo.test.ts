import fc from "fast-check";
import type { FieldRow } from "../../src/core/fieldRow";
import { FieldMemo } from "../../src/core/fieldMemo";

/** A record as a byte reader hands it: its fields' UTF-8 bytes one after another, with a delimiter between. */
function fieldRow(row: number, cells: readonly string[], quoted: ReadonlySet<number> = new Set()): FieldRow {
  const parts = cells.map((c) => Buffer.from(c, "utf8"));
  const bytes = Buffer.concat(parts.flatMap((p) => [p, Buffer.from(";")]));
  const starts = new Int32Array(cells.length);
  const ends = new Int32Array(cells.length);
  let at = 0;
  parts.forEach((p, i) => {
    starts[i] = at;
    ends[i] = at + p.length;
    at += p.length + 1;
  });
  return {
    row,
    length: cells.length,
    bytes,
    starts,
    ends,
    utf8: true,
    // A field with a doubled quote: its text is not its bytes.
    plain: (i) => !quoted.has(i),
    text: (i) => (quoted.has(i) ? cells[i].replaceAll('""', '"') : cells[i]),
    cells: () => cells.map((c, i) => (quoted.has(i) ? c.replaceAll('""', '"') : c)),
  };
}

describe("FieldMemo gives the facts of each field's text", () => {
  // Few values repeating (a month, a position), many values (organisations: more than the memo's slots, so slots are
  // taken over), empty fields, fields longer than a slot, Cyrillic, and values differing in one byte only.
  const value = fc.oneof(
    fc.constantFrom("", "09.2025", "10.2025", "учитель", "воспитатель", "педагог-психолог", "1", "0.5", "18", "9"),
    fc.integer({ min: 0, max: 3000 }).map((n) => `МБОУ «СОШ № ${n}»`),
    fc.integer({ min: 0, max: 40 }).map((n) => "очень длинное наименование организации ".repeat(2) + n),
    fc.string({ maxLength: 6 }),
  );

  test("in one column over many rows, as the text path reads them", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.boolean()), { minLength: 1, maxLength: 3000 }), (column) => {
        let made = 0;
        const memo = new FieldMemo((text: string) => ({ text, made: made++ }));
        column.forEach(([cell, quoted], r) => {
          const q = quoted && cell.includes('""');
          const row = fieldRow(r + 1, ["x", cell, "y"], q ? new Set([1]) : new Set());
          expect(memo.of(row, 1).text).toBe(row.text(1));
        });
        // Past the row's end: "" as GridRow cells read.
        expect(memo.of(fieldRow(column.length + 1, ["x"]), 1).text).toBe("");
      }),
      { numRuns: 60 },
    );
  });

  test("values differing in any one byte, at any place in a chunk, are told apart", () => {
    // Read four bytes at a time: a field starts anywhere in its chunk, its last one to three bytes are a word of their
    // own, and the bytes after it (the delimiter, the next field) are never part of it.
    const stems = ["", "a", "ab", "abc", "abcd", "abcde", "абвгд", "абв", "учитель", "педагог-психолог", "x".repeat(95), "я".repeat(48)];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...stems), fc.nat(), fc.integer({ min: 0, max: 7 }), fc.string({ maxLength: 5 })), { minLength: 200, maxLength: 400 }), (column) => {
        const memo = new FieldMemo((text: string) => text);
        column.forEach(([stem, pick, pad, next], r) => {
          // One byte of the stem changed (or none, when `at` is past its end), the field after it anything.
          const bytes = Buffer.from(stem, "utf8");
          const at = pick % (bytes.length + 1);
          if (at < bytes.length) bytes[at] = 0x30 + (at % 10);
          const cell = bytes.toString("utf8");
          const row = fieldRow(r + 1, ["p".repeat(pad), cell, next]);
          expect(memo.of(row, 1)).toBe(row.text(1));
        });
      }),
      { numRuns: 80 },
    );
  });

  test("a value seen again is not worked out again while it holds its slot", () => {
    let made = 0;
    const memo = new FieldMemo((text: string) => ({ text, made: made++ }));
    const a = memo.of(fieldRow(1, ["МБОУ «СОШ № 7»"]), 0);
    memo.of(fieldRow(2, ["учитель"]), 0);
    expect(memo.of(fieldRow(3, ["МБОУ «СОШ № 7»"]), 0)).toBe(a);
    expect(memo.of(fieldRow(4, ["МБОУ «СОШ № 7»"]), 0)).toBe(a);
    expect(made).toBe(2);
  });

  test("a column whose fields do not repeat stops being looked up, and still gives each field's facts", () => {
    let made = 0;
    const memo = new FieldMemo((text: string) => ({ text, made: made++ }));
    const names = Array.from({ length: 6000 }, (_, i) => `Иванова ${i}`);
    names.forEach((name, r) => expect(memo.of(fieldRow(r + 1, ["x", name]), 1).text).toBe(name));
    expect(memo.repeats).toBe(false);
    // Worked out each time from now on: a name met again is still read right.
    expect(memo.of(fieldRow(1, ["x", names[5]]), 1).text).toBe(names[5]);
    expect(made).toBe(6001);
  });

  test("a column that repeats keeps being looked up", () => {
    const memo = new FieldMemo((text: string) => text);
    for (let r = 0; r < 6000; r++) memo.of(fieldRow(r + 1, [["учитель", "воспитатель", "1", "0,5"][r % 4]]), 0);
    expect(memo.repeats).toBe(true);
  });
});
