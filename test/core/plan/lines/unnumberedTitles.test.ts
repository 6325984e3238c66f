import { recoverFromLines } from "../../../../src/core/plan/lines/recoverFromLines";
import { type Line, segmentRows } from "../../../../src/core/plan/lines/segmentRows";
import { titleLike } from "../../../../src/core/plan/lines/unnumberedTitles";
import { structurePlan } from "../../../../src/core/plan";

const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения", "Результат"];

/**
 * A PDF copied with the mouse: each visual line of every cell on a line of its own, the cells of one visual line in
 * column order; the section titles have no number (a merged row over the table) and the items are numbered straight
 * through.
 */
const COPY = [
  ...HEADER,
  "Развитие системы наставничества",
  "1",
  "Разработка программы наставничества",
  "Павлова Т.И., методист",
  "в течение года",
  "Приказ управления",
  "в общеобразовательных организациях",
  "образования",
  "2",
  "Организация методических семинаров",
  "директор МКУ «ЦРО»",
  "ежемесячно",
  "Протокол заседания",
  "для молодых специалистов",
  "комиссии",
  "Привлечение молодых специалистов",
  "3",
  "Мониторинг вакантных должностей",
  "УО",
  "до 1 сентября 2026 г.",
  "Аналитическая справка",
];

describe("section titles without a number in a copy without cells", () => {
  test("a heading's line between an item's last line and the next number opens a section; so does one under the header", () => {
    const seg = segmentRows(lines(COPY), HEADER.length, HEADER)!;
    expect(seg.segments.map((s) => `${s.kind}:${s.number ?? "-"}:${s.pieces.flat()[0].text}`)).toEqual([
      "section:-:Развитие системы наставничества",
      "item:1:Разработка программы наставничества",
      "item:2:Организация методических семинаров",
      "section:-:Привлечение молодых специалистов",
      "item:3:Мониторинг вакантных должностей",
    ]);
  });

  test("the plan has the sections with their items, and no item's cells hold a title", () => {
    const r = structurePlan({ name: "plan.txt", sheet: null, blocks: recoverFromLines(lines(COPY))! });
    if (!r.ok) throw new Error(r.failure.reason);
    const [first, second] = r.plan.sections;
    expect([first?.title, second?.title]).toEqual(["Развитие системы наставничества", "Привлечение молодых специалистов"]);
    // An item names its section by the section's number, or by its title where it has none.
    expect(r.plan.items.map((i) => [i.number, i.section])).toEqual([["1", first.title], ["2", first.title], ["3", second.title]]);
    const cells = r.plan.items.map((i) => [i.name, i.responsible.text, i.deadline.text, i.result].join(" | ")).join("\n");
    expect(cells).not.toMatch(/Развитие системы|Привлечение молодых специалистов/);
  });

  test("no title where the numbering has levels, where the next number does not follow, or after a line cut mid-phrase", () => {
    const kinds = (texts: readonly string[]) => segmentRows(lines(texts), 0, [])!.segments.map((s) => s.kind);
    // «1.1 … 1.2»: numbered sections are the plan's own; the capitalised last line is the row's.
    expect(kinds(["1.1", "Семинар для педагогов", "май", "Совместно с колледжем", "1.2", "Форум", "июнь"])).toEqual(["item", "item"]);
    // «2» then «4»: a row the copy lost may stand between them, the line is no title of the rows that follow.
    expect(kinds(["1", "Семинар для педагогов", "май", "Работа с кадровым резервом", "3", "Форум", "июнь"])).toEqual(["item", "item"]);
    // The line above stops at a preposition: the name goes on.
    expect(kinds(["1", "Семинар для педагогов с", "май", "Привлечение молодых специалистов", "2", "Форум", "июнь"])).toEqual(["item", "item"]);
  });

  test("a title reads as a heading, not as a cell of executors, a deadline or a result", () => {
    expect(["Информационное сопровождение", "Повышение профессионального мастерства", "Кадровое планирование и мониторинг"].filter(titleLike)).toHaveLength(3);
    const cells = ["Аналитическая справка", "Протокол заседания комиссии", "Сформирован банк данных", "Информация на официальном сайте", "Управление образования", "Волкова М.Ю., методист", "В течение года", "ИРО", "Наставничество", "Подготовка педагогических"];
    expect(cells.filter(titleLike)).toEqual([]);
  });

  test("a field labelled with a column's caption («Результат: публикация») is no title, even right before a number", () => {
    expect(["Результат: публикация", "Ответственный — Отдел кадров", "Итоговый документ - протокол"].filter(titleLike)).toEqual([]);
    expect(["Кадровое обеспечение — основа развития", "Поддержка молодых педагогов"].filter(titleLike)).toHaveLength(2);
  });
});
