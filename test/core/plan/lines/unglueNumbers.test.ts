import fc from "fast-check";
import type { Block, GridRow } from "../../../../src/core/grid";
import { DEFAULT_HEADERS, type Line, recoverFromLines } from "../../../../src/core/plan/lines/recoverFromLines";
import { unglueNumber } from "../../../../src/core/plan/lines/unglueNumbers";

const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const HEADER = ["№", "Мероприятие", "Срок", "Исполнитель"];
const rows = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows : []));
/** Every character the blocks hold but spaces, sorted: what a reading must neither lose nor invent. */
const characters = (texts: readonly string[]) => [...texts.join("").replace(/\s+/g, "")].sort().join("");
/** The header's lines are the table's first row; the captions of columns the header does not name are made up. */
const invented: ReadonlySet<string> = new Set(Object.values(DEFAULT_HEADERS));
/**
 * A row under an executors' cell merged down takes the cell above, noted merged_continuation (mergedExecutors.ts):
 * that copy is the merge's, not the source's, and is not counted again. It is the executors' column's alone (its
 * header cell «Исполнитель»): a cell of another column equal to the one above is the source's own.
 */
const executorsAt = (header: GridRow) => header.cells.findIndex((c) => c.startsWith("Исполнитель"));
const copiedFromAbove = (row: GridRow, above: GridRow | undefined, executors: number) => (c: string, k: number) =>
  k === executors && c !== "" && above !== undefined && above.cells[k] === c && (row.notes ?? []).some((n) => n.code === "merged_continuation");
const blockTexts = (blocks: readonly Block[]) =>
  blocks.flatMap((b) =>
    b.kind === "text"
      ? [b.text]
      : b.grid.rows.flatMap((r, i) => (i === 0 ? r.cells.filter((c) => !invented.has(c)) : r.cells.filter((c, k) => !copiedFromAbove(r, b.grid.rows[i - 1], executorsAt(b.grid.rows[0]))(c, k)))),
  );

describe("an item's number glued to the end of a line (pdftotext without layout)", () => {
  test("is put before its line", () => {
    expect(unglueNumber("Сопровождение студентов1.2")).toBe("1.2 Сопровождение студентов");
    expect(unglueNumber("Проведение конкурса «Педагог года»3.")).toBe("3. Проведение конкурса «Педагог года»");
    expect(unglueNumber("Семинар для педагогов")).toBe("Семинар для педагогов");
  });

  test("opens its row, and the row notes the line as printed", () => {
    const blocks = recoverFromLines(lines([...HEADER, "1.1 Заключение договоров", "до 1 июля 2027 г.", "Отдел образования", "Сопровождение студентов1.2", "в период практики", "в течение года", "руководители ОО"]))!;
    const items = rows(blocks).slice(1);
    expect(items.map((r) => r.cells.slice(0, 3))).toEqual([
      ["1.1", "Заключение договоров", "до 1 июля 2027 г."],
      ["1.2", "Сопровождение студентов в период практики", "в течение года"],
    ]);
    expect(items[1].notes?.map((n) => n.text).join(" ")).toContain("«Сопровождение студентов1.2»");
  });

  test("a glued number the numbering does not expect leaves its line as printed", () => {
    const blocks = recoverFromLines(lines([...HEADER, "1.1 Проверка по СанПиН2.4.", "май 2026 г.", "Орлов Б.Б.", "1.2 Семинар", "июнь 2026 г.", "Лебедева А.А."]))!;
    expect(rows(blocks).slice(1).map((r) => r.cells[1])).toEqual(["Проверка по СанПиН2.4.", "Семинар"]);
  });

  test("a first line short enough for a caption, its number glued, is the first row's and not the header's", () => {
    const texts = [...HEADER, "Семинар1.1", "1.2 май", "1.3 Семинар"];
    const blocks = recoverFromLines(lines(texts))!;
    expect(characters(blockTexts(blocks))).toBe(characters(texts));
    expect(rows(blocks)[0].cells.slice(0, 4)).toEqual(HEADER);
  });

  test("no character of the source is lost or added, wherever numbers are glued", () => {
    const word = fc.constantFrom("Семинар", "педагогов", "студентов", "организаций", "май", "Орлов Б.Б.", "в течение года", "«Педагог года»");
    const item = fc.record({ words: fc.array(word, { minLength: 1, maxLength: 4 }), glue: fc.boolean(), tail: fc.array(word, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 5 }), (items) => {
        const texts = items.flatMap((it, k) => {
          const number = `1.${k + 1}`;
          return it.glue ? [`${it.words.join(" ")}${number}`, ...it.tail] : [`${number} ${it.words.join(" ")}`, ...it.tail];
        });
        const blocks = recoverFromLines(lines([...HEADER, ...texts]));
        if (!blocks) return;
        expect(characters(blockTexts(blocks))).toBe(characters([...HEADER, ...texts]));
      }),
      { numRuns: 60 },
    );
  });
});
