import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { brokenNumbers, countsOn } from "../../../src/io/text/brokenNumbers";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const fields = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text]);
const noted = (plan: Plan) => plan.items.map((i) => (i.notes ?? []).some((n) => n.code === "merged_continuation"));

/**
 * LibreOffice Writer printing a Word table whose № column is too narrow for «1.1.1» breaks the number at a dot: before
 * it («1.1» over «.1») or after it («1.1.» over «1.»), the rest on the cell's next line; `pdftotext -layout` prints
 * that line under the number, or two lines down where the row's other cells, centred, have lines between.
 */
describe("fixed-width text: numbers Writer broke in a narrow № column", () => {
  test("«1.1» over «.1»: the rest opens no row, the number is whole again", () => {
    const text = [
      " N      Период        Содержание работы          Ответственный      Ожидаемый",
      "п/п   реализации                                  исполнитель        результат",
      "Цель 1. Аттестация педагогических работников",
      "Задача 1.1. Обеспечение работы с кадровым резервом руководителей",
      "1.1 В течении    Подготовка и направление   МБОУ «СОШ № 3»     Приказ",
      ".1  года         базы данных вакантных                         управления",
      "                 должностей педагогических                     образования",
      "1.1 в июле       Разработка и утверждение   методист ИРО       Информация на",
      ".2               курсов повышения                              официальном",
      "                 квалификации                                  сайте",
      "Задача 1.2. Обеспечение развития системы наставничества",
      "1.2 в течение    Мониторинг аттестации      Управление         Информация на",
      ".1  2024 года    педагогических работников  образования        официальном",
      "                                                               сайте",
    ].join("\n");
    const plan = read(text);
    expect(fields(plan)).toEqual([
      ["1.1.1", "Подготовка и направление базы данных вакантных должностей педагогических", "В течении года", "МБОУ «СОШ № 3»"],
      ["1.1.2", "Разработка и утверждение курсов повышения квалификации", "в июле", "методист ИРО"],
      ["1.2.1", "Мониторинг аттестации педагогических работников", "в течение 2024 года", "Управление образования"],
    ]);
    // A number never starts with its dot: no guess, no note.
    expect(noted(plan)).toEqual([false, false, false]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("«1.1.» over «1.» two lines down in rows centred: the plan's numbering joins them, and says so", () => {
    const text = [
      "№                                  Форма          Период       Ответственные",
      "п/п      Содержание работы       отчётности     реализации      исполнители",
      "Цель 1. Аттестация педагогических работников",
      "Задача 1.1. Обеспечение выявления кадровых потребностей",
      "     Формирование целевого                                    О.С. Фёдорова",
      "     обучения выпускников                                     руководители",
      "                                 Приказ",
      "1.1. общеобразовательных                        согласно      образовательных",
      "                                 управления",
      "1.   организаций с привлечением                 плану         организаций",
      "                                 образования",
      "     ведущих специалистов",
      "     регионального института",
      "     Подготовка и направление",
      "     базы данных вакантных",
      "                                 Протокол       по плану",
      "1.1. должностей педагогических",
      "                                 заседания      заседаний     Гусева Н.П.",
      "2.   работников в сетевом",
      "                                 комиссии       РУМО",
      "     формате",
      "Задача 1.2. Обеспечение повышения профессионального мастерства",
      "     Реализация диагностики",
      "                                 Информация на  по плану",
      "1.2. профессиональных",
      "                                 сайте          заседаний     Гусева Н.П.",
      "1.   дефицитов учителей",
      "                                                РУМО",
      "     для педагогов",
    ].join("\n");
    const plan = read(text);
    expect(fields(plan)).toEqual([
      ["1.1.1", "Формирование целевого обучения выпускников общеобразовательных организаций с привлечением ведущих специалистов регионального института", "согласно плану", "О.С. Фёдорова руководители образовательных организаций"],
      ["1.1.2", "Подготовка и направление базы данных вакантных должностей педагогических работников в сетевом формате", "по плану заседаний РУМО", "Гусева Н.П."],
      ["1.2.1", "Реализация диагностики профессиональных дефицитов учителей для педагогов", "по плану заседаний РУМО", "Гусева Н.П."],
    ]);
    // «1.» could be a row's number of its own: the join is the numbering's reading, and the items say so.
    expect(noted(plan)).toEqual([true, true, true]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("rows numbered «1.», «2.» under «1.1.» where the numbering goes on so stay rows of their own", () => {
    const text = [
      "№     Мероприятие                        Срок             Ответственный",
      "1.    Кадровое обеспечение",
      "1.1.  Мониторинг потребности в кадрах    ежегодно         Управление образования",
      "1.2.  Выплата надбавки                   2026 год         МКУ «ЦБ»",
      "2.    Развитие наставничества",
      "2.1.  Конкурс «Педагогический дебют»     март 2026 г.     Методический центр",
      "3.    Целевое обучение",
      "3.1.  Договоры о целевом обучении        до 1 июля        Управление образования",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "2.1", "3.1"]);
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2", "3"]);
    expect(noted(plan)).toEqual([false, false, false, false]);
  });

  test("«1.2» at a page's foot, «.2» at the next page's top under the header again: one number, the row goes on", () => {
    const header = [" N      Период        Содержание работы          Ответственный      Ожидаемый", "п/п   реализации                                  исполнитель        результат"];
    const text = [
      ...header,
      "Задача 1.2. Обеспечение развития системы наставничества",
      "1.2 в течение    Мониторинг аттестации      Управление         Информация на",
      ".1  2024 года    педагогических работников  образования        официальном",
      "                                                               сайте",
      "1.2 до 18        Формирование               УО                 Информация на",
      `\f${header[0]}`,
      header[1],
      ".2  августа      предложений по мерам       ИРО                официальном",
      "    2024 года    социальной поддержки                          сайте",
      "1.2 Март –       Подготовка и направление   Соколов И.Г.       Протокол",
      ".3  декабрь      муниципального конкурса                       заседания",
    ].join("\n");
    const plan = read(text);
    expect(fields(plan)).toEqual([
      ["1.2.1", "Мониторинг аттестации педагогических работников", "в течение 2024 года", "Управление образования"],
      ["1.2.2", "Формирование предложений по мерам социальной поддержки", "до 18 августа 2024 года", "УО ИРО"],
      ["1.2.3", "Подготовка и направление муниципального конкурса", "Март – декабрь", "Соколов И.Г."],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

describe("brokenNumbers: the rests of numbers in a text's № column", () => {
  const column = (numbers: readonly string[]) => numbers.map((n, i) => `${n.padEnd(6)}Мероприятие ${i + 1}`);

  test("a rest that starts with its dot joins the number above it whatever the count", () => {
    const found = brokenNumbers(column(["1.1", ".1", "1.1", ".2", "3", "4.1", "."]), 0, () => false);
    expect([...found]).toEqual([
      [1, { head: 0, text: "1.1.1", rest: ".1", guessed: false }],
      [3, { head: 2, text: "1.1.2", rest: ".2", guessed: false }],
      [6, { head: 5, text: "4.1.", rest: ".", guessed: false }],
    ]);
  });

  test("a digit rest joins only where the column then counts on better, a heading's number counting too", () => {
    const lines = ["Задача 2.1. Кадры", ...column(["2.1.", "1.", "2.1.", "2."]), "Задача 2.2. Наставники", ...column(["2.2.", "1."])];
    expect([...brokenNumbers(lines, 0, () => false)].map(([rest, b]) => [rest, b.text, b.guessed])).toEqual([
      [2, "2.1.1.", true],
      [4, "2.1.2.", true],
      [7, "2.2.1.", true],
    ]);
    // Section rows numbered between their items count on as they stand.
    expect(brokenNumbers(column(["1.", "1.1.", "1.2.", "2.", "2.1.", "3.", "3.1."]), 0, () => false).size).toBe(0);
  });

  test("a digit rest is a line or two under its number, on its page, with no blank line between", () => {
    expect(brokenNumbers(["1.1. Кадры", "", "1.   кадрах", "1.1. Кадры", "1.   кадрах"], 0, () => false).size).toBe(1);
    expect(brokenNumbers(["1.1. Кадры", "     а", "     б", "     в", "1.   кадрах"], 0, () => false).size).toBe(0);
  });

  test("countsOn: the next number at some level, deeper levels from 1", () => {
    expect(["1.1.2", "1.2.1", "2.1.1", "1.1.1.1", "2"].map((b) => countsOn("1.1.1", b))).toEqual([true, true, true, true, true]);
    expect(["1.1.1", "1.1", "1", "1.1.3", "1.2.2", "3.1.1", "1.1.1.2"].map((b) => countsOn("1.1.1", b))).toEqual([false, false, false, false, false, false, false]);
  });
});
