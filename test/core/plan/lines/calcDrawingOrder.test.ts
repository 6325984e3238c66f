import { calcRowsInPlace } from "../../../../src/core/plan/lines/calcDrawingOrder";
import type { Line } from "../../../../src/core/plan/lines/segmentRows";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../../helpers/seeds";

const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));

// Two pages of a sheet printed by Calc, in drawing order: each page's one-line cells row by row, then its wrapped
// cells row by row; the second page opens with its number and the header printed again, its wrapped caption after it.
const CALC = [
  "№ Мероприятие Срок Исполнитель Ожидаемый результат",
  "1. Нормативное обеспечение",
  "1.1 до 01.03.2032",
  "1.2",
  "Отметка об",
  "исполнении",
  "Внесение изменений в Положение о порядке предоставления",
  "мер социальной поддержки молодым специалистам",
  "Сорокина Л.В., начальник",
  "юридического отдела",
  "постановление администрации",
  "района о внесении изменений",
  "Создание рабочей группы по вопросам кадрового обеспечения",
  "общеобразовательных организаций района",
  "ежеквартально до 10",
  "числа месяца",
  "Гаврилова Т.Н., заместитель",
  "начальника управления",
  "приказ управления образования о",
  "создании рабочей группы",
  "2",
  "№ Мероприятие Срок Исполнитель Ожидаемый результат",
  "Отметка об",
  "исполнении",
  "1.3 в течение года",
  "1.4 Работа районной школы молодого педагога",
  "* по согласованию",
  "Начальник управления образования ____________ В.А. Шевченко",
  "Заседания рабочей группы по рассмотрению хода исполнения",
  "плана мероприятий и достижении показателей района",
  "Гаврилова Т.Н., заместитель",
  "начальника управления",
  "протоколы заседаний рабочей",
  "группы",
  "по плану работы",
  "МКУ «ИМЦ»",
  "Морозова Е.В., директор МКУ",
  "«Информационно-методический центр»",
  "проведено не менее 6 занятий",
  "школы молодого педагога",
];

describe("a sheet printed by Calc: one-line cells first, wrapped cells after", () => {
  test("each row's wrapped cells go back after its number, the one-line cells in their columns' places", () => {
    const texts = calcRowsInPlace(lines(CALC))!.map((l) => l.text);
    const at = (t: string) => texts.indexOf(t);
    expect(at("1.1 Внесение изменений в Положение о порядке предоставления")).toBeGreaterThan(at("1. Нормативное обеспечение"));
    // The deadline of one line stands after the name, before the executor.
    expect(texts.slice(at("мер социальной поддержки молодым специалистам") + 1, at("мер социальной поддержки молодым специалистам") + 3)).toEqual(["до 01.03.2032", "Сорокина Л.В., начальник"]);
    expect(at("1.2 Создание рабочей группы по вопросам кадрового обеспечения")).toBeGreaterThan(at("района о внесении изменений"));
    // The header's wrapped caption goes back under the header on the first page.
    expect(texts.slice(1, 3)).toEqual(["Отметка об", "исполнении"]);
    // A one-line name's row takes the wrapped cells after the row before it, where the columns start over.
    expect(texts.slice(at("1.4 Работа районной школы молодого педагога"), at("1.4 Работа районной школы молодого педагога") + 2)).toEqual(["1.4 Работа районной школы молодого педагога", "по плану работы"]);
    expect(at("1.3 Заседания рабочей группы по рассмотрению хода исполнения")).toBeLessThan(at("1.4 Работа районной школы молодого педагога"));
    // The footnote and the signature close the page, after its rows.
    expect(texts.slice(-2)).toEqual(["* по согласованию", "Начальник управления образования ____________ В.А. Шевченко"]);
    const words = (t: readonly string[]) => t.join(" ").split(/\s+/).sort();
    expect(words(texts)).toEqual(words(CALC));
  });

  test("the plan reads as Writer's drawing order reads: names, deadlines and executors in their items", () => {
    const plan = structureOrFail(readTextDocument(CALC.join("\n"), "plan.txt"));
    const items = plan.items.map((it) => [it.number, it.name, it.deadline.text, it.responsible.text]);
    expect(items.slice(0, 3)).toEqual([
      ["1.1", "Внесение изменений в Положение о порядке предоставления мер социальной поддержки молодым специалистам", "до 01.03.2032", "Сорокина Л.В., начальник юридического отдела"],
      ["1.2", "Создание рабочей группы по вопросам кадрового обеспечения общеобразовательных организаций района", "ежеквартально до 10 числа месяца", "Гаврилова Т.Н., заместитель начальника управления"],
      ["1.3", "Заседания рабочей группы по рассмотрению хода исполнения плана мероприятий и достижении показателей района", "в течение года", "Гаврилова Т.Н., заместитель начальника управления"],
    ]);
    // The deadline's second line («МКУ «ИМЦ»») names whose plan it is (scheduleOwner): the deadline's, as the source
    // has it; the executor is the director alone.
    expect(items[3].slice(0, 3)).toEqual(["1.4", "Работа районной школы молодого педагога", "по плану работы МКУ «ИМЦ»"]);
    expect(items[3][3]).toBe("Морозова Е.В., директор МКУ «Информационно-методический центр»");
  });

  test("Writer's drawing order, each row's lines after its number, is left as it is", () => {
    const writer = [
      "№ Мероприятие Срок Исполнитель Ожидаемый результат",
      "1.1 Внесение изменений в Положение о порядке предоставления",
      "мер социальной поддержки молодым специалистам",
      "до 01.03.2032 Сорокина Л.В., начальник",
      "юридического отдела",
      "1.2 Работа районной школы",
      "1.3 Создание рабочей группы по вопросам кадрового обеспечения",
      "общеобразовательных организаций района",
      "май Гаврилова Т.Н.",
    ];
    expect(calcRowsInPlace(lines(writer))).toBeNull();
  });

  // A sheet with no rules: the head's position and name in two cells of one line under the table, drawn in the first
  // pass among the one-line cells; a row whose executors Calc wrapped and whose result it did not.
  const SIGNED = [
    "№ п/п Наименование мероприятия Срок Ответственные Ожидаемый результат",
    "1.1 15.01.2027 Аналитическая справка",
    "1.2 01.03.2027 Приказ управления",
    "Начальник управления образования Л.В. Панова",
    "Анкетирование педагогов по выявлению",
    "профессиональных дефицитов",
    "Смирнова Е.А., методист ИМЦ",
    "руководители ОО",
    "Проведение диагностики предметных компетенций",
    "учителей математики",
    "Отдел образования",
    "Ковалёва Н.П.",
  ];

  test("the head's sign-off on one line is end matter, no wrapped cell of the first row", () => {
    const texts = calcRowsInPlace(lines(SIGNED))!.map((l) => l.text);
    expect(texts[texts.length - 1]).toBe("Начальник управления образования Л.В. Панова");
    expect(texts[1]).toBe("1.1 Анкетирование педагогов по выявлению");
  });

  test("a one-line result after a one-line deadline goes past the executors Calc wrapped", () => {
    const texts = calcRowsInPlace(lines(SIGNED))!.map((l) => l.text);
    expect(texts.slice(1, 7)).toEqual(["1.1 Анкетирование педагогов по выявлению", "профессиональных дефицитов", "15.01.2027", "Смирнова Е.А., методист ИМЦ", "руководители ОО", "Аналитическая справка"]);
  });
});
