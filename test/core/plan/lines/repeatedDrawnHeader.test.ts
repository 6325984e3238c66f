import { segmentRows, type Line } from "../../../../src/core/plan/lines/segmentRows";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A Writer table printed in drawing order (pdftotext -raw, a browser's copy) with a header of two caption rows
 * («Срок реализации» merged over «начала | окончания») and the column numbers, repeated on the next page. Each page
 * draws the captions cell after cell, and which of them share a baseline, and so a line, differs from page to page:
 * «Срок реализации» and «Источник» are two lines on the first page and one on the second.
 */
const HEADER_FIRST = ["№", "п/п", "Наименование мероприятия", "Ответственный", "исполнитель", "Срок реализации", "Источник", "финансирования", "начала окончания"];
const HEADER_AGAIN = ["№", "п/п", "Наименование мероприятия", "Ответственный", "исполнитель", "Срок реализации Источник", "финансирования", "начала окончания"];
const TEXT = [
  "План мероприятий на 2031–2033 годы",
  ...HEADER_FIRST,
  "1 2 3 4 5 6",
  "1. Семинар для молодых",
  "учителей района",
  "Управление",
  "образования",
  "март 2031 г.",
  "май 2031 г.",
  "местный бюджет",
  "2. Конкурс «Педагогический",
  "старт»",
  "МКУ «ГИМЦ»",
  "апрель 2032 г.",
  "июнь 2032 г.",
  "без финансирования",
  ...HEADER_AGAIN,
  "1 2 3 4 5 6",
  "3. Форум молодых педагогов",
  "Управление",
  "образования",
  "октябрь 2032 г.",
  "ноябрь 2032 г.",
  "областной бюджет",
].join("\n");

describe("a multi-row header repeated in drawing order with its lines glued otherwise", () => {
  test("the header again is furniture, however its captions run into lines", () => {
    const lines: Line[] = TEXT.split("\n").map((text, i) => ({ row: i + 1, text }));
    const seg = segmentRows(lines, 1 + HEADER_FIRST.length, HEADER_FIRST)!;
    expect(seg.segments.map((s) => s.number)).toEqual(["1.", "2.", "3."]);
    const again = lines.findIndex((l, i) => i > 1 && l.text === "№");
    for (let k = 0; k <= HEADER_AGAIN.length; k++) expect(seg.furniture.has(again + k)).toBe(true);
    // The same words in another count are no header again: a row's line that holds one caption's words stays its own.
    expect(segmentRows(lines, 1 + HEADER_FIRST.length, [...HEADER_FIRST, "Результат"])!.furniture.has(again)).toBe(false);
  });

  test("the page after it continues the plan: no other table, no word lost", () => {
    const plan = structureOrFail(readTextDocument(TEXT, "plan.txt"));
    expect(plan.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(plan.meta.otherTables).toEqual([]);
    // The captions again are the header repeated, not the end of row 2.
    expect(plan.dropped.some((d) => d.reason === "repeated_header")).toBe(true);
    expect(plan.items[1].name).not.toMatch(/Наименование|Ответственный/);
    expect(plan.dropped.filter((d) => d.reason === "other_table" || d.reason === "signature")).toEqual([]);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});
