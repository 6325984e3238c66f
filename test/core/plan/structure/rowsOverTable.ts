import type { SourceDocument } from "../../../../src/core/grid";

/** A plan's header of five columns, as the structure tests below type it. */
export const HEADER = ["N п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные исполнители", "Ожидаемый результат"];

/**
 * A web page's table of these rows: a row with text in its first cell alone is one cell merged over the table (a
 * section, a note, an amendment's remark), as the page draws it.
 */
export const tableOf = (rows: readonly (readonly string[])[]): SourceDocument => ({
  name: "x.html",
  sheet: null,
  blocks: [
    {
      kind: "table",
      format: "html",
      grid: {
        rows: rows.map((cells, i) => ({ cells: [...cells], row: i + 1 })),
        merges: rows.flatMap((cells, i) => (cells.slice(1).every((c) => c === "") ? [{ top: i, bottom: i, left: 0, right: 4 }] : [])),
      },
    },
  ],
});
