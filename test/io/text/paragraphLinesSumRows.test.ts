import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A programme's plan in Word saved as text by Writer: «Итого» rows typed under the items' names, their number cell
 * empty (an empty line before the label), and where the funding's columns stand before the names, the sum's cells
 * before the label too. Those lines are the sum row's, not the item's above it.
 */
const read = (text: string) => structureOrFail(readTextDocument(text, "plan.txt"));
const SIGNATURE = ["", "Начальник управления образования ____________ Т.В. Мальцева"];

describe("a Word table saved as text: sum rows' cells before their label", () => {
  test("the label under the names, its number cell an empty line; the last sum row before the signature", () => {
    const text = [
      "№ п/п", "Мероприятие", "Ответственный исполнитель", "Источник финансирования", "Объём финансирования, тыс. руб.", "Срок исполнения", "Результат",
      "1", "2", "3", "4", "5", "6", "7",
      "Раздел 1. Повышение профессионального мастерства",
      "1.1", "Диагностика профессиональных дефицитов учителей", "Управление образования", "не требуется", "–", "по мере необходимости", "Банк данных",
      "1.2", "Курсы повышения квалификации руководителей", "МБОУ «СОШ № 3»", "образовательные организации", "местный бюджет", "1 601,3", "до 17 января 2027 г.", "Приказ управления образования",
      "", "Итого по разделу 1", "", "", "1 601,3", "", "",
      "Раздел 2. Развитие наставничества",
      "2.1", "Конкурс «Педагог года»", "ИРО", "областной бюджет", "250,0", "в течение года", "Приказ об итогах",
      "2.2", "Семинар для наставников", "РМО", "местный бюджет", "45,0", "к 24 сентября 2027 г.", "Протокол семинара",
      "", "Итого по разделу 2", "", "", "295,0", "", "",
      "", "Всего по программе", "", "", "1 896,3", "", "",
      ...SIGNATURE,
    ].join("\n");
    const plan = read(text);
    expect(plan.meta.format).toBe("paragraphs");
    expect(plan.items.map((i) => [i.number, i.responsible.text.replace(/\s+/g, " "), i.deadline.kind, i.result])).toEqual([
      ["1.1", "Управление образования", "on_demand", "Банк данных"],
      ["1.2", "МБОУ «СОШ № 3» образовательные организации", "date", "Приказ управления образования"],
      ["2.1", "ИРО", "ongoing", "Приказ об итогах"],
      ["2.2", "РМО", "date", "Протокол семинара"],
    ]);
    expect(plan.meta.totals.map((t) => [t.label, Object.values(t.values)])).toEqual([
      ["Итого по разделу 1", ["1 601,3"]],
      ["Итого по разделу 2", ["295,0"]],
      ["Всего по программе", ["1 896,3"]],
    ]);
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Мальцева/);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("the funding's columns before the names: the sum row's empty cells and its sum come before its label", () => {
    const text = [
      "№ п/п", "Срок реализации", "Источник финансирования", "Объём финансирования (тыс. руб.)", "Содержание работы", "Ответственный исполнитель", "Результаты",
      "1", "2", "3", "4", "5", "6", "7",
      "1. Работа с кадровым резервом",
      "1.1.", "не позднее 30.01.2027", "местный бюджет", "120,0", "Программа наставничества", "Павлова Т.И., методист", "Заключено 10 договоров",
      "1.2.", "ежемесячно", "областной бюджет", "80,0", "Мониторинг вакансий", "УО", "Информация на сайте",
      "", "", "", "200,0", "Итого по разделу 1:", "", "",
      "2. Меры социальной поддержки",
      "2.1.", "не позднее 23.03.2027", "областной бюджет", "2 150,9", "Выплаты молодым специалистам", "Управление образования", "Протокол комиссии",
      "2.2.", "в течение года", "не требуется", "–", "Консультации для педагогов", "ИРО", "Журнал консультаций",
      ...SIGNATURE,
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.result])).toEqual([
      ["1.1", "Программа наставничества", "Павлова Т.И., методист", "Заключено 10 договоров"],
      ["1.2", "Мониторинг вакансий", "УО", "Информация на сайте"],
      ["2.1", "Выплаты молодым специалистам", "Управление образования", "Протокол комиссии"],
      ["2.2", "Консультации для педагогов", "ИРО", "Журнал консультаций"],
    ]);
    expect(plan.meta.totals.map((t) => [t.label, Object.values(t.values)])).toEqual([["Итого по разделу 1:", ["200,0"]]]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
