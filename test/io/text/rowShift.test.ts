import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const flat = (s: string | null) => (s ?? "").replace(/\s+/g, " ");
const cells = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, Object.values(i.extra).join(" | "), i.result].map(flat));

/**
 * `pdftotext -layout` of a Writer table places each row at a character grid of its own: with proportional fonts a
 * whole row's later columns start five or six characters before the page's («ежеквартально Отдел», «Отдел …  не»),
 * each column's lines still starting at one x within the row. The row's boundaries are measured on its own lines.
 */
describe("fixed-width text: a row whose columns the layout moved", () => {
  const header = [
    "№     Мероприятие               Срок            Ответственные         Источник        Ожидаемый",
    "                                исполнения      исполнители           финансирования  результат",
  ];
  const around = {
    first: [
      "1.1.  Мониторинг вакансий       ежемесячно      Отдел образования     не требуется    банк вакансий",
      "      педагогических работников                 (Крылова И.П.)                        обновлён",
    ],
    last: [
      "1.3.  Анализ возрастного        до 01.03.2027   МБУ «Центр            не требуется    аналитическая",
      "      состава педагогов                         сопровождения»                        справка",
      "1.4.  Конкурс «Педагог года»    ноябрь 2027 г.  Отдел образования     местный бюджет  конкурс",
      "                                                                                      проведён",
    ],
  };

  test("every column after the name moved left: each cell keeps its words", () => {
    const text = [
      ...header,
      ...around.first,
      "1.2.  Компенсация расходов на ежеквартально Отдел образования;  местный         компенсация",
      "      наём жилья педагогам                  МКУ «Бухгалтерия»   бюджет          выплачена",
      ...around.last,
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[1]).toEqual(["1.2", "Компенсация расходов на наём жилья педагогам", "ежеквартально", "Отдел образования; МКУ «Бухгалтерия»", "местный бюджет", "компенсация выплачена"]);
    expect(cells(plan).map((c) => c[3])).toEqual(["Отдел образования (Крылова И.П.)", "Отдел образования; МКУ «Бухгалтерия»", "МБУ «Центр сопровождения»", "Отдел образования"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a row moved left up to its number: its name's lines under the number stay the name's", () => {
    const text = [
      ...header,
      ...around.first,
      "1.2. Подготовка отчёта о      до 25 декабря Отдел образования     не требуется  отчёт размещён",
      "     выполнении плана и                     (Крылова И.П.)                      на сайте",
      "     размещение его на сайте",
      ...around.last,
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[1]).toEqual(["1.2", "Подготовка отчёта о выполнении плана и размещение его на сайте", "до 25 декабря", "Отдел образования (Крылова И.П.)", "не требуется", "отчёт размещён на сайте"]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

describe("fixed-width text: a word glued to the cell before it by one space", () => {
  test("the next column's first word, moved left under the cell's text, goes to the column whose lines start after it", () => {
    const text = [
      "№   Мероприятия               Срок         Ответственные     Итоговый документ",
      "1.  Ведение банка вакансий    ежемесячно   Управление        банк вакансий",
      "    педагогических работников              образования",
      "2.  Мониторинг                до 10.09.2028 Управление       информационно-",
      "    укомплектованности школ                образования       аналитическая",
      "                                                             справка",
      "3.  Работа районного клуба    1 раз в      МКУ «Районный проведено не",
      "    молодых педагогов         квартал      методический      менее 8",
      "                                           кабинет» (Зайцева заседаний клуба",
      "                                           Н.А.)",
      "4.  Прогноз потребности в     не позднее   Управление        прогноз",
      "    педагогических кадрах     01.12.2028   образования       потребности",
      "",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[2]).toEqual(["3", "Работа районного клуба молодых педагогов", "1 раз в квартал", "МКУ «Районный методический кабинет» (Зайцева Н.А.)", "", "проведено не менее 8 заседаний клуба"]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

describe("fixed-width text: a word broken at a narrow column's edge on a page of its own", () => {
  test("the column's right edge is its page's: the piece that fills it there joins the rest («местног» / «о»)", () => {
    const text = [
      "№   Мероприятие                 Срок        Ответственный  Примечание",
      "1.  Мониторинг вакансий         ежемесячно  Отдел          за счёт",
      "    педагогических работников               образования    средств",
      "                                                           областного",
      "                                                           бюджета",
      "\f№  Мероприятие               Срок       Ответственный Примечание",
      "2.  Выплата пособия           в течение  Отдел         за счёт",
      "    молодым специалистам      года       образования   местног",
      "                                                       о",
      "                                                       бюджета",
      "3.  Конкурс «Педагог года»    ноябрь     Отдел         без",
      "                                         образования   затрат",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan).map((c) => c[4])).toEqual(["за счёт средств областного бюджета", "за счёт местного бюджета", "без затрат"]);
    // The two pieces are kept as the one word they make.
    expect(lostWords(text, plan)).toEqual(["местног", "о"]);
  });
});

describe("fixed-width text: a centred cell whose first line is the longer", () => {
  test("its first phrase starts left of the column's other lines and stays whole («до 20 декабря» / «2027 г.»)", () => {
    const text = [
      "№    Мероприятия                             Ответственные          Сроки",
      "1.   Мониторинг вакансий педагогических      Отдел образования      ежемесячно",
      "     работников",
      "2.   Подготовка итогового отчёта о           Отдел                до 20 декабря",
      "     выполнении плана мероприятий            образования             2027 г.",
      "     и размещение его на сайте               (Крылова И.П.),",
      "                                             руководители ОО",
      "3.   Конкурс «Педагог года»                  МКУ «ИМЦ»              ноябрь 2027 г.",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[1]).toEqual(["2", "Подготовка итогового отчёта о выполнении плана мероприятий и размещение его на сайте", "до 20 декабря 2027 г.", "Отдел образования (Крылова И.П.), руководители ОО", "", ""]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

describe("fixed-width text: a full deadline cell one space from the executors'", () => {
  test("its date stays whole: a month and its year, a year and its «г.», are never two cells", () => {
    // Writer's print of a work plan, cells centred, through pdftotext -layout: row 5's deadline starts a character left
    // of the column's other lines and ends one space before «Педагог-психолог».
    const text = [
      "                                                                                 Форма",
      "№          Содержание работы                 Сроки         Исполнители",
      "                                                                               отчётности",
      "    Открытые уроки молодых педагогов                      Заместитель",
      "4   в рамках недели молодого              март 2028 г.    директора по УВР анализ уроков",
      "    специалиста                                           Петрова Л.М.",
      "    Анкетирование молодых педагогов",
      "                                         октябрь 2027 г., Педагог-психолог аналитическая",
      "5   по выявлению профессиональных",
      "                                          апрель 2028 г. Иванова О.С.      справка",
      "    затруднений",
      "                                                          Заместитель      отчёт на",
      "    Подведение итогов работы с",
      "6                                          май 2028 г.    директора по УВР педсовете",
      "    молодыми педагогами за учебный год",
      "                                                          Петрова Л.М.",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[1].slice(0, 4)).toEqual(["5", "Анкетирование молодых педагогов по выявлению профессиональных затруднений", "октябрь 2027 г., апрель 2028 г.", "Педагог-психолог Иванова О.С."]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

describe("fixed-width text: a row's executors glued to its name", () => {
  test("a row whose executors' cell is empty gets the words its name's line reaches over the column's edge with", () => {
    // pdftotext -layout of a ruled PDF: row 1.2's name line ends one space before its executors («Управление
    // образования»), which start five characters left of the column's other lines; nothing else of the row stands in
    // the executors' column, which every other row fills.
    const text = [
      "№     Мероприятие                       Ответственные        Срок          Результат",
      "1.1.  Мониторинг вакансий               Отдел кадров         ежемесячно    банк вакансий",
      "      педагогических работников         (Крылова И.П.)                     обновлён",
      "1.2.  Компенсация расходов на наём Управление образования    май           выплачена",
      "      жилья педагогам",
      "1.3.  Анализ возрастного состава        МБУ «Центр           до 01.03.2027 справка",
      "      педагогов                         сопровождения»",
      "1.4.  Конкурс «Педагог года»            Отдел образования    ноябрь        конкурс",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[1]).toEqual(["1.2", "Компенсация расходов на наём жилья педагогам", "май", "Управление образования", "", "выплачена"]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
