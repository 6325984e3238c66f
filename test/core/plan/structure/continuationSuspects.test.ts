import type { SourceDocument } from "../../../../src/core/grid";
import { structureOrFail } from "../../../helpers/seeds";

/** The same table as a reader of each format gives it: item 2's executors open with a short paragraph («ИМЦ»). */
function document(format: string): SourceDocument {
  const rows = [
    ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения"],
    ["1", "Семинар для заместителей директоров", "Управление образования", "май 2033 г."],
    ["2", "Семинар для молодых педагогов", "ИМЦ\nруководители школ", "июнь 2033 г."],
  ];
  return { name: "plan", sheet: null, blocks: [{ kind: "table", format, grid: { rows: rows.map((cells, i) => ({ cells, row: i + 1 })), merges: [] } }] };
}

const suspects = (format: string) => structureOrFail(document(format)).issues.filter((i) => i.code === "continuation_suspected").map((i) => [i.item, i.column]);

describe("text a page break pushed into the next item's cell", () => {
  test("is suspected where the source had pages (a PDF's text in a sheet or a TSV)", () => {
    expect(suspects("tsv")).toEqual([["2", "responsible"]]);
    expect(suspects("sheet")).toEqual([["2", "responsible"]]);
  });

  test("is not suspected in a web page's table, which has no pages (an HTML file, a browser's copy of one)", () => {
    expect(suspects("html")).toEqual([]);
    expect(suspects("webcopy")).toEqual([]);
  });
});
