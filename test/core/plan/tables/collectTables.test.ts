import type { Block, GridRow, SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan/structurePlan";
import { collectTables, type LogicalTable } from "../../../../src/core/plan/tables/collectTables";

// A PDF's lines read back into a table part it at each page: the header printed again at the next page's top opens a
// table of its own, and what stands between (column numbers, a page number) stays text lines.
const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок реализации", "Ожидаемый результат"];

const row = (r: number, cells: string[]): GridRow => ({ row: r, cells });
const table = (...rows: GridRow[]): Block => ({ kind: "table", format: "lines", grid: { rows, merges: [] } });
const text = (r: number, t: string): Block => ({ kind: "text", row: r, text: t });
const doc = (...blocks: Block[]): SourceDocument => ({ name: "план.xlsx", sheet: "Лист1", blocks });
const tables = (d: SourceDocument): LogicalTable[] => collectTables(d).flatMap((s) => (s.kind === "table" ? [s.table] : []));

const firstPage = table(
  row(10, HEADER),
  row(12, ["1.1.", "Мониторинг потребности в педагогических кадрах", "Министерство образования", "ежегодно", "доклад"]),
);
// A section heading the reader gave with fewer cells: no header, a part of the plan all the same.
const section = table(row(20, ["Направление 2. Подготовка молодых педагогов"]));
const nextPage = table(
  row(30, [...HEADER]),
  row(32, ["2.1.", "Заключение договоров о целевом обучении", "Министерство образования", "2029–2031 годы", "договоры"]),
);

describe("collectTables: the header printed again continues the plan", () => {
  it("joins the parts up to the repeated header, in the source's order, and keeps the lines between as furniture", () => {
    const found = tables(doc(text(1, "План мероприятий"), firstPage, text(15, "5"), text(16, "Ожидаемый результат"), section, text(25, "6"), nextPage));
    expect(found).toHaveLength(1);
    expect(found[0].grid.rows.map((r) => r.row)).toEqual([10, 12, 20, 30, 32]);
    expect(found[0].furniture.map((f) => f.text)).toEqual(["5", "Ожидаемый результат", "6"]);
  });

  it("reads the items of every page, and drops the header again and the lines between with their reasons", () => {
    const result = structurePlan(doc(text(1, "План мероприятий"), firstPage, text(15, "5"), text(16, "Ожидаемый результат"), section, text(25, "6"), nextPage));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.items.map((it) => it.number)).toEqual(["1.1", "2.1"]);
    expect(result.plan.dropped.filter((d) => d.row >= 15).map((d) => [d.row, d.reason])).toEqual([
      [15, "page_furniture"],
      [16, "page_furniture"],
      [25, "page_furniture"],
      [30, "repeated_header"],
    ]);
  });

  it("does not reach over text that may be the plan's rows, read as loose lines", () => {
    const lines = [text(15, "Раздел 2. Привлечение молодых специалистов"), text(16, "2.1."), text(17, "Выплата единовременного пособия"), text(18, "в течение 2027 года")];
    const found = tables(doc(firstPage, ...lines, text(25, "№"), nextPage));
    expect(found.map((t) => t.grid.rows[0].row)).toEqual([10, 30]);
  });

  it("does not reach over a table with a header of its own", () => {
    const targets = table(row(40, ["№", "Наименование показателя", "Единица измерения", "Значение"]), row(41, ["1", "Доля вакансий", "%", "5"]));
    const later = table(row(50, [...HEADER]), row(52, ["3.1.", "Конкурс педагогического мастерства", "Министерство образования", "2030 год", "победители"]));
    const found = tables(doc(firstPage, text(35, "Целевые показатели"), targets, later));
    expect(found.map((t) => t.grid.rows[0].row)).toEqual([10, 40, 50]);
  });

  it("does not join a later table with another header", () => {
    const approval = table(row(40, ["Должность", "Подпись", "Дата"]), row(41, ["Министр", "", "14.01.2029"]));
    const found = tables(doc(firstPage, text(35, "Согласовано"), approval));
    expect(found).toHaveLength(2);
  });

  it("does not join a table with the same header that stands above the plan's rows", () => {
    const above = table(row(5, [...HEADER]), row(6, ["1.0.", "Утверждение плана", "Министерство образования", "2029 год", "приказ"]));
    const found = tables(doc(firstPage, text(15, "Приложение 2"), above));
    expect(found).toHaveLength(2);
  });
});

describe("collectTables: a plan typed as one table per section, its headings paragraphs between the tables", () => {
  const item = (r: number, number: string, name: string) => row(r, [number, name, "Отдел образования", "в течение года", "отчёт"]);
  const blocks = (): Block[] => [
    text(1, "План мероприятий на 2035 год"),
    text(2, "1. Адаптация молодых специалистов"),
    table(row(3, HEADER), item(4, "1.1", "Закрепление наставников"), item(5, "1.2", "Установочный семинар")),
    text(6, "2. Материальная поддержка"),
    table(item(7, "2.1", "Выплата единовременного пособия")),
    text(8, "Раздел 3. Профессиональное развитие"),
    table(item(9, "3.1", "Конкурс «Педагогический дебют»")),
    text(10, "Начальник управления образования С.А. Белова"),
  ];

  it("joins the tables, each heading a row across the plan where it stands, the first under the header", () => {
    const found = tables(doc(...blocks()));
    expect(found).toHaveLength(1);
    expect(found[0].grid.rows.map((r) => r.row)).toEqual([3, 2, 4, 5, 6, 7, 8, 9]);
    expect(found[0].grid.rows[1].cells).toEqual(["1. Адаптация молодых специалистов", "", "", "", ""]);
    expect(found[0].grid.merges).toEqual([1, 4, 6].map((k) => ({ top: k, bottom: k, left: 0, right: 4 })));
  });

  it("reads every section and item; the title and the signature stay outside", () => {
    const result = structurePlan(doc(...blocks()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.sections.map((s) => [s.number, s.title])).toEqual([["1", "Адаптация молодых специалистов"], ["2", "Материальная поддержка"], ["3", "Раздел 3. Профессиональное развитие"]]);
    expect(result.plan.items.map((it) => [it.number, it.section])).toEqual([["1.1", "1"], ["1.2", "1"], ["2.1", "2"], ["3.1", "3"]]);
    expect(result.plan.dropped.map((d) => [d.row, d.reason])).toEqual([[1, "title"], [10, "signature"]]);
  });

  it("does not reach over text that is no heading, nor to a table whose rows open with no number", () => {
    const prose = blocks().map((b) => (b.kind === "text" && b.row === 6 ? text(6, "Мероприятия второго раздела выполняются совместно с ИРО.") : b));
    // The second section's table stands apart; the third's heading still joins it to the second.
    expect(tables(doc(...prose)).map((t) => t.grid.rows[0].row)).toEqual([3, 7]);
    const other = blocks().map((b) => (b.kind === "table" && b.grid.rows[0].row === 7 ? table(row(7, ["Итого", "", "", "", "12 мероприятий"])) : b));
    expect(tables(doc(...other)).map((t) => t.grid.rows[0].row)[0]).toBe(3);
    // The first table keeps its own heading: its first item, 1.1, is numbered inside it.
    expect(tables(doc(...other))[0].grid.rows.map((r) => r.row)).toEqual([3, 2, 4, 5]);
  });
});

describe("collectTables: the heading above the header of a plan read as one table (a PDF of a table per section)", () => {
  const plan = (heading: string, first: string) => [
    text(1, "План мероприятий на 2035 год"),
    text(2, heading),
    table(row(3, HEADER), row(4, [first, "Закрепление наставников", "Отдел образования", "до 1 сентября", "приказы"])),
  ];

  it("is the first section where the first item is numbered inside it", () => {
    expect(tables(doc(...plan("1. Адаптация молодых специалистов", "1.1")))[0].grid.rows.map((r) => r.row)).toEqual([3, 2, 4]);
  });

  it("stays with the title where the first item is not numbered inside it", () => {
    expect(tables(doc(...plan("1. Адаптация молодых специалистов", "2.1")))[0].grid.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(tables(doc(...plan("1. Адаптация молодых специалистов", "1")))[0].grid.rows.map((r) => r.row)).toEqual([3, 4]);
  });
});

describe("collectTables: the heading above the header where numbering restarts in every section", () => {
  const restart = (heading: string, later: string) => [
    text(1, "План мероприятий на 2035 год"),
    text(2, heading),
    table(
      row(3, HEADER),
      row(4, ["1.", "Закрепление наставников", "Отдел образования", "до 1 сентября", "приказы"]),
      row(5, [later, "", "", "", ""]),
      row(6, ["1.", "Конкурс «Педагогический дебют»", "ИМЦ", "март", "итоги"]),
    ),
  ];

  it("is the first section where the table's first heading is the next one («Раздел I.» before «Раздел II.»)", () => {
    expect(tables(doc(...restart("Раздел I. Адаптация", "Раздел II. Развитие")))[0].grid.rows.map((r) => r.row)).toEqual([3, 2, 4, 5, 6]);
    expect(tables(doc(...restart("1. Адаптация", "2. Развитие")))[0].grid.rows.map((r) => r.row)).toEqual([3, 2, 4, 5, 6]);
  });

  it("stays with the title where the next heading does not follow it", () => {
    expect(tables(doc(...restart("Раздел I. Адаптация", "Раздел III. Развитие")))[0].grid.rows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
  });
});
