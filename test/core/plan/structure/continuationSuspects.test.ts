import type { SourceDocument } from "../../../../src/core/grid";
import { structureOrFail } from "../../../helpers/seeds";

const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения"];

/**
 * The same table as a reader of each format gives it: item 2's executors open with a short paragraph («ИМЦ»); with
 * `paged`, the header repeated over item 2 as a row of the table, as where the rows were cut by pages.
 */
function document(format: string, paged = false): SourceDocument {
  const rows = [
    HEADER,
    ["1", "Семинар для заместителей директоров", "Управление образования", "май 2033 г."],
    ...(paged ? [HEADER] : []),
    ["2", "Семинар для молодых педагогов", "ИМЦ\nруководители школ", "июнь 2033 г."],
  ];
  return { name: "plan", sheet: null, blocks: [{ kind: "table", format, grid: { rows: rows.map((cells, i) => ({ cells, row: i + 1 })), merges: [] } }] };
}

const suspects = (format: string, paged = false) =>
  structureOrFail(document(format, paged))
    .issues.filter((i) => i.code === "continuation_suspected")
    .map((i) => [i.item, i.column]);

describe("text a page break pushed into the next item's cell", () => {
  test("is suspected where the rows were read from pages (a PDF, its text, a text export)", () => {
    expect(suspects("tsv")).toEqual([["2", "responsible"]]);
    expect(suspects("pdf")).toEqual([["2", "responsible"]]);
    expect(suspects("layout")).toEqual([["2", "responsible"]]);
  });

  test("is not suspected in a table whose rows are its author's: Word and Writer carry a row over a page inside its cells, a web page has no pages", () => {
    expect(suspects("docx")).toEqual([]);
    expect(suspects("sheet")).toEqual([]);
    expect(suspects("html")).toEqual([]);
    expect(suspects("webcopy")).toEqual([]);
  });

  test("is suspected in such a table that shows its pages (the header repeated as a row: a PDF converter's .docx, its rows cut by the pages)", () => {
    expect(suspects("docx", true)).toEqual([["2", "responsible"]]);
    expect(suspects("sheet", true)).toEqual([["2", "responsible"]]);
  });
});
