import { type CellKind, cellStreamRows, readsCleanly } from "../../../src/core/table/cellStreamRows";

const stream = (texts: readonly string[]) => texts.map((text, k) => ({ text, line: 10 + 2 * k }));
const read = (texts: readonly string[], kinds: readonly CellKind[], numbered = false) => cellStreamRows(stream(texts), { kinds, numbered }).map((r) => r.cells.join("|"));

describe("cellStreamRows: a table's rows from its cells one after another", () => {
  const kinds: CellKind[] = ["any", "any", "number", "number", "date"];

  it("rows of the header's width, a group's title across the table one cell of its own", () => {
    const cells = ["МБОУ «СОШ № 1»", "учитель", "1", "18", "01.09.2026", "Сельские школы", "МБОУ «Ивановская ООШ»", "воспитатель", "0,5", "18", "15.10.2026"];
    // Read every five cells, the row after the title would stand a column off: words under «Ставок», a number under the date.
    expect(read(cells, kinds)).toEqual(["МБОУ «СОШ № 1»|учитель|1|18|01.09.2026", "Сельские школы", "МБОУ «Ивановская ООШ»|воспитатель|0,5|18|15.10.2026"]);
  });

  it("a number with its unit, a dash and «нет» are at home in a column of numbers; a serial or ISO date in one of dates", () => {
    const cells = ["Школа № 2", "учитель", "1,5 ст.", "—", "2026-01-21", "Школа № 3", "педагог", "нет", "9", "45100"];
    expect(read(cells, kinds)).toEqual(["Школа № 2|учитель|1,5 ст.|—|2026-01-21", "Школа № 3|педагог|нет|9|45100"]);
  });

  it("where the first column numbers the rows, a row opens with its number; the counts' numbers open none", () => {
    const numbered: CellKind[] = ["any", "any", "number", "number"];
    const cells = ["1", "учитель", "1", "18", "Дошкольные образовательные организации", "2", "воспитатель", "1", "36"];
    expect(read(cells, numbered, true)).toEqual(["1|учитель|1|18", "Дошкольные образовательные организации", "2|воспитатель|1|36"]);
  });

  it("a last row short of its empty last cells is padded; each row starts on its first cell's line", () => {
    const rows = cellStreamRows(stream(["Школа № 2", "учитель", "1", "18"]), { kinds, numbered: false });
    expect(rows).toEqual([{ cells: ["Школа № 2", "учитель", "1", "18", ""], row: 10 }]);
  });
});

describe("readsCleanly: whether a header's first rows read as its rows", () => {
  const kinds: CellKind[] = ["any", "any", "number", "number"];
  const cells = (texts: readonly string[]) => texts.map((text, k) => ({ text, line: k }));
  it("rows and titles of words do; a figure left over between rows does not", () => {
    expect(readsCleanly(cells(["1", "учитель", "1", "18", "Сельские школы", "2", "воспитатель", "1", "36"]), { kinds, numbered: true })).toBe(true);
    // A row a cell longer than the header: its last figure stands alone or opens a row a column off.
    expect(readsCleanly(cells(["1", "учитель", "1", "18", "36", "2", "воспитатель", "1", "36"]), { kinds, numbered: true })).toBe(false);
  });
});
