import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A web page printed to PDF by Chromium and its text copied in drawing order (pdftotext -raw, a PDF viewer): the
 * browser's head and foot come after each page's last row, in the format of the browser's language; the page's table
 * header repeats on every page; the number's caption «N п/п» in a narrow column wraps after «N».
 */
const rowsOf = (text: string) => {
  const plan = structureOrFail(readTextDocument(text, "plan.txt"));
  expect(lostWords(text, plan)).toEqual([]);
  return { plan, rows: plan.items.map((i) => [i.number, i.name.replace(/\s+/g, " "), i.responsible.text.replace(/\s+/g, " "), i.deadline.text.replace(/\s+/g, " "), i.result.replace(/\s+/g, " ")]) };
};

describe("a web page's print in drawing order", () => {
  test("an English browser's head «12/1/26, 4:43 PM» without a title and its foot end the last row; the one-line sign-off above them is no cell", () => {
    const text = [
      "План мероприятий по привлечению педагогов в сельские школы на 2027 год",
      "№ Мероприятие Срок Исполнитель Результат",
      "1.", "Ярмарка вакансий для", "выпускников педвуза", "апрель 2027 г. Отдел кадров УО", "Трудоустроено не менее 5", "выпускников",
      "2.", "Предоставление служебного", "жилья", "до 1 сентября", "2027 г.", "Администрация района,", "главы поселений", "Жильё предоставлено 4", "педагогам",
      "Начальник управления образования И.П. Сергеева",
      "12/1/26, 4:43 PM",
      "file:///C:/Users/Metodist/Downloads/plan.html 1/1",
    ].join("\n");
    const { plan, rows } = rowsOf(text);
    expect(rows[1]).toEqual(["2", "Предоставление служебного жилья", "Администрация района, главы поселений", "до 1 сентября 2027 г.", "Жильё предоставлено 4 педагогам"]);
    // The head and foot under the sign-off are the page's, not the signing's.
    expect(plan.dropped.filter((d) => d.row >= 18).map((d) => [d.reason, d.text])).toEqual([
      ["signature", "Начальник управления образования И.П. Сергеева"],
      ["page_furniture", "12/1/26, 4:43 PM"],
      ["page_furniture", "file:///C:/Users/Metodist/Downloads/plan.html 1/1"],
    ]);
    expect(plan.meta.signatureBlock).toEqual(["Начальник управления образования И.П. Сергеева"]);
  });


  const HEADER = ["N", "п/п", "Мероприятие Исполнитель Срок Результат"];
  const head = (page: number) => [`7/9/26, 3:55 PM План работы по развитию кадрового потенциала на 2026 год`, `https://obrazovanie-8.ru/documents/plan-100.html ${page}/2`];

  test("«N» wrapped over «п/п» is the header's, on the first page and where the next page repeats it: the row before keeps its cells", () => {
    const text = [
      "План работы по развитию кадрового", "потенциала на 2026 год",
      ...HEADER,
      "1.1.", "Разработка базы данных", "вакантных должностей", "руководители ОО", "в течение года", "Приказ",
      "1.2.", "Проведение семинаров для молодых", "специалистов", "заместитель начальника", "управления образования, РМО", "к 18 августа", "Информация на", "официальном", "сайте",
      ...head(1),
      ...HEADER,
      "1.3.", "Актуализация курсов повышения", "квалификации", "Волкова М.Ю.,", "методист", "по плану", "заседаний РУМО", "Протокол заседания",
      "Начальник управления образования ____________ Н.Г. Сорокина",
      ...head(2),
    ].join("\n");
    const { rows, plan } = rowsOf(text);
    expect(rows.map((r) => r[0])).toEqual(["1.1", "1.2", "1.3"]);
    expect(rows[1]).toEqual(["1.2", "Проведение семинаров для молодых специалистов", "заместитель начальника управления образования, РМО", "к 18 августа", "Информация на официальном сайте"]);
    // The page's head and foot, then the header again from its «N» (line 23) on.
    expect(plan.dropped.filter((d) => d.row >= 21 && d.row <= 23).map((d) => [d.row, d.reason])).toEqual([[21, "page_furniture"], [22, "page_furniture"], [23, "repeated_header"]]);
  });

  test("a wrapped title naming a column («План мероприятий …») over the header is no header line", () => {
    const text = [
      "План мероприятий («дорожная карта») по кадровому", "обеспечению системы образования города Каменска на 2026", "год",
      "№ Период", "реализации Наименование мероприятия Ответственные", "исполнители Результаты",
      "1.1 Июль – сентябрь", "2026 года", "Мониторинг аттестации", "педагогических работников", "РМО", "Информация на", "официальном сайте",
      "1.2 ежемесячно до 5", "числа", "Актуализация работы", "методических объединений", "ОО", "Информация на", "официальном сайте",
      "1.3 до 3 мая 2026", "года", "Разработка методических", "семинаров", "ЦРО, методист", "Приказ",
    ].join("\n");
    const { plan, rows } = rowsOf(text);
    expect(rows).toEqual([
      ["1.1", "Мониторинг аттестации педагогических работников", "РМО", "Июль – сентябрь 2026 года", "Информация на официальном сайте"],
      ["1.2", "Актуализация работы методических объединений", "ОО", "ежемесячно до 5 числа", "Информация на официальном сайте"],
      ["1.3", "Разработка методических семинаров", "ЦРО, методист", "до 3 мая 2026 года", "Приказ"],
    ]);
    expect(plan.title?.replace(/\s+/g, " ")).toMatch(/^План мероприятий \(«дорожная карта»\) по кадровому обеспечению/);
  });
});
