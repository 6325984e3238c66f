import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A Writer table printed to PDF and read back by `pdftotext -layout`: № at 0, the event at 9, executors at 64,
 * deadline at 104, result at 128; items numbered straight through, sections titled without a number, each a row
 * merged over the table with its title centred. pdftotext sets each line on a grid of its own, so the centred title
 * lands wherever its width puts it: inside the executors' column, or a character before its edge.
 */
const COLUMNS = [0, 9, 64, 104, 128];
const line = (...cells: string[]) => cells.map((c, i) => (i + 1 < cells.length ? c.padEnd(COLUMNS[i + 1] - COLUMNS[i]) : c)).join("").trimEnd();
const at = (x: number, text: string) => " ".repeat(x) + text;
const HEADER = line("№ п/п", "Мероприятие", "Исполнитель", "Срок", "Результат");

describe("layout text: a centred title without a number that the layout set inside the columns", () => {
  test("right under the header, within one column and clear of its edges, is a section, not header text", () => {
    const title = "Развитие системы наставничества";
    const text = [
      HEADER,
      at(COLUMNS[2] + 2, title),
      line("1", "Разработка базы данных вакантных", "руководители образовательных", "в течение года", "Приказ управления образования"),
      line("", "должностей педагогических работников", "организаций"),
      line("2", "Организация методических семинаров", "Волкова М.Ю., методист", "ежемесячно", "Протокол заседания комиссии"),
    ].join("\n");
    const plan = read(text);
    expect(plan.columns.responsible).toBe("Исполнитель");
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([[null, title]]);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1", "Разработка базы данных вакантных должностей педагогических работников", "руководители образовательных организаций"],
      ["2", "Организация методических семинаров", "Волкова М.Ю., методист"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("between items, starting a character before a column's edge, is a section, not the next item's executors", () => {
    const titles = ["Развитие системы наставничества", "Привлечение молодых специалистов"];
    const text = [
      HEADER,
      at(COLUMNS[2] + 2, titles[0]),
      line("1", "Организация методических семинаров для", "директор МКУ «ЦРО»", "ежемесячно", "Приказ управления образования"),
      line("", "молодых специалистов"),
      at(COLUMNS[2] - 1, titles[1]),
      line("2", "Проведение диагностики профессиональных дефицитов", "ИРО", "в течение года", "Протокол заседания комиссии"),
      line("", "учителей"),
    ].join("\n");
    const plan = read(text);
    expect(plan.sections.map((s) => s.title)).toEqual(titles);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1", "Организация методических семинаров для молодых специалистов", "директор МКУ «ЦРО»"],
      ["2", "Проведение диагностики профессиональных дефицитов учителей", "ИРО"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("right under the last line of an item's executors, starting off that cell's edge, is a section", () => {
    const title = "Выявление кадровых потребностей";
    const text = [
      HEADER,
      line("1", "Обеспечение участия в аттестации", "УО; Лебедев А.В., заместитель", "I полугодие 2024 г.", "Приказ управления образования"),
      line("", "педагогических работников", "начальника управления;"),
      line("", "", "МБОУ «СОШ № 3»"),
      at(COLUMNS[2] + 2, title),
      line("2", "Информационное сопровождение анализа", "Фёдорова Л.А.", "по графику", "Аналитическая справка"),
    ].join("\n");
    const plan = read(text);
    expect(plan.sections.map((s) => s.title)).toEqual([title]);
    expect(plan.items.map((i) => [i.number, squeeze(i.responsible.text)])).toEqual([
      ["1", "УО; Лебедев А.В., заместитель начальника управления; МБОУ «СОШ № 3»"],
      ["2", "Фёдорова Л.А."],
    ]);
  });

  test("over rows whose cells are centred vertically (the number beside a row's middle line), is a section", () => {
    const titles = ["Развитие системы наставничества", "Привлечение молодых специалистов"];
    const text = [
      HEADER,
      at(COLUMNS[2] + 2, titles[0]),
      line("", "Разработка базы данных вакантных", "", "", "Приказ управления"),
      line("1", "должностей педагогических работников", "руководители ОО", "в течение года", "образования"),
      line("", "в муниципальном округе"),
      at(COLUMNS[2] - 1, titles[1]),
      line("", "Организация методических семинаров"),
      line("2", "для молодых специалистов и", "Волкова М.Ю., методист", "ежемесячно", "Протокол заседания"),
      line("", "наставников"),
    ].join("\n");
    const plan = read(text);
    expect(plan.sections.map((s) => s.title)).toEqual(titles);
    expect(plan.items.map((i) => [i.number, i.section, i.name, i.responsible.text])).toEqual([
      ["1", titles[0], "Разработка базы данных вакантных должностей педагогических работников в муниципальном округе", "руководители ОО"],
      ["2", titles[1], "Организация методических семинаров для молодых специалистов и наставников", "Волкова М.Ю., методист"],
    ]);
  });

  test("at the foot of a page, its first item on the next page under the repeated header, is a section", () => {
    const title = "Привлечение молодых специалистов";
    const text = [
      HEADER,
      line("1", "Организация методических семинаров для", "директор МКУ «ЦРО»", "ежемесячно", "Приказ управления образования"),
      line("", "молодых специалистов"),
      at(COLUMNS[2] - 1, title),
      "",
      at(80, "1"),
      "\f" + HEADER,
      line("2", "Проведение диагностики профессиональных дефицитов", "ИРО", "в течение года", "Протокол заседания комиссии"),
      line("", "учителей"),
    ].join("\n");
    const plan = read(text);
    expect(plan.sections.map((s) => s.title)).toEqual([title]);
    expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([
      ["1", "директор МКУ «ЦРО»"],
      ["2", "ИРО"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("right under the header, between two captions and over none, is a section, not a column of its own", () => {
    // The deadline before the event, a wide event column: centred over the table, the title falls in the gap between
    // the event's caption and the executors'.
    const columns = [0, 6, 33, 93, 133];
    const cellsAt = (...cells: string[]) => cells.map((c, i) => (i + 1 < cells.length ? c.padEnd(columns[i + 1] - columns[i]) : c)).join("").trimEnd();
    const title = "Информационное сопровождение";
    const text = [
      cellsAt("№", "Период реализации", "Мероприятие", "Ответственные исполнители", "Результаты"),
      at(65, title),
      cellsAt("1.", "по запросу", "Мониторинг аттестации педагогических работников на", "ДОО", "Информация на официальном"),
      cellsAt("", "", "квалификационные категории", "", "сайте"),
      cellsAt("2.", "в течение года", "Организация методических семинаров", "Волкова М.Ю., методист", "Протокол заседания"),
    ].join("\n");
    const plan = read(text);
    expect(plan.columns.extra).toEqual([]);
    expect(plan.sections.map((s) => s.title)).toEqual([title]);
    expect(plan.items.map((i) => [i.number, i.section, i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["1", title, "Мониторинг аттестации педагогических работников на квалификационные категории", "ДОО", "по запросу"],
      ["2", title, "Организация методических семинаров", "Волкова М.Ю., методист", "в течение года"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("an executors' last line that reads as a title but starts where its cell does stays the item's", () => {
    // Executors one per line with no comma: «Территориальная аттестационная комиссия» names no position nor a known
    // body, and sits over the table's middle; it goes on from the cell above it, as no title does.
    const text = [
      HEADER,
      line("1", "Организация аттестации работников", "Управление образования", "в течение года", "Приказ управления образования"),
      line("", "", "Территориальная аттестационная комиссия"),
      line("2", "Формирование диагностики дефицитов", "ИРО", "в течение года", "Протокол заседания комиссии"),
    ].join("\n");
    const plan = read(text);
    expect(plan.sections).toEqual([]);
    expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([
      ["1", "Управление образования Территориальная аттестационная комиссия"],
      ["2", "ИРО"],
    ]);
  });
});
