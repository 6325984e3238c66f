import { sheetDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { blockRows } from "../../../src/core/plan/labelled/blockRows";
import { recoverLabelled } from "../../../src/core/plan/labelled/recoverLabelled";
import { withoutSeparator } from "../../../src/core/plan/labelled/itemFields";
import type { Plan } from "../../../src/core/plan/types";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { linesInColumnA } from "../../helpers/excelPaste";
import { lostWords, planEssence, restructured } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/** Plans typed as numbered paragraphs with labelled fields (issue 13), written by hand in the styles officials use. */
const LINE_PER_FIELD = `УТВЕРЖДАЮ
Начальник управления образования
__________ А.А. Смирнов

План мероприятий по кадровому обеспечению на 2027 год

I. Кадровое обеспечение

1. Провести мониторинг потребности в педагогических кадрах.
Срок: до 1 марта 2027 г.
Ответственные: Иванова А.П., начальник отдела кадров; МКУ «ИМЦ».
Результат: аналитическая справка.

2. Сформировать банк вакансий
Срок: ежемесячно
Ответственные: отдел кадров
Результат: банк вакансий на сайте

II. Поддержка молодых педагогов

3. Провести конкурс «Педагогический дебют»
Срок: II квартал
Ответственные: МКУ «ИМЦ»
Результат: не менее 15 участников

Начальник отдела кадров                 А.П. Иванова
`;

const fields = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result]);

describe("a plan of numbered paragraphs with labelled fields", () => {
  test("one field a line: each label's text goes to the column a header of that wording names («таблица» guessed from lines before)", () => {
    const plan = structureOrFail(readTextDocument(LINE_PER_FIELD, "plan.txt"));
    expect(fields(plan)).toEqual([
      ["1", "Провести мониторинг потребности в педагогических кадрах", "до 1 марта 2027 г.", "Иванова А.П., начальник отдела кадров; МКУ «ИМЦ»", "аналитическая справка"],
      ["2", "Сформировать банк вакансий", "ежемесячно", "отдел кадров", "банк вакансий на сайте"],
      ["3", "Провести конкурс «Педагогический дебют»", "II квартал", "МКУ «ИМЦ»", "не менее 15 участников"],
    ]);
    expect(plan.columns).toMatchObject({ deadline: "Срок", responsible: "Ответственные", result: "Результат" });
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["I", "Кадровое обеспечение"], ["II", "Поддержка молодых педагогов"]]);
    expect(plan.title).toBe("План мероприятий по кадровому обеспечению на 2027 год");
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Иванова/);
    expect(plan.items.flatMap((i) => i.notes ?? [])).toEqual([]);
    expect(lostWords(LINE_PER_FIELD, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("all fields on the item's line, parted by dashes; the sentence's dot is no part of a value, an abbreviation's is", () => {
    const text = [
      "План работы с кадрами на 2027 год",
      "1. Организовать стажировку молодых специалистов. Срок исполнения — сентябрь 2027 г. Ответственный — Петров И.И. Ожидаемый результат — не менее 10 человек.",
      "2. Провести совещание руководителей ОО. Срок исполнения — ежеквартально. Ответственный — директор МКУ «ЦРО». Ожидаемый результат — протокол.",
      "3. Обновить базу данных вакансий. Срок исполнения — до 15.05.2027. Ответственный — ОО. Ожидаемый результат — база на 100 тыс. руб.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(fields(plan)).toEqual([
      ["1", "Организовать стажировку молодых специалистов", "сентябрь 2027 г.", "Петров И.И.", "не менее 10 человек"],
      ["2", "Провести совещание руководителей ОО", "ежеквартально", "директор МКУ «ЦРО»", "протокол"],
      ["3", "Обновить базу данных вакансий", "до 15.05.2027", "ОО", "база на 100 тыс. руб."],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("«Раздел N.» headings, a label outside the catalogue kept as an extra column, «Исполнитель:» of the last item is the item's", () => {
    const text = `План мероприятий на 2027 год

Раздел 1. Мониторинг

1.1. Анализ укомплектованности школ
Срок реализации: январь 2027 г.
Источник финансирования: не требуется
Исполнитель: отдел кадров

Раздел 2. Наставничество

2.1. Закрепление наставников за молодыми педагогами
Срок реализации: сентябрь – октябрь 2027 г.
Источник финансирования: местный бюджет
Исполнитель: руководители ОО

Начальник управления ____________ А.А. Смирнов

Исполнитель: Морозова Е.Н., тел. 8 (3787) 56-27-43
`;
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(fields(plan).map(([n, , d, r]) => [n, d, r])).toEqual([
      ["1.1", "январь 2027 г.", "отдел кадров"],
      ["2.1", "сентябрь – октябрь 2027 г.", "руководители ОО"],
    ]);
    expect(plan.columns.extra).toEqual(["Источник финансирования"]);
    expect(plan.items.map((i) => i.extra)).toEqual([{ "Источник финансирования": "не требуется" }, { "Источник финансирования": "местный бюджет" }]);
    // A heading by word keeps its word, as the table readers give it.
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["1", "Раздел 1. Мониторинг"], ["2", "Раздел 2. Наставничество"]]);
    expect(plan.items.map((i) => i.section)).toEqual(["1", "2"]);
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Морозова Е\.Н\., тел/);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("the last item's fields under a cut «Исполнитель –» stay the item's up to the blank line before the signatures", () => {
    const text = [
      "1. Анализ укомплектованности школ.",
      "Срок исполнения – январь.",
      "Исполнитель – отдел кадров.",
      "2. Конкурс «Педагог года».",
      "Срок исполнения – 2026 год.",
      "Исполнитель – Управление образования",
      "Павлова Н.П., начальник отдела кадров.",
      "Итоговый документ – Сформирован банк данных.",
      "Отметка об исполнении – в работе.",
      "",
      "Начальник управления образования ____________ С.А. Миронов",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(fields(plan)[1]).toEqual(["2", "Конкурс «Педагог года»", "2026 год", "Управление образования\nПавлова Н.П., начальник отдела кадров", "Сформирован банк данных"]);
    expect(plan.items[1].extra).toEqual({ "Отметка об исполнении": "в работе" });
    expect(plan.meta.signatureBlock).toEqual(["Начальник управления образования ____________ С.А. Миронов"]);
  });

  test("a label used once counts where it is written as the plan writes its fields", () => {
    const text = [
      "1. Семинар для наставников. Срок — март. Ответственный — методист.",
      "2. Конкурс молодых педагогов. Срок — май. Ответственный — ИМЦ. Примечание — по согласованию.",
      "3. Совещание. Срок — июнь. Ответственный — ИМЦ.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.columns.extra).toEqual(["Примечание"]);
    expect(plan.items.map((i) => [i.responsible.text, i.extra])).toEqual([
      ["методист", {}],
      ["ИМЦ", { Примечание: "по согласованию" }],
      ["ИМЦ", {}],
    ]);
  });

  test("lines a page wrapped: a label cut in two, a separator at the next line's start, are whole again", () => {
    const text = [
      "1. Мониторинг конкурса «Педагог года». Ответственные",
      "исполнители – методист, Кузнецова Л.А. Срок выполнения – в течение года. Итоговый документ – Протокол",
      "заседания комиссии.",
      "- 2 -",
      "2. Информационное сопровождение кадрового резерва. Ответственные исполнители",
      "– И.Г. Орлов. Срок выполнения – март 2027 г. Итоговый документ – Приказ.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.pdf.txt"));
    expect(fields(plan)).toEqual([
      ["1", "Мониторинг конкурса «Педагог года»", "в течение года", "методист, Кузнецова Л.А.", "Протокол заседания комиссии"],
      ["2", "Информационное сопровождение кадрового резерва", "март 2027 г.", "И.Г. Орлов", "Приказ"],
    ]);
    expect(plan.dropped).toContainEqual(expect.objectContaining({ reason: "page_furniture", text: "- 2 -" }));
  });

  test("the same lines pasted into column A of a sheet give the same plan", () => {
    const fromText = structureOrFail(readTextDocument(LINE_PER_FIELD, "plan.txt"));
    const fromSheet = structureOrFail(sheetDocument("вставка", "Лист1", linesInColumnA(LINE_PER_FIELD)));
    expect(fields(fromSheet)).toEqual(fields(fromText));
  });

  test("a label's wording other than its column's is noted where it went; a line set apart after the fields is noted", () => {
    const text = [
      "1. Семинар для наставников",
      "Срок: март",
      "Ответственный: методист",
      "2. Семинар для молодых педагогов",
      "Сроки: апрель",
      "Ответственный: методист ИМЦ.",
      "",
      "Провести по итогам анкетирование.",
      "3. Конкурс молодых педагогов",
      "Срок: май",
      "Ответственный: ИМЦ",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items[1].deadline.text).toBe("апрель");
    expect(plan.items[1].notes?.map((n) => n.text)).toEqual([
      "поле «Сроки» отнесено к столбцу «Срок»",
      "«Провести по итогам анкетирование.» без подписи поля после поля «Ответственный» отнесено к нему",
    ]);
    expect(plan.items[1].responsible.text).toBe("методист ИМЦ.\nПровести по итогам анкетирование");
    expect(plan.sections).toEqual([]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a title set apart between items, with no number and no closing mark, heads the items after it", () => {
    const text = [
      "Кадровое планирование",
      "",
      "1. Семинар для наставников",
      "Срок: март",
      "Ответственный: методист",
      "",
      "Поддержка молодых педагогов",
      "",
      "2. Конкурс молодых педагогов",
      "Срок: май",
      "Ответственный: ИМЦ",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([["1", "Семинар для наставников", "методист"], ["2", "Конкурс молодых педагогов", "ИМЦ"]]);
    expect(plan.sections.map((s) => s.title)).toContain("Поддержка молодых педагогов");
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("phrases of names that look like labels are no fields where no other item labels that column", () => {
    const text = [
      "1. Результаты мониторинга — основа планирования",
      "Срок: март",
      "Ответственный: методист",
      "2. Семинар для молодых педагогов",
      "Срок: апрель",
      "Ответственный: ИМЦ",
      "3. Итоги конкурса — на сайте управления",
      "Срок: май",
      "Ответственный: ИМЦ",
      "Результат: публикация",
      "4. Совещание",
      "Срок: июнь",
      "Ответственный: ИМЦ",
      "Результат: протокол",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(fields(plan)[0]).toEqual(["1", "Результаты мониторинга — основа планирования", "март", "методист", ""]);
    // Where the item's text begins stands its name, even where the plan labels results.
    expect(fields(plan)[2]).toEqual(["3", "Итоги конкурса — на сайте управления", "май", "ИМЦ", "публикация"]);
  });

  test("lines with no labels are no labelled plan: the reader leaves them to the others", () => {
    const lines = ["1.1 Мониторинг потребности", "до 1 марта", "Смирнова Е.А.", "1.2 Банк вакансий", "ежемесячно", "Отдел кадров"].map((text, i) => ({ row: i + 1, text }));
    expect(recoverLabelled(lines)).toBeNull();
    const prose = "Пояснительная записка\n1. Общие положения настоящего документа\n2. Цели и задачи работы";
    expect(structurePlan(readTextDocument(prose, "x.txt")).ok).toBe(false);
  });
});

/** Items with no printed number: blocks opened by the name's label, a bullet, or a paragraph of their own (issue 13). */
describe("a plan of labelled items with no numbers", () => {
  const essence = (plan: Plan) => plan.items.map((i) => [i.number ?? "", i.name, i.deadline.text, i.responsible.text]);
  const EXPECTED = [
    ["", "Провести мониторинг потребности в педагогических кадрах", "до 1 марта 2027 г.", "Иванова А.П., начальник отдела кадров"],
    ["", "Сформировать банк вакансий", "ежемесячно", "отдел кадров"],
    ["", "Провести конкурс «Педагогический дебют»", "II квартал", "МКУ «ИМЦ»"],
  ];

  test("the name's label opens each item, the next item where it comes again, with no blank line between", () => {
    const text = [
      "План мероприятий по кадровому обеспечению на 2027 год",
      "Наименование мероприятия: Провести мониторинг потребности в педагогических кадрах",
      "Срок исполнения: до 1 марта 2027 г.",
      "Ответственный: Иванова А.П., начальник отдела кадров",
      "Наименование мероприятия: Сформировать банк вакансий",
      "Срок исполнения: ежемесячно",
      "Ответственный: отдел кадров",
      "Мероприятие: Провести конкурс «Педагогический дебют»",
      "Срок исполнения: II квартал",
      "Ответственный: МКУ «ИМЦ»",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(essence(plan)).toEqual(EXPECTED);
    // No number column: the plan prints none.
    expect(plan.columns).toMatchObject({ number: null, name: "Наименование мероприятия", deadline: "Срок исполнения" });
    expect(plan.items[2].notes?.map((n) => n.text)).toEqual(["поле «Мероприятие» отнесено к столбцу «Наименование мероприятия»"]);
    expect(plan.title).toBe("План мероприятий по кадровому обеспечению на 2027 год");
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("paragraphs set apart by blank lines, the name unlabelled; a title set apart between them heads a section", () => {
    const text = [
      "План мероприятий по кадровому обеспечению на 2027 год",
      "",
      "Кадровое планирование",
      "",
      "Провести мониторинг потребности в педагогических кадрах",
      "Срок: до 1 марта 2027 г.",
      "Ответственный: Иванова А.П., начальник отдела кадров",
      "",
      "Сформировать банк вакансий",
      "Срок: ежемесячно",
      "Ответственный: отдел кадров",
      "",
      "Поддержка молодых педагогов",
      "",
      "Провести конкурс «Педагогический дебют»",
      "Срок: II квартал",
      "Ответственный: МКУ «ИМЦ»",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(essence(plan)).toEqual(EXPECTED);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([[null, "Кадровое планирование"], [null, "Поддержка молодых педагогов"]]);
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("no blank line and no label of the name: the label that opens the first item's fields, coming again, opens the next", () => {
    const text = [
      "План мероприятий по кадровому обеспечению на 2027 год",
      "Провести мониторинг потребности в педагогических кадрах",
      "Срок исполнения: до 1 марта 2027 г.",
      "Ответственный: Иванова А.П., начальник отдела кадров",
      "Сформировать банк вакансий",
      "Срок исполнения: ежемесячно",
      "Ответственный: отдел кадров",
      "Провести конкурс «Педагогический",
      "дебют»",
      "Срок исполнения: II квартал",
      "Ответственный: МКУ «ИМЦ»",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(essence(plan)).toEqual(EXPECTED);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("one item a line, no number: «Name. Срок — … Ответственный — …»", () => {
    const text = [
      "План мероприятий по кадровому обеспечению на 2027 год",
      "Провести мониторинг потребности в педагогических кадрах. Срок — до 1 марта 2027 г. Ответственный — Иванова А.П., начальник отдела кадров.",
      "Сформировать банк вакансий. Срок — ежемесячно. Ответственный — отдел кадров.",
      "Провести конкурс «Педагогический дебют». Срок — II квартал. Ответственный — МКУ «ИМЦ».",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(essence(plan)).toEqual(EXPECTED);
  });

  test("a title after a page break (the page number parts the table) still heads the items below", () => {
    const text = [
      "Мероприятие: Семинар для наставников",
      "Срок: март",
      "Ответственный: методист",
      "- 2 -",
      "",
      "Поддержка молодых педагогов",
      "",
      "Мероприятие: Конкурс молодых педагогов",
      "Срок: май",
      "Ответственный: ИМЦ",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.name, i.section])).toEqual([["Семинар для наставников", null], ["Конкурс молодых педагогов", "Поддержка молодых педагогов"]]);
  });

  test("a bulleted list under numbered headings: the headings are sections, each bullet an item, the bullet no word of its name", () => {
    const text = [
      "План мероприятий на 2027 год",
      "1. Кадровое планирование",
      "– Провести мониторинг потребности в педагогических кадрах.",
      "Срок: до 1 марта 2027 г.",
      "Ответственный: Иванова А.П., начальник отдела кадров",
      "– Сформировать банк вакансий.",
      "Срок: ежемесячно",
      "Ответственный: отдел кадров",
      "2. Поддержка молодых педагогов",
      "• Провести конкурс «Педагогический дебют».",
      "Срок: II квартал",
      "Ответственный: МКУ «ИМЦ»",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(essence(plan)).toEqual(EXPECTED);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["1", "Кадровое планирование"], ["2", "Поддержка молодых педагогов"]]);
    expect(plan.items.map((i) => i.section)).toEqual(["1", "1", "2"]);
    expect(lostWords(text, plan).filter((w) => !/^[–•]$/.test(w))).toEqual([]);
  });
});

describe("a bulleted plan's page", () => {
  test("a page number «- 2 -» is furniture, no item; a dash opening a line after a label the line above ends with is its separator", () => {
    const text = [
      "- Семинар для наставников. Ответственные исполнители",
      "- методист ИМЦ. Срок – март.",
      "- 2 -",
      "- Конкурс молодых педагогов. Ответственные исполнители – ИМЦ. Срок – май.",
      "Начальник управления образования ____________ Н.Г. Сорокина",
      "- 3 -",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["Семинар для наставников", "методист ИМЦ", "март"],
      ["Конкурс молодых педагогов", "ИМЦ", "май"],
    ]);
    expect(plan.dropped).toContainEqual(expect.objectContaining({ reason: "page_furniture", text: "- 2 -" }));
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Сорокина/);
    // The rows end at the signature: a page number under it opens no item that would draw the signature into a row.
    const seg = blockRows(text.split("\n").map((t, i) => ({ row: i + 1, text: t })).filter((l) => l.text !== ""));
    expect(seg?.segments.map((s) => [s.kind, s.at])).toEqual([["item", 0], ["item", 3]]);
    expect(seg?.end).toBe(4);
  });
});

describe("mixed wordings in one plan", () => {
  test("two fields on one line, the second's label run on in lower case after a semicolon", () => {
    const text = [
      "1. Провести мониторинг потребности в кадрах.",
      "Срок: до 1 марта 2027 г.",
      "Ответственные: Иванова А.П.",
      "2. Сформировать банк вакансий.",
      "Сроки исполнения — ежемесячно",
      "Ответственный исполнитель — отдел кадров",
      "3. Провести конкурс «Педагогический дебют».",
      "Срок: май 2027 г.; ответственный: Петров И.И.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(fields(plan).map(([n, , d, r]) => [n, d, r])).toEqual([
      ["1", "до 1 марта 2027 г.", "Иванова А.П."],
      ["2", "ежемесячно", "отдел кадров"],
      ["3", "май 2027 г.", "Петров И.И."],
    ]);
    expect(plan.items[2].notes?.map((n) => n.text)).toEqual(["поле «ответственный» отнесено к столбцу «Ответственные»"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("the last item's «Исполнитель — Т.И. Гусева», a name alone as a signature has it, stays the item's where its next field follows", () => {
    const text = [
      "1. Семинар для наставников",
      "Срок исполнения — март",
      "Ответственный — методист",
      "2. Конкурс молодых педагогов",
      "Исполнитель — Т.И. Гусева",
      "Срок исполнения — согласно плану",
      "",
      "Начальник управления образования ____________ Н.Г. Сорокина",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(fields(plan)[1]).toEqual(["2", "Конкурс молодых педагогов", "согласно плану", "Т.И. Гусева", ""]);
    expect(plan.meta.signatureBlock).toEqual(["Начальник управления образования ____________ Н.Г. Сорокина"]);
  });

  test("a lower-case phrase with a dash inside a value is no label: «…; ответственный секретарь – Петров»", () => {
    const text = [
      "1. Совещание. Срок: март. Ответственные: Иванова А.П.; ответственный секретарь – Петров И.И.",
      "2. Семинар. Срок: апрель. Ответственные: методист ИМЦ",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items[0].responsible.text).toBe("Иванова А.П.; ответственный секретарь – Петров И.И.");
  });
});

describe("withoutSeparator: a field's closing mark", () => {
  test.each([
    ["аналитическая справка.", "аналитическая справка"],
    ["руководители ОО.", "руководители ОО"],
    ["МКУ «ИМЦ».", "МКУ «ИМЦ»"],
    ["до 15.05.2027.", "до 15.05.2027"],
    ["отдел кадров;", "отдел кадров"],
    ["сентябрь 2027 г.", "сентябрь 2027 г."],
    ["Петров И.И.", "Петров И.И."],
    ["100 тыс. руб.", "100 тыс. руб."],
    ["и др.", "и др."],
    ["Протокол", "Протокол"],
  ])("%s → %s", (text, expected) => expect(withoutSeparator(text)).toBe(expected));
});

describe("labels run on in the item's sentence (issue 13, typed in a hurry)", () => {
  test("lower-case labels after the dash that ends the name and after the commas between fields", () => {
    const text = [
      "План мероприятий на 2027 год",
      "",
      "1.1. Провести мониторинг потребности в педагогических кадрах – срок: до 1 марта 2027 г., ответственный: Иванов И.И.",
      "1.2. Сформировать банк вакансий — срок: апрель 2027 г.; ответственные: Петрова А.А., методист МКУ «ИМЦ»; результат: банк вакансий",
      "1.3. Организовать стажировку молодых специалистов – срок: в течение года, ответственный: Сидоров П.П.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(fields(plan)).toEqual([
      ["1.1", "Провести мониторинг потребности в педагогических кадрах", "до 1 марта 2027 г.", "Иванов И.И.", ""],
      ["1.2", "Сформировать банк вакансий", "апрель 2027 г.", "Петрова А.А., методист МКУ «ИМЦ»", "банк вакансий"],
      ["1.3", "Организовать стажировку молодых специалистов", "в течение года", "Сидоров П.П.", ""],
    ]);
    // The header is the label as a caption prints it.
    expect(plan.columns).toMatchObject({ deadline: "Срок", responsible: "Ответственный", result: "Результат" });
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("a comma or a dash before a lower-case phrase with no colon is no label: «…, ответственных за наставничество»", () => {
    const text = [
      "1. Совещание руководителей – срок: март, ответственный: Иванова А.П.",
      "2. Семинар для педагогов, ответственных за наставничество – срок: апрель, ответственный: методист ИМЦ",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items[1].name).toBe("Семинар для педагогов, ответственных за наставничество");
  });
});

describe("labelled blocks with nothing between them (issue 13, typed in a hurry)", () => {
  test("a title right between a field and the next item's label, no blank line around it, heads the items below", () => {
    const text = [
      "План мероприятий на 2027 год",
      "",
      "Кадровое обеспечение",
      "Мероприятие: Проведение семинара для молодых педагогов",
      "Срок: до 1 марта 2027 г.",
      "Ответственный: Иванов И.И.",
      "Мероприятие: Организация работы наставников",
      "Срок: апрель 2027 г.",
      "Ответственный: Петрова А.А.",
      "Методическое сопровождение",
      "Мероприятие: Провести конкурс «Педагог года»",
      "Срок: май 2027 г.",
      "Ответственный: Козлов К.К.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.section, i.responsible.text])).toEqual([
      ["Кадровое обеспечение", "Иванов И.И."],
      ["Кадровое обеспечение", "Петрова А.А."],
      ["Методическое сопровождение", "Козлов К.К."],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a bullet under a title: the title and the bullet's dash are no label and its value", () => {
    const text = [
      "Информационное сопровождение",
      "– Семинар для наставников – срок: март, ответственный: методист",
      "– Конкурс молодых педагогов – срок: май, ответственный: Гусева Т.И.",
      "Поддержка молодых педагогов",
      "– Слёт молодых педагогов – срок: июнь, ответственный: Орлов И.Г.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.section, i.name, i.deadline.text])).toEqual([
      ["Информационное сопровождение", "Семинар для наставников", "март"],
      ["Информационное сопровождение", "Конкурс молодых педагогов", "май"],
      ["Поддержка молодых педагогов", "Слёт молодых педагогов", "июнь"],
    ]);
  });

  test("names alone, no blank line, each item's fields in its own order: an item opens where a field comes again", () => {
    const text = [
      "Провести мониторинг потребности в кадрах",
      "Ответственные — методист",
      "ИРО",
      "Результат — аналитическая справка",
      "Срок — март",
      "Сформировать банк вакансий",
      "Результат — банк вакансий",
      "Ответственные — отдел кадров",
      "Срок — апрель",
      "Провести конкурс «Педагог года»",
      "Срок — май",
      "Ответственные — Гусева Т.И.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.name, i.deadline.text, i.responsible.text.replace(/\s+/g, " "), i.result])).toEqual([
      ["Провести мониторинг потребности в кадрах", "март", "методист ИРО", "аналитическая справка"],
      ["Сформировать банк вакансий", "апрель", "отдел кадров", "банк вакансий"],
      ["Провести конкурс «Педагог года»", "май", "Гусева Т.И.", ""],
    ]);
  });

  test("names alone, nothing between items: a title-like line right over a name is read as a heading and noted on the item", () => {
    const text = [
      "Проведение семинара для наставников",
      "Срок: до 1 марта 2027 г.",
      "Ответственный: Иванов И.И.",
      "Организация работы",
      "Центра непрерывного повышения мастерства",
      "Срок: апрель 2027 г.",
      "Ответственный: Петрова А.А.",
      "Провести конкурс «Педагог года»",
      "Срок: май 2027 г.",
      "Ответственный: Козлов К.К.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.section, i.name])).toEqual([
      [null, "Проведение семинара для наставников"],
      ["Организация работы", "Центра непрерывного повышения мастерства"],
      ["Организация работы", "Провести конкурс «Педагог года»"],
    ]);
    expect(plan.items[1].notes?.map((n) => n.text)).toEqual(["строка «Организация работы» над пунктом прочитана как заголовок раздела; она может быть началом наименования пункта"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a name alone broken by Enter after a preposition or an adjective, its second line capitalised, is one name", () => {
    const text = [
      "Проведение семинара для",
      "Молодых педагогов района",
      "Срок: до 1 марта 2027 г.",
      "Ответственный: Иванов И.И.",
      "Организация стажировки молодых",
      "Специалистов в опорных школах",
      "Срок: апрель 2027 г.",
      "Ответственный: Петрова А.А.",
      "Провести конкурс «Педагог года»",
      "Срок: май 2027 г.",
      "Ответственный: Козлов К.К.",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.name.replace(/\s+/g, " "), i.responsible.text])).toEqual([
      ["Проведение семинара для Молодых педагогов района", "Иванов И.И."],
      ["Организация стажировки молодых Специалистов в опорных школах", "Петрова А.А."],
      ["Провести конкурс «Педагог года»", "Козлов К.К."],
    ]);
  });
});

describe("an item with no labelled field", () => {
  test("is kept with its name and noted: it may be bare as typed, or lines of a heading or a neighbour glued to it", () => {
    const text = [
      "1. Провести мониторинг потребности в кадрах",
      "Срок: март",
      "Ответственный: Иванов И.И.",
      "2. Провести совещание руководителей",
      "3. Организовать стажировку",
      "Ответственный: Сидоров П.П.",
      "Срок: в течение",
      "года",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(fields(plan)).toEqual([
      ["1", "Провести мониторинг потребности в кадрах", "март", "Иванов И.И.", ""],
      ["2", "Провести совещание руководителей", "", "", ""],
      ["3", "Организовать стажировку", "в течение года", "Сидоров П.П.", ""],
    ]);
    expect(plan.items.map((i) => (i.notes ?? []).map((n) => n.code))).toEqual([[], ["possibly_incomplete"], []]);
  });
});
