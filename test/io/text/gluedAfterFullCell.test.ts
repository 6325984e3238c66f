import { readFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string): Plan => structureOrFail(readText(text, "plan.txt", ".txt"));

/** Text at the given offsets, one space at least between two pieces. */
const at = (...pieces: [number, string][]) => pieces.reduce((out, [x, t]) => (out.length < x || out === "" ? out.padEnd(x) + t : `${out} ${t}`), "");

/**
 * `pdftotext -layout` sets the text that follows a cell filling its column one space after it, a few characters
 * left of its own column, and the line's earlier cells may stand squeezed left as well. Text after a wide gap stands
 * where its column is. What is glued says nothing of where its column starts; what stands after a wide gap does.
 */
describe("layout text: text glued one space after a full cell", () => {
  test("a row's squeezed first line does not move the column its executors start at after a wide gap", () => {
    const text = [
      at([0, "№"], [2, "Срок"], [16, "Мероприятие"], [71, "Ответственные"], [105, "Форма отчётности"]),
      at([4, "исполнения"]),
      at([0, "1"], [2, "по запросу"], [13, "Проведение предложений по мерам социальной поддержки"], [66, "заместитель начальника"], [105, "Заключено не менее 10"]),
      at([16, "педагогов для педагогов дошкольных образовательных"], [71, "управления образования"], [105, "договоров о целевом обучении"]),
      at([16, "организаций"], [71, "методист"]),
      at([0, "2"], [2, "Ежемесячно"], [13, "Подготовка и направление методических семинаров для"], [71, "Совет молодых педагогов; Новикова"], [105, "Доля педагогов, прошедших"]),
      at([16, "молодых специалистов для педагогов дошкольных"], [71, "Т.И."], [105, "обучение, не менее 70 %"]),
      at([16, "образовательных организаций"]),
      at([0, "3"], [2, "I квартал"], [16, "Обеспечение участия кадрового резерва руководителей"], [71, "Соколов Е.Н.; И.Г. Соколов"], [105, "Проведено не менее 4 семинаров"]),
      at([16, "образовательных организаций"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1", "Проведение предложений по мерам социальной поддержки педагогов для педагогов дошкольных образовательных организаций", "заместитель начальника управления образования методист"],
      ["2", "Подготовка и направление методических семинаров для молодых специалистов для педагогов дошкольных образовательных организаций", "Совет молодых педагогов; Новикова Т.И."],
      ["3", "Обеспечение участия кадрового резерва руководителей образовательных организаций", "Соколов Е.Н.; И.Г. Соколов"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("«главный специалист В течении года»: a capital «В» glued after full executors opens the deadline", () => {
    // A Calc sheet through pdftotext -layout: the deadline's «В» stands two characters left of its column, one space
    // after the executors' full line, «течении» at the column's start.
    const text = [
      at([0, "№ п/п"], [8, "Содержание работы"], [65, "Ответственные исполнители"], [106, "Период реализации"], [130, "Форма отчётности"]),
      at([0, "1.1"], [8, "Актуализация целевого обучения выпускников"], [65, "МКУ «Центр развития образования»"], [106, "Ежемесячно"], [130, "Утверждённый план-график"]),
      at([8, "общеобразовательных организаций района"]),
      at([0, "1.2"], [8, "Мониторинг курсов повышения квалификации"], [65, "РМО"], [106, "в течение года"], [130, "Доля педагогов, прошедших"]),
      at([8, "руководящих работников"], [65, "Фёдорова Т.И."], [130, "обучение, не менее 70 %"]),
      at([0, "1.3"], [8, "Подготовка и направление персонифицированной программы"], [65, "ДОО; Фёдорова Т.И., главный специалист"], [104, "В"], [106, "течении года"], [130, "Приказ управления образования"]),
      at([8, "наставничества"], [65, "отдела общего образования"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text, i.deadline.kind])).toEqual([
      ["1.1", "МКУ «Центр развития образования»", "Ежемесячно", "recurring"],
      ["1.2", "РМО Фёдорова Т.И.", "в течение года", "ongoing"],
      ["1.3", "ДОО; Фёдорова Т.И., главный специалист отдела общего образования", "В течении года", "ongoing"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("«работников на Новикова Н.П.»: a preposition ending the name's full line at the executors' edge stays the name's", () => {
    // A Calc sheet with the deadline before the name, through pdftotext -layout: row 2.5's short deadline sets its line
    // two characters left of the others, «на» ends where the executors' column starts, «Новикова» one space after it.
    const text = readFileSync(path.join(__dirname, "../../fixtures/plans/calc-sheet/deadline-first.layout.txt"), "utf8");
    const plan = read(text);
    const item = plan.items.find((i) => i.number === "2.5");
    expect([item?.name, item?.responsible.text]).toEqual(["Обеспечение участия аттестации педагогических работников на квалификационные категории", "Новикова Н.П."]);
    expect(plan.items.filter((i) => /^(на|в|по|с|к|до)\s/u.test(i.responsible.text)).map((i) => i.number)).toEqual([]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("«Территориальная по мере»: a deadline glued after full executors starts at its preposition", () => {
    const text = [
      at([0, "№"], [5, "Мероприятие"], [53, "Исполнители"], [71, "Срок"], [93, "Результат"]),
      at([0, "1.1."], [5, "Организация курсов повышения квалификации"], [53, "ИРО"], [71, "ежегодно"], [93, "Приказ управления"]),
      at([5, "руководящих работников"], [93, "образования"]),
      at([0, "1.2."], [5, "Информационное сопровождение курсов повышения"], [51, "Территориальная по"], [70, "мере"], [93, "Проведено не менее 4 семинаров"]),
      at([5, "квалификации руководящих работников совместно с"], [53, "аттестационная"], [71, "необходимости"]),
      at([5, "педагогическим колледжем и центром занятости"], [53, "комиссия;"]),
      at([5, "населения"], [53, "Фёдорова Л.А."]),
      at([0, "1.3."], [5, "Мониторинг вакансий"], [53, "Отдел кадров"], [71, "в течение года"], [93, "Справка"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text, i.deadline.kind])).toEqual([
      ["1.1", "ИРО", "ежегодно", "recurring"],
      ["1.2", "Территориальная аттестационная комиссия;\nФёдорова Л.А.", "по мере необходимости", "on_demand"],
      ["1.3", "Отдел кадров", "в течение года", "ongoing"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("«аттестационная до 4 июля»: the deadline's preposition glued after full executors is the deadline's", () => {
    const text = [
      at([0, "№"], [4, "Мероприятие"], [59, "Ответственные"], [92, "Срок"], [114, "Результат"]),
      at([0, "2.1"], [4, "Мониторинг курсов повышения квалификации руководящих"], [59, "Территориальная аттестационная до"], [93, "4 июля"], [114, "Информация на официальном"]),
      at([4, "работников по результатам независимой оценки качества"], [59, "комиссия, ГАУ ДПО «Институт"], [114, "сайте"]),
      at([59, "развития образования»"]),
      at([0, "2.2"], [4, "Реализация аттестации педагогических работников"], [59, "Отдел образования"], [92, "III квартал"], [114, "Справка"]),
      at([0, "2.3"], [4, "Разработка и утверждение курсов повышения квалификации"], [61, "до 20 июня"], [92, "ежемесячно"], [114, "Протокол"]),
      at([4, "руководящих работников"], [59, "ОО"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text])).toEqual([
      ["2.1", "Территориальная аттестационная комиссия, ГАУ ДПО «Институт развития образования»", "до 4 июля"],
      ["2.2", "Отдел образования", "III квартал"],
      ["2.3", "до 20 июня ОО", "ежемесячно"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a name's line ending in a preposition two spaces before the deadline's date keeps it", () => {
    const text = [
      at([0, "№ п/п"], [9, "Содержание работы"], [49, "Сроки реализации"], [69, "Ответственные"]),
      at([0, "2.4"], [9, "Разработка программы наставничества"], [49, "ежегодно"], [69, "ИМЦ"]),
      at([0, "2.5"], [9, "Мониторинг курсов повышения"], [49, "с 01.02.2024 по"], [69, "ЦРО"]),
      at([9, "квалификации руководящих работников по"], [50, "15.05.2024"]),
      at([9, "итогам учебного года"]),
      at([0, "2.6"], [9, "Актуализация работы МО ДОУ совместно с"], [49, "январь 2026 г."], [69, "МБОУ «СОШ № 3»"]),
      at([9, "педагогическим колледжем"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text])).toEqual([
      ["2.4", "Разработка программы наставничества", "ежегодно"],
      ["2.5", "Мониторинг курсов повышения квалификации руководящих работников по итогам учебного года", "с 01.02.2024 по 15.05.2024"],
      ["2.6", "Актуализация работы МО ДОУ совместно с педагогическим колледжем", "январь 2026 г."],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("«совместно с IV квартал»: a preposition that fits the name's column one space before the deadline's is the name's", () => {
    // Every deadline starts at its column's edge (x 47), «IV» too: «с» alone stands out of that column. Writer put it
    // on the name's line because it fit there; a deadline glued after a full name would have moved left whole.
    const text = [
      at([0, "№"], [8, "Наименование мероприятия"], [47, "Срок"], [66, "Исполнители"]),
      at([0, "1."], [8, "Квалификационные категории совместно с"], [47, "IV квартал"], [66, "Совет молодых педагогов"]),
      at([8, "педагогическим колледжем"]),
      at([0, "2."], [8, "Разработка и утверждение целевого"], [47, "до 1 ноября 2024"], [66, "Орлов Т.И."]),
      at([8, "обучения выпускников"], [47, "года"]),
      at([0, "3."], [8, "Реализация предложений по мерам"], [47, "в течение года"], [66, "ОО"]),
      at([8, "социальной поддержки педагогов"]),
      at([0, "4."], [8, "Мониторинг вакансий"], [47, "ежемесячно"], [66, "ИМЦ"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text])).toEqual([
      ["1", "Квалификационные категории совместно с педагогическим колледжем", "IV квартал"],
      ["2", "Разработка и утверждение целевого обучения выпускников", "до 1 ноября 2024 года"],
      ["3", "Реализация предложений по мерам социальной поддержки педагогов", "в течение года"],
      ["4", "Мониторинг вакансий", "ежемесячно"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a justified name's last preposition, at its column's edge one space before the executors, is the name's", () => {
    // Names set «по ширине»: every line but a name's last spread to the column's width, so its last word stands at the
    // column's edge (x 46, where the name's lines with nothing after them end) after a wide gap, one space before the
    // executors; text glued to a full cell stands one space after that cell's text, not after a wide gap.
    const text = [
      at([0, "№"], [8, "Наименование мероприятия"], [47, "Исполнители"], [74, "Срок"]),
      at([0, "1."], [8, "Подготовка  и  направление диагностики"], [47, "руководители"], [74, "по запросу"]),
      at([8, "профессиональных   дефицитов  учителей"], [47, "образовательных"]),
      at([8, "регионального  института  совместно  с"], [47, "организаций"]),
      at([8, "педагогическим     колледжем    района"]),
      at([8, "и центром занятости"]),
      at([0, "2."], [8, "Организация   и  проведение  семинаров"], [47, "ИМЦ"], [74, "май"]),
      at([8, "наставников   для   молодых  педагогов"]),
      at([8, "района"]),
      at([0, "3."], [8, "Мониторинг вакансий"], [47, "Отдел кадров"], [74, "ежемесячно"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1", "Подготовка и направление диагностики профессиональных дефицитов учителей регионального института совместно с педагогическим колледжем района и центром занятости", "руководители образовательных организаций"],
      ["2", "Организация и проведение семинаров наставников для молодых педагогов района", "ИМЦ"],
      ["3", "Мониторинг вакансий", "Отдел кадров"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("«руководящих РМО»: in a row whose cells stand at its top, executors that start a line late were glued on the first", () => {
    const text = [
      at([0, "№"], [4, "Мероприятие"], [59, "Ответственные"], [98, "Срок"], [119, "Результат"]),
      at([0, "1.2"], [4, "Актуализация муниципального конкурса"], [59, "ОО"], [98, "Ежемесячно"], [119, "Приказ"]),
      at([0, "1.3"], [4, "Мониторинг курсов повышения квалификации руководящих"], [57, "РМО"], [98, "в течение года"], [119, "Доля педагогов"]),
      at([4, "работников"], [59, "Фёдорова Т.И."], [119, "не менее 70 %"]),
      at([59, "Л.А. Кузнецова, главный специалист"]),
      at([0, "1.4"], [4, "Обеспечение участия кадрового резерва"], [59, "Управление образования"], [98, "III квартал"], [119, "План-график"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1.2", "Актуализация муниципального конкурса", "ОО"],
      ["1.3", "Мониторинг курсов повышения квалификации руководящих работников", "РМО Фёдорова Т.И.\nЛ.А. Кузнецова, главный специалист"],
      ["1.4", "Обеспечение участия кадрового резерва", "Управление образования"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a row of centred cells whose one-line deadline stands on its middle line keeps the name's last word", () => {
    // Writer's cells centred in their rows: the name, executors and result of two lines each print on the row's first
    // and third lines, the number and the deadline between them; nothing there was glued on the first line.
    const text = [
      at([0, "№"], [14, "Мероприятие"], [41, "Срок"], [59, "Исполнитель"], [77, "Результат"]),
      "",
      at([6, "Проведение семинаров"], [37, "март 2027 г."], [53, "ИМЦ"], [77, "проведено"]),
      "",
      at([6, "Организация наставничества для"], [53, "заместители директоров"], [77, "закреплены"]),
      at([0, "2.2"], [37, "ежеквартально"]),
      at([6, "педагогов со стажем до 3 лет"], [53, "по УВР"], [77, "наставники"]),
      "",
      at([6, "Проведение конкурса"], [37, "IV квартал"], [53, "Гусев А.А., методист"], [77, "приказ об итогах"]),
      at([0, "2.3"]),
      at([6, "«Педагогический дебют»"], [37, "2027 г."], [53, "ИМЦ"], [77, "конкурса"]),
    ].join("\n").replace(/^(\s*)Проведение семинаров/m, "2.1   Проведение семинаров");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text])).toEqual([
      ["2.1", "Проведение семинаров", "март 2027 г."],
      ["2.2", "Организация наставничества для педагогов со стажем до 3 лет", "ежеквартально"],
      ["2.3", "Проведение конкурса «Педагогический дебют»", "IV квартал 2027 г."],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
  test("words glued after full executors that reach the results' left edge, the results' text after them, are the results'", () => {
    // The results' cells start at x 84 (after a wide gap, three rows of four); «доля» glued one space after the
    // executors' full line ends there, with the rest of the result after it: a cell's padding keeps a left cell's
    // line off the next column's edge, so «доля» is the result's first word, squeezed left.
    const text = [
      at([0, "№"], [8, "Наименование"], [40, "Срок"], [56, "Исполнители"], [84, "Результат"]),
      at([0, "1."], [8, "Организация повышения"], [40, "в течение"], [56, "МКУ «Сосногорский ИМЦ»;"], [80, "доля педагогов, прошедших"]),
      at([8, "квалификации"], [40, "года"], [56, "ГОУДПО «КРИРО» (по"], [84, "повышение квалификации"]),
      at([56, "согласованию)"], [84, "– 100 %"]),
      at([0, "2."], [8, "Методическое сопровождение"], [40, "по графику"], [56, "МКУ «ИМЦ»"], [84, "доля педагогов с высшей"]),
      at([8, "аттестации педагогов"], [84, "категорией"]),
      at([0, "3."], [8, "Конкурс мастерства"], [40, "ежегодно"], [56, "Управление образования"], [84, "приказ об итогах"]),
      at([0, "4."], [8, "Слёт молодых педагогов"], [40, "май"], [56, "Совет молодых педагогов"], [84, "резолюция слёта"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.responsible.text.replace(/\s+/g, " "), i.result])).toEqual([
      ["1", "МКУ «Сосногорский ИМЦ»; ГОУДПО «КРИРО» (по согласованию)", "доля педагогов, прошедших повышение квалификации – 100 %"],
      ["2", "МКУ «ИМЦ»", "доля педагогов с высшей категорией"],
      ["3", "Управление образования", "приказ об итогах"],
      ["4", "Совет молодых педагогов", "резолюция слёта"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

describe("layout text: a row squeezed left of the page's columns", () => {
  /**
   * pdftotext places each row on its own: one row's results start three characters left of the page's, on each of its
   * lines after a wide gap but one, where they stand one space after full executors («образовательных на сайте»). The
   * row's own lines show where its column starts; a line of the executors with the results' text after it never runs
   * over that x, so «на» is the results', though the page's column starts further right.
   */
  test("a preposition glued after full executors and running over where the row's results start is the results'", () => {
    const text = [
      at([0, "№"], [7, "Наименование"], [35, "Ответственные"], [55, "Ожидаемый"], [72, "Срок"]),
      at([0, "1.1."], [7, "Утверждение состава"], [35, "Управление"], [55, "постановление"], [72, "до 1 марта"]),
      at([7, "рабочей группы"], [35, "образования"], [55, "администрации"]),
      at([0, "1.2."], [7, "Анализ потребности"], [35, "Руководители"], [55, "аналитическая"], [72, "до 25 апреля"]),
      at([7, "в педагогических кадрах"], [35, "организаций"], [55, "справка"]),
      at([0, "1.3."], [7, "Формирование и ведение"], [35, "Руководители"], [52, "реестр вакансий"], [68, "ежемесячно"]),
      at([7, "реестра вакантных"], [35, "образовательных"], [51, "на сайте"]),
      at([7, "должностей педагогических"], [35, "организаций"], [52, "управления"]),
      at([7, "работников"], [52, "образования"]),
      at([0, "1.4."], [7, "Проведение совещания"], [35, "Управление"], [55, "протокол"], [72, "май"]),
      at([7, "с руководителями"], [35, "образования"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.result])).toEqual([
      ["1.1", "Управление образования", "постановление администрации"],
      ["1.2", "Руководители организаций", "аналитическая справка"],
      ["1.3", "Руководители образовательных организаций", "реестр вакансий на сайте управления образования"],
      ["1.4", "Управление образования", "протокол"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});

describe("layout text: a name column set «по ширине»", () => {
  /**
   * The names' spread lines end at one x, the column's right edge: no line of the column runs past it. pdftotext
   * squeezed one row's deadline seven characters left, one space after a short line of the name («в размере 100 тыс.
   * ежегодно, до 1» over «декабря»): what runs past the edge is the deadline's, however far it stands from the
   * column. The name's line that ends at the edge before a wide gap keeps its last word («в соответствии с | декабря»).
   */
  test("text glued after a short line and running past the justified edge is the next column's", () => {
    const text = [
      at([0, "№"], [6, "Наименование мероприятия"], [32, "Срок"], [44, "Исполнители"], [65, "Результат"]),
      at([0, "1."], [6, "Конкурс   для   молодых"], [32, "май"], [44, "Отдел образования"], [65, "приказ"]),
      at([6, "педагогов    и   района"], [44, "администрации"]),
      at([0, "2."], [6, "Выплата единовременного"], [44, "Отдел образования"]),
      at([6, "подъёмного      пособия"], [44, "администрации"], [65, "пособие"]),
      at([6, "молодым специалистам"], [44, "района"], [65, "получили не"]),
      at([6, "в размере 100 тыс."], [25, "ежегодно, до 1"], [44, "МКУ"], [65, "менее 5"]),
      at([6, "рублей в соответствии с"], [32, "декабря"], [44, "«Централизованная"], [65, "молодых"]),
      at([6, "Положением,"], [44, "бухгалтерия»"], [65, "специалистов"]),
      at([0, "3."], [6, "Организация  стажировок"], [32, "октябрь"], [44, "ИМЦ"], [65, "справка"]),
      at([6, "на    базе    школ    с"]),
      at([6, "опытом работы"]),
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text])).toEqual([
      ["1", "Конкурс для молодых педагогов и района", "май"],
      ["2", "Выплата единовременного подъёмного пособия молодым специалистам в размере 100 тыс. рублей в соответствии с Положением,", "ежегодно, до 1 декабря"],
      ["3", "Организация стажировок на базе школ с опытом работы", "октябрь"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
