import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { headerGutters } from "../../../src/io/text/headerGutters";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string): Plan => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * A № column sized to its numbers (Word's autofit, or a border dragged up to «1.1.»): pdftotext -layout lays the
 * header's line out by its own words and prints the next caption one space after «№», nearer than that column's text
 * under it, so every row's number runs past the header's gap. The gap still runs down the page: the numbers that
 * open the rows are the № column's own text, and the next column's text starts just after them.
 */
describe("layout text: «№ Срок», the header's one-space gap crossed by the rows' numbers", () => {
  const lines = [
    "№ Срок                 Наименование мероприятия                 Исполнитель         Форма отчётности",
    "п/п",
    "Раздел 1. Работа с кадровым резервом руководителей",
    "1.1 в августе          Формирование муниципального конкурса     главный специалист  Сформирован банк данных",
    "    2026 г.            профессионального мастерства",
    "1.2 Постоянно          Проведение методических семинаров        УО                  Приказ управления",
    "                       для молодых специалистов                                     образования",
    "1.3 до 20 июня         Мониторинг вакансий                      методист            Аналитическая справка",
    "Раздел 2. Меры социальной поддержки педагогов",
    "2.1 Ежемесячно         Выплата надбавки молодым специалистам    МКУ «ЦБ»            Приказ управления",
  ];

  test("the gap after «№» is a column edge", () => {
    expect(headerGutters(lines, [{ judged: [0], last: 1 }]).get(0)).toEqual(new Set([1]));
  });

  test("the number and the deadline are two columns; every row is an item", () => {
    const text = lines.join("\n");
    const plan = read(text);
    expect(plan.columns.deadline).toBe("Срок");
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.name, i.responsible.text])).toEqual([
      ["1.1", "в августе 2026 г.", "Формирование муниципального конкурса профессионального мастерства", "главный специалист"],
      ["1.2", "Постоянно", "Проведение методических семинаров для молодых специалистов", "УО"],
      ["1.3", "до 20 июня", "Мониторинг вакансий", "методист"],
      ["2.1", "Ежемесячно", "Выплата надбавки молодым специалистам", "МКУ «ЦБ»"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

/**
 * The same № column with numbers of two lengths («1.1» and «2.1.»): pdftotext lays each row out by its own words, so
 * a shorter number's name starts where a longer number ends. The edge after the numbers goes there: no number runs
 * past it and no name starts before it.
 */
describe("layout text: «№ Мероприятие», numbers whose ends meet the next rows' names", () => {
  const lines = [
    "№ Мероприятие                                   Ответственный исполнитель     Срок исполнения Форма отчётности",
    "1. Повышение профессионального мастерства",
    "1.1 Информационное сопровождение курсов         Морозова Н.П., начальник      по графику      Сформирован банк данных",
    "     квалификации руководящих работников        отдела кадров",
    "1.2 Обеспечение участия аттестации              УО                            I полугодие     Приказ управления",
    "     педагогических работников                                                2024 г.         образования",
    "2. Выявление кадровых потребностей",
    "2.1. Информационное сопровождение анализа       Фёдорова Л.А.                 по графику      Заключено не менее 10",
    "     потребности в педагогических кадрах                                                      договоров",
    "2.2. Актуализация методических семинаров        РМО                           в течение года  Протокол заседания",
  ];

  test("every row is an item, its number in the № column", () => {
    const text = lines.join("\n");
    const plan = read(text);
    expect(plan.columns.number).toBe("№");
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["1.1", "Информационное сопровождение курсов квалификации руководящих работников", "Морозова Н.П., начальник отдела кадров", "по графику"],
      ["1.2", "Обеспечение участия аттестации педагогических работников", "УО", "I полугодие 2024 г."],
      ["2.1", "Информационное сопровождение анализа потребности в педагогических кадрах", "Фёдорова Л.А.", "по графику"],
      ["2.2", "Актуализация методических семинаров", "РМО", "в течение года"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

/**
 * Bare numbers («1», «2») in a № column as wide as «№»: each row's number stands one space before its deadline, and
 * the header's «№» one space before «Срок». A number that opens its row is the № column's, however close the next
 * cell's text: it is not led into the next column as a short word that starts a phrase there («в течение») is.
 */
describe("layout text: «№ Срок» over «1 Постоянно», one space after a bare number", () => {
  const lines = [
    "№ Срок          Мероприятие                                  Ответственные                     Форма отчётности",
    "    исполнения",
    "Раздел I. Привлечение молодых специалистов",
    "1 Постоянно Формирование курсов повышения квалификации       Управление образования; методист Протокол заседания",
    "                руководящих работников",
    "2 2024 год      Организация методических семинаров для       Территориальная аттестационная    Аналитическая справка",
    "                молодых специалистов                         комиссия",
    "3 В течении     Организация целевого обучения выпускников    Совет молодых педагогов           Приказ управления",
    "    года",
    "II. Выявление кадровых потребностей",
    "1 по запросу    Проведение предложений по мерам социальной   заместитель начальника            Заключено не менее 10",
    "2 Ежемесячно    Мониторинг вакансий                          методист                          Протокол заседания",
  ];

  test("every row is an item, its number in the № column and its deadline in its own", () => {
    const text = lines.join("\n");
    const plan = read(text);
    expect(plan.columns.number).toBe("№");
    expect(plan.columns.deadline).toBe("Срок исполнения");
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.name])).toEqual([
      ["1", "Постоянно", "Формирование курсов повышения квалификации руководящих работников"],
      ["2", "2024 год", "Организация методических семинаров для молодых специалистов"],
      ["3", "В течении года", "Организация целевого обучения выпускников"],
      ["1", "по запросу", "Проведение предложений по мерам социальной"],
      ["2", "Ежемесячно", "Мониторинг вакансий"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
