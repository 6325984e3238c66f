import { assignColumns, endsOf, EXTRA, type ReadColumn, type RowLine } from "../../../../src/core/plan/lines/assignColumns";
import { gluedCuts } from "../../../../src/core/plan/lines/gluedLines";

const rowLines = (texts: readonly string[]): RowLine[] => texts.map((text) => ({ text, gapBefore: false }));
/** A header of five text columns, a source of funding (no catalogued column) between the deadline and the result. */
const ORDER: readonly ReadColumn[] = ["name", "responsible", "deadline", EXTRA, "result"];
/** The ends of a row's piece of one line before the break (every cell's first line, glued), each its own column's. */
const endsOfLine = (cells: readonly string[]) => endsOf(cells, { columns: ORDER as never, score: 0, doubtful: [] }, "cells");

/**
 * The piece of a row after a page break, in drawing order (Writer's print through pdftotext -raw, Firefox's copy):
 * the cells the break cut go on at the next page's top, cell after cell, with no cell's opening to read them by.
 */
describe("a row's piece after a page break, in drawing order", () => {
  test("an extra column's cell cut by the break goes on after it as a catalogued one does", () => {
    // krasnopolsky-2029 4.1: the funding «областной» / «бюджет» went on after the break; the extra column, with no say
    // of its line before the break, cost a cell opened anew there, and «бюджет» went on the deadline.
    const before = endsOfLine(["Повышение квалификации учителей по", "ГАУ ДПО", "в течение года", "областной", "доля учителей,"]);
    const texts = ["программам, включённым в федеральный", "реестр", "«Краснопольский институт", "развития образования»;", "руководители", "общеобразовательных", "организаций", "бюджет", "прошедших повышение", "квалификации, не", "менее 33 % в год"];
    const a = assignColumns(rowLines(texts), ORDER as never, { first: false, before, emission: "cells" });
    expect(a.columns[texts.indexOf("бюджет")]).toBe(EXTRA);
    expect(texts.filter((_, i) => a.columns[i] === "responsible")).toEqual(["«Краснопольский институт", "развития образования»;", "руководители", "общеобразовательных", "организаций"]);
  });

  test("a glued line is cut where a close reading of the piece makes it glued, though the best one does not", () => {
    // krasnopolsky-2029 1.4 (its funding column left out): the row's first baseline alone before the break. After it,
    // «Краснопольской области» goes on the executors and «вакансий по» the result; the name's lines read as well after
    // «Министерство образования» as after «Выявление … образований», and the best reading, which gives them to the
    // executors, makes no cut of that line glued: the cut it took instead left «по» opening the executors.
    const columns = ["name", "responsible", "deadline", "result"] as const;
    const before = endsOf(["Выявление муниципальных образований", "Министерство образования", "март 2029 г.", "перечень дефицитных"], { columns, score: 0, doubtful: [] }, "cells");
    const texts = ["с дефицитом учителей математики,", "физики, информатики и иностранного", "языка", "Краснопольской области вакансий по", "муниципальным", "образованиям"];
    const cuts = gluedCuts(rowLines(texts), columns, { first: false, drawn: true, before });
    expect([...cuts]).toEqual([[3, ["Краснопольской области", "вакансий по"]]]);
  });
});
