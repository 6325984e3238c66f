import { gridFromValues, type Block, type Grid } from "../../../src/core/grid";
import { unreadParts, withContinuations } from "../../../src/core/table/continuedTables";

const HEADER = ["Организация", "ФИО", "Должность", "Образование", "Категория"];
const table = (values: string[][], firstRow: number): Block => ({ kind: "table", format: "pdf", grid: gridFromValues(values, firstRow) });
const text = (row: number, t: string, furniture = false): Block => ({ kind: "text", row, text: t, ...(furniture ? { furniture: true as const } : {}) });
/** The header as a reader finds it: the row that names the columns, wherever the grid has one. */
const headerAt = (grid: Grid, at: number) => (at < 0 ? null : { row: at, firstDataRow: at + 1, labels: grid.rows[at].cells });
const headerRowOf = (grid: Grid) => headerAt(grid, grid.rows.findIndex((r) => r.cells[0] === "Организация" || r.cells[0] === "Должность"));
const tables = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === "table" ? [b.grid.rows.map((r) => r.cells.join("|"))] : []));

describe("a table's parts a page break cut off (withContinuations)", () => {
  const page1 = table(
    [HEADER, ["МБОУ «СОШ № 1»", "Иванова А.А.", "учитель", "высшее", "первая"], ["МБОУ «СОШ № 1»", "Петрова Б.З.", "учитель", "высшее", "нет"]],
    1,
  );
  const page2 = table([["МБОУ «СОШ № 2»", "Сидорова В.Б.", "воспитатель", "среднее профессиональное", "высшая"]], 6);

  it("joins a part with no header after page furniture, and keeps the furniture after the table", () => {
    const out = withContinuations([page1, text(4, "2"), page2, text(8, "Начальник управления ____ Е.В. Соколова")], headerRowOf);
    expect(tables(out)).toEqual([[HEADER.join("|"), "МБОУ «СОШ № 1»|Иванова А.А.|учитель|высшее|первая", "МБОУ «СОШ № 1»|Петрова Б.З.|учитель|высшее|нет", "МБОУ «СОШ № 2»|Сидорова В.Б.|воспитатель|среднее профессиональное|высшая"]]);
    expect(out.filter((b) => b.kind === "text").map((b) => (b.kind === "text" ? b.text : ""))).toEqual(["2", "Начальник управления ____ Е.В. Соколова"]);
  });

  it("leaves apart a part with a header of its own, one after other text, and one of other columns", () => {
    const schedule = table([["Должность", "Ставок по штату", "Занято ставок", "", ""], ["учитель", "24", "23", "", ""]], 6);
    expect(tables(withContinuations([page1, schedule], headerRowOf))).toHaveLength(2);
    expect(tables(withContinuations([page1, text(4, "Сотрудники филиала"), page2], headerRowOf))).toHaveLength(2);
    const narrower = table([["МБОУ «СОШ № 2»", "Сидорова В.Б.", "воспитатель"]], 6);
    expect(tables(withContinuations([page1, text(4, "2", true), narrower], headerRowOf))).toHaveLength(2);
  });

  it("joins a part whose first row a header test takes for captions, where its cells are the table's values", () => {
    // A staff list's row «ОО | высшее | первая» names columns of a table of counts to a header test made for first rows.
    const looksHeaded = (grid: Grid) => headerRowOf(grid) ?? headerAt(grid, grid.rows[0]?.cells[3] === "высшее" ? 0 : -1);
    const again = table([["МБОУ «СОШ № 1»", "Козлова Г.И.", "учитель", "высшее", "первая"]], 6);
    expect(tables(withContinuations([page1, again], looksHeaded))[0]).toHaveLength(4);
    // A new organisation's row holds names no row above holds, but a date of birth is no caption.
    const newcomer = table([["МБДОУ «Д/с № 9»", "Орлова К.М.", "воспитатель", "высшее", "10.04.1965"]], 6);
    expect(tables(withContinuations([page1, newcomer], looksHeaded))[0]).toHaveLength(4);
  });

  it("joins a part that opens with the table's header printed again, and leaves the repeat out", () => {
    const repeated = table([HEADER, ["МБОУ «СОШ № 2»", "Сидорова В.Б.", "воспитатель", "среднее профессиональное", "высшая"]], 6);
    const out = tables(withContinuations([page1, text(5, "Продолжение таблицы"), repeated], headerRowOf));
    expect(out).toHaveLength(1);
    expect(out[0].filter((r) => r === HEADER.join("|"))).toHaveLength(1);
    expect(out[0]).toHaveLength(4);
  });

  it("makes a row the page break cut in two one row again; a row that misses one value stays a row", () => {
    const cut = table([["", "Б.З.", "", "педагогическое", ""], ["МБОУ «СОШ № 2»", "Сидорова В.Б.", "", "высшее", "первая"]], 6);
    const last = table([[HEADER[0], HEADER[1], HEADER[2], HEADER[3], HEADER[4]], ["МБОУ «СОШ № 1»", "Иванова А.А.", "учитель", "высшее", "первая"], ["МБОУ «СОШ № 1»", "Козлова", "учитель", "высшее", "21.08.202"]], 1);
    const out = tables(withContinuations([last, text(4, "- 2 -"), cut], headerRowOf));
    expect(out).toEqual([[HEADER.join("|"), "МБОУ «СОШ № 1»|Иванова А.А.|учитель|высшее|первая", "МБОУ «СОШ № 1»|Козлова Б.З.|учитель|высшее педагогическое|21.08.202", "МБОУ «СОШ № 2»|Сидорова В.Б.||высшее|первая"]]);
    const missing = table([["МБОУ «СОШ № 2»", "Сидорова В.Б.", "", "высшее", "первая"]], 6);
    expect(tables(withContinuations([last, missing], headerRowOf))[0]).toHaveLength(4);
    const sum = table([["", "Итого по МБОУ «СОШ № 1»", "", "", "2"]], 6);
    expect(tables(withContinuations([last, sum], headerRowOf))[0]).toHaveLength(4);
    const dated = table([["", "", "", "", "6"]], 6);
    expect(tables(withContinuations([last, dated], headerRowOf))[0][2]).toBe("МБОУ «СОШ № 1»|Козлова|учитель|высшее|21.08.2026");
  });
});

describe("a table's parts apart under a group's title (withContinuations with headings)", () => {
  const first = table([HEADER, ["МБОУ «СОШ № 1»", "Иванова А.А.", "учитель", "высшее", "первая"], ["МБОУ «СОШ № 1»", "Петрова Б.З.", "учитель", "высшее", "нет"]], 2);
  const second = table([["", "Сидорова В.Б.", "воспитатель", "среднее профессиональное", "высшая"]], 6);
  const headed = (blocks: readonly Block[]) => withContinuations(blocks, headerRowOf, { headings: true });

  it("joins the part after a title, the title a row of its own across the table; not without asking", () => {
    const out = headed([text(1, "Общеобразовательные организации"), first, text(5, "Дошкольные образовательные организации"), second]);
    expect(tables(out)).toEqual([
      [HEADER.join("|"), "МБОУ «СОШ № 1»|Иванова А.А.|учитель|высшее|первая", "МБОУ «СОШ № 1»|Петрова Б.З.|учитель|высшее|нет", "Дошкольные образовательные организации||||", "|Сидорова В.Б.|воспитатель|среднее профессиональное|высшая"],
    ]);
    const joined = out.find((b) => b.kind === "table")!;
    if (joined.kind !== "table") throw new Error("no table");
    expect(joined.grid.rows[3].row).toBe(5);
    expect(joined.grid.merges).toEqual([{ top: 3, bottom: 3, left: 0, right: 4 }]);
    // The title above the table stays text; the one between is a row now, not also a line of text.
    expect(out.filter((b) => b.kind === "text").map((b) => (b.kind === "text" ? b.text : ""))).toEqual(["Общеобразовательные организации"]);
    expect(tables(withContinuations([first, text(5, "Дошкольные образовательные организации"), second], headerRowOf))).toHaveLength(2);
  });

  it("a part after a title is no rest of the row above, though it fills few of the columns every row fills", () => {
    const rest = table([["", "", "", "педагогическое", ""]], 6);
    expect(tables(headed([first, text(5, "Сельские школы"), rest]))[0].slice(-2)).toEqual(["Сельские школы||||", "|||педагогическое|"]);
    // With nothing but a page number between, the same part is the rest of the row the page cut.
    expect(tables(headed([first, text(5, "2", true), rest]))[0].slice(-1)).toEqual(["МБОУ «СОШ № 1»|Петрова Б.З.|учитель|высшее педагогическое|нет"]);
  });

  it("does not cross a sentence, a signature, another table's caption or three titles", () => {
    for (const between of [["Ставки указаны без учёта совместительства."], ["Директор ____________ И.П. Смирнова"], ["Таблица 2. Вакансии, закрытые в ноябре"], ["Примечание: ставки без совместительства"], ["Раздел 1", "Раздел 2", "Раздел 3"]]) {
      expect(tables(headed([first, ...between.map((t, k) => text(5 + k, t)), second]))).toHaveLength(2);
    }
    expect(tables(headed([first, text(5, "Городские школы"), text(6, "МБОУ «СОШ № 2»"), second]))).toHaveLength(1);
  });
});

describe("the parts left unread are named (unreadParts)", () => {
  const first = table([HEADER, ["МБОУ «СОШ № 1»", "Иванова А.А.", "учитель", "высшее", "первая"]], 2);
  const second = table([["МБОУ «СОШ № 2»", "Сидорова В.Б.", "воспитатель", "высшее", "высшая"], ["", "", "", "", ""], ["МБОУ «СОШ № 2»", "Козлова Г.И.", "учитель", "высшее", ""]], 6);

  it("a part of the table's columns after a note: its first and last rows, and the line above it", () => {
    const blocks = [first, text(4, "Ставки указаны без учёта совместительства."), text(5, "3", true), second];
    const joined = withContinuations(blocks, headerRowOf, { headings: true });
    expect(tables(joined)).toHaveLength(2);
    expect(unreadParts(joined, headerRowOf)).toEqual([{ first: 6, last: 8, after: "Ставки указаны без учёта совместительства." }]);
  });

  it("none where the parts were joined, where no headed table of those columns stands above, or for an empty part", () => {
    const joined = withContinuations([first, text(4, "Сельские школы"), second], headerRowOf, { headings: true });
    expect(unreadParts(joined, headerRowOf)).toEqual([]);
    expect(unreadParts([second, first], headerRowOf)).toEqual([]);
    const narrower = table([["МБОУ «СОШ № 2»", "Сидорова В.Б.", "воспитатель"]], 6);
    expect(unreadParts([first, text(4, "Примечание."), narrower], headerRowOf)).toEqual([]);
    expect(unreadParts([first, text(4, "Примечание."), table([["", "", "", "", ""]], 6)], headerRowOf)).toEqual([]);
  });
});
