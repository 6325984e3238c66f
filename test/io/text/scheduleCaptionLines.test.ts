import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A план-график as `pdftotext -layout` prints it: the quarter captions under «Сроки исполнения, 2026 г.» on lines of
 * their own (the ordinals stacked over «квартал квартал квартал квартал»), and a section heading right under them (drawn by the corpus's schedule-pdftotext-layout shape, seed 1).
 * The header ends above the heading, not at the captions' line: its first word reads as a number («I») and its one
 * phrase runs over the next column's caption, yet it is header text (issue 13, schedule grids in print).
 */
const TEXT = [
  "                                            План работы по развитию кадрового потенциала педагогических работников на 2026 год",
  "",
  "N п/п     Мероприятие                                           Исполнитель                              Сроки исполнения, 2026 г.  Результат",
  "                                                                                                       I        II      III      IV",
  "                                                                                                    квартал квартал квартал квартал",
  "1. Развитие системы наставничества",
  "1.1.      Разработка и утверждение базы данных вакантных        руководители образовательных           +       +        +        +   Приказ управления образования",
  "          должностей педагогических работников                  организаций",
  "1.2.      Организация и проведение методических семинаров       директор МКУ «ЦРО»                     +       +        +        +   Приказ управления образования",
  "          для молодых специалистов для педагогов дошкольных     ЦРО",
  "          образовательных организаций в сетевом формате с",
  "          использованием дистанционных технологий",
  "Раздел 2. Привлечение молодых специалистов",
  "2.1       Формирование диагностики профессиональных             ИРО                                                              +   Протокол заседания комиссии",
  "          дефицитов учителей",
  "2.2       Мониторинг аттестации педагогических работников на    УО, О.С. Гусева, методист, ИРО                                   +   Сформирован банк данных",
].join("\n");

test("the period captions' lines stay in the header, and the marks give the deadlines", () => {
  const plan = structureOrFail(readText(TEXT, "plan.txt", ".txt"));
  expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
    ["1.1", "recurring", "2026-01-01", "2026-12-31", "quarter"],
    ["1.2", "recurring", "2026-01-01", "2026-12-31", "quarter"],
    ["2.1", "period", "2026-10-01", "2026-12-31", null],
    ["2.2", "period", "2026-10-01", "2026-12-31", null],
  ]);
  expect(plan.sections.map((s) => s.number)).toEqual(["1", "2"]);
});
