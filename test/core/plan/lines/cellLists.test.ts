import { type Line, segmentRows } from "../../../../src/core/plan/lines/segmentRows";
import { announcesList, continuesListAbove, opensListItem, opensNextItem } from "../../../../src/core/plan/lines/listItems";
import { continuation } from "../../../../src/core/plan/lines/continuesLine";
import { numberedHeadings } from "../../../../src/io/text/numberedHeadings";
import { sectionMarker } from "../../../../src/core/plan/structure/numbering";
import { readText } from "../../../../src/io/readInput";
import { structureOrFail } from "../../../helpers/seeds";

const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const numbers = (texts: readonly string[]) => segmentRows(lines(texts), 0, [])?.segments.map((s) => `${s.kind}:${s.number ?? "-"}`);

describe("a list's items typed in a cell", () => {
  test.each([
    ["1) укомплектованности кадрами;", true],
    ["2. Работа с родителями.", true],
    ["б) победители награждены", true],
    ["• официальный сайт управления;", true],
    ["– аналитическая справка;", true],
    // A range's second half broken onto its line, a figure that opens a result, a row's number with its name.
    ["–2027 годы", false],
    ["10 договоров о целевом обучении", false],
    ["1.2. Мониторинг вакансий", false],
  ])("«%s» opens an item: %s", (line, opens) => {
    expect(opensListItem(line)).toBe(opens);
  });

  test("an item follows the item before it with the next mark of the same kind, or a bullet again", () => {
    expect(opensNextItem("1. Современный урок.", "2. Работа с родителями.")).toBe(true);
    expect(opensNextItem("а) выявлены лучшие", "б) победители")).toBe(true);
    expect(opensNextItem("• сайт;", "• собрания")).toBe(true);
    expect(opensNextItem("1) сбор;", "2. Анализ")).toBe(false);
    expect(opensNextItem("1) сбор;", "3) анализ")).toBe(false);
  });

  test("a phrase ending on a colon announces a list, a time's colon none", () => {
    expect(announcesList("Проведение мониторинга:")).toBe(true);
    expect(announcesList("по темам:")).toBe(true);
    expect(announcesList("Время: 10:30")).toBe(false);
  });

  test("an item goes on from the phrase that announces it, or after its list's item before it, as a wrapped line does", () => {
    expect(continuation("Проведение мониторинга:", "1) укомплектованности")).toBeGreaterThanOrEqual(1.5);
    expect(continuation("1. Современный урок.", "2. Работа с родителями.")).toBeGreaterThanOrEqual(1.5);
    expect(continuation("педагогическими кадрами;", "2) потребности в педагогах")).toBeGreaterThan(0);
    // Without a list before it a closed phrase is no item's: the line opens a new cell.
    expect(continuation("Приказ управления образования.", "Иванова Т.С., методист")).toBeLessThan(0);
    expect(continuesListAbove("2) потребности", ["педагогическими кадрами;", "1) укомплектованности", "Проведение мониторинга:"])).toBe(true);
    expect(continuesListAbove("2. Адаптация и наставничество", ["Охват выпускников не менее 80 %"])).toBe(false);
  });

  test("a list's numbers in a row's cell open no rows; the heading after it still does", () => {
    const text = ["1. Выявление потребности", "1.1.", "Проведение мониторинга:", "1) укомплектованности кадрами;", "2) потребности в педагогах;", "Иванова Т.С.", "1.2.", "Формирование заявки", "2. Адаптация", "2.1.", "Закрепление наставников"];
    expect(numbers(text)).toEqual(["section:1.", "item:1.1.", "item:1.2.", "section:2.", "item:2.1."]);
    // A list in dotted numbers that the rows' numbering would take: «3.» after row 2.2.
    const dotted = ["2.2.", "Школа молодого педагога по темам:", "1. Современный урок.", "2. Работа с родителями.", "3. Оценивание результатов.", "Сидорова Е.Н.", "2.3.", "Конкурс"];
    expect(numbers(dotted)).toEqual(["item:2.2.", "item:2.3."]);
    // A «1.» that opens no row and no list after it: the next number opens its row as before.
    expect(numbers(["1.1. Семинар", "1. Отчёт", "2. Конкурс", "2.1. Форум"])).toEqual(["item:1.1.", "section:2.", "item:2.1."]);
  });

  test("in text laid out with spaces a list's number in the name's column is no heading moved to the margin", () => {
    const layout = [
      "2.2       Мониторинг аттестации по направлениям:",
      "          1) движения кадров за учебный год;",
      "          2) возрастного состава педагогических",
      "          работников",
      "          1. Заявка в министерство",
      "2.3       Семинар",
      "          3. Повышение квалификации",
      "3.1       Конкурс",
    ];
    // «3. Повышение квалификации», capitalised over row 3.1, is the heading written across the table.
    expect([...numberedHeadings(layout, 0, () => false).keys()]).toEqual([6]);
  });

  test("a table whose cells wrap onto rows of their own keeps a list's lines in the name, no heading made of them", () => {
    const pipe = [
      "План мероприятий на 2026 год",
      "",
      "| № п/п | Мероприятие                            | Исполнитель | Срок           | Результат |",
      "|-------|----------------------------------------|-------------|----------------|-----------|",
      "| Раздел 1. Привлечение молодых специалистов                                              |",
      "| 1.1   | Формирование диагностики               | ИРО         | в течение года | Протокол  |",
      "|       | профессиональных дефицитов учителей по |             |                |           |",
      "|       | направлениям:                          |             |                |           |",
      "|       | 1. Возрастного состава педагогов.      |             |                |           |",
      "|       | 2. Трудоустройства выпускников.        |             |                |           |",
      "| 1.2   | Мониторинг аттестации                  | УО          | май            | Справка   |",
      "| 1.3   | Мониторинг аттестации педагогов        | УО          | июнь           | Справка   |",
    ].join("\n");
    const plan = structureOrFail(readText(pipe, "plan.md", ".md"));
    expect(plan.sections.map((s) => s.title)).toEqual(["Раздел 1. Привлечение молодых специалистов"]);
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "1.3"]);
    expect(plan.items[0].name.replace(/\s+/g, " ")).toBe("Формирование диагностики профессиональных дефицитов учителей по направлениям: 1. Возрастного состава педагогов. 2. Трудоустройства выпускников.");
    // «направлениям:» in lower case is a phrase's end, not the heading «Направления:».
    expect(sectionMarker("направлениям:")).toBeNull();
    expect(sectionMarker("Направления:")).not.toBeNull();
  });
});
