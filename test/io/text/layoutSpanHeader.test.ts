import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const cells = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text]);

/**
 * A road map's deadline in two columns through `pdftotext -layout`: «Срок реализации» merged over «начало | окончание»,
 * the header's second line printing the end's caption one space before the next column's («окончание исполнитель»),
 * the dates set at their cells' left, left of the captions centred over them, a repeat merged over both cells.
 */
describe("layout text of a deadline in two columns under one caption", () => {
  const header = [
    "№     Наименование               Срок реализации     Ответственный     Результат",
    "п/п   мероприятия             начало    окончание исполнитель",
  ];

  test("captions one space apart under two captions of the line above are two columns; the dates stand in theirs", () => {
    const text = [
      ...header,
      "1.1   Формирование прогноза   январь    март 2027 г. Отдел общего      прогноз",
      "      потребности в кадрах    2027 г.                образования",
      "1.2   Мониторинг вакансий     ежемесячно             Гусева Н.А.       сводная",
      "      педагогических                                                   информация",
      "1.3   Анкетирование           01.02.2027 30.04.2027  МКУ «ИМЦ»         справка",
      "      выпускников",
      "1.4   Анализ возрастного      II квартал IV квартал  Отдел общего      справка",
      "      состава                 2027 г.    2028 г.     образования",
      "1.5   Выплата пособий         по мере обращения      Финансовое        выплаты",
      "      молодым специалистам                           управление",
    ].join("\n");
    const plan = read(text);
    expect(plan.columns.responsible).toBe("Ответственный исполнитель");
    expect(cells(plan)).toEqual([
      ["1.1", "Формирование прогноза потребности в кадрах", "январь 2027 г. – март 2027 г.", "Отдел общего образования"],
      ["1.2", "Мониторинг вакансий педагогических", "ежемесячно", "Гусева Н.А."],
      ["1.3", "Анкетирование выпускников", "01.02.2027 – 30.04.2027", "МКУ «ИМЦ»"],
      ["1.4", "Анализ возрастного состава", "II квартал 2027 г. – IV квартал 2028 г.", "Отдел общего образования"],
      ["1.5", "Выплата пособий молодым специалистам", "по мере обращения", "Финансовое управление"],
    ]);
    expect(plan.items.map((i) => i.deadline.kind)).toEqual(["period", "recurring", "period", "period", "on_demand"]);
    expect(plan.items.filter((i) => i.deadline.kind === "period").map((i) => [i.deadline.start, i.deadline.end])).toEqual([
      ["2027-01-01", "2027-03-31"],
      ["2027-02-01", "2027-04-30"],
      ["2027-04-01", "2028-12-31"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("rows whose cells are centred, with no blank line between them: each row is the lines its number was placed over", () => {
    // The number beside the middle line of the name; the dates' two lines centred half a line off, a line apart.
    // A section's row right under the header, its number in the № column, as the road map prints it.
    const text = [
      ...header,
      "1.    Мониторинг кадровой потребности",
      "      Формирование прогноза",
      "      потребности",
      "                                                     Отдел общего      прогноз",
      "      общеобразовательных     январь    март 2027",
      "1.1                                                  образования       потребности",
      "      организаций в           2027 г.   г.",
      "                                                     (Гусева Н.А.)     в кадрах",
      "      педагогических кадрах",
      "      на 2027–2030 годы",
      "      Ежемесячный мониторинг",
      "      вакансий                                       Гусева Н.А.,      сводная",
      "1.2   педагогических          ежемесячно             руководители      информация",
      "      работников в                                   ОО",
      "      организациях",
      "                                                     МКУ",
      "      Анкетирование выпускников                      «ИМЦ»,            аналитическая",
      "1.3                          февраль   апрель",
      "      9-х и 11-х классов                             руководители      справка",
      "      о выборе профессии      2027 г.   2027 г.      ОО",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)).toEqual([
      ["1.1", "Формирование прогноза потребности общеобразовательных организаций в педагогических кадрах на 2027–2030 годы", "январь 2027 г. – март 2027 г.", "Отдел общего образования (Гусева Н.А.)"],
      ["1.2", "Ежемесячный мониторинг вакансий педагогических работников в организациях", "ежемесячно", "Гусева Н.А., руководители ОО"],
      ["1.3", "Анкетирование выпускников 9-х и 11-х классов о выборе профессии", "февраль 2027 г. – апрель 2027 г.", "МКУ «ИМЦ», руководители ОО"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
