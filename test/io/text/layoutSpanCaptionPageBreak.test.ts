import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * A programme's plan printed by Writer through `pdftotext -layout`: «Сроки реализации» merged over «дата начала | дата
 * окончания», whose «окончания» wraps under its «дата» and starts left of it, inside the merged caption's reach; a
 * row cut by the page break, the header printed again (regrouped into other lines) between its first line and the rest.
 */
describe("layout text: a merged caption's sub-column wrapping left, a row cut by a page break", () => {
  const plan = read(
    [
      "            План работы по развитию кадрового потенциала педагогических работников на 2026 год",
      "",
      "                                                          Сроки реализации                 Объём",
      " N                                                                                      финансиро",
      "             Мероприятие              Исполнитель                         дата                            Результат",
      "п/п                                                   дата начала                       вания (тыс.",
      "                                                                        окончания",
      "                                                                                          рублей)",
      " 1                  2                        3             4                 5               6                 7",
      "1. Развитие системы наставничества",
      "1.1. Разработка и утверждение      руководители       в течение года                    –             Приказ",
      "      базы данных вакантных        образовательных                                                    управления",
      "      должностей педагогических    организаций                                                        образования",
      "      работников",
      "Раздел 2. Привлечение молодых специалистов",
      "2.1   Формирование диагностики     ИРО                В течении года                    –             Протокол",
      "      профессиональных дефицитов                      (ежеквартально)                                 заседания",
      "      учителей                                                                                        комиссии",
      "2.3   Организация и проведение     заместитель                         к 18 августа     9 127,1       Информация на",
      "\f                                                             Сроки реализации          Объём",
      " N",
      "             Мероприятие                Исполнитель                      дата       финансиро       Результат",
      "п/п                                                       дата начала",
      "                                                                       окончания    вания (тыс.",
      " 1                  2                         3                4           5          рублей)",
      "                                                                                         6              7",
      "      методических семинаров для     начальника                                                   официальном",
      "      молодых специалистов           управления                                                   сайте",
      "                                     образования, РМО",
      "",
      "Начальник управления образования ____________ Н.Г. Сорокина"
    ].join("\n"),
  );

  test("the header takes the sub-caption's wrapped line: both sub-columns are named whole, and the repeat is no row", () => {
    expect(plan.columns.extra).toEqual(["Сроки реализации дата окончания", "Объём финансирования (тыс. рублей)"]);
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "2.1", "2.3"]);
  });

  test("the row cut by the page break is one item, its lines after the repeated header its own", () => {
    const cut = plan.items.find((i) => i.number === "2.3")!;
    expect([cut.name, cut.responsible.text, cut.deadline.text, cut.extra["Объём финансирования (тыс. рублей)"]]).toEqual([
      "Организация и проведение методических семинаров для молодых специалистов",
      "заместитель начальника управления образования, РМО",
      "к 18 августа",
      "9 127,1",
    ]);
  });
});
