import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";
import { lostWords } from "../../corpus/planProperties";

/**
 * A municipal programme's plan printed by Writer and read by `pdftotext -layout` (from gornozavodsky-2031): the
 * title's last line centred right over the header, «Срок реализации» merged over «начала | окончания» with the end's
 * caption one space before the wrapped caption of the next column («окончания финансирования»), two extra columns
 * whose captions wrap («Источник / финансирования», «Объём / финансирования, / тыс. руб.»), the column numbers under
 * the header; a row cut by the page break, and on the next page the header and numbers again, clipped: the captions'
 * last lines fall on the numbers' line, and «тыс. руб.» over «7» comes out as one word «тыс.7руб.».
 */
const TEXT = [
  "                                  План реализации муниципальной программы",
  "               «Кадровое обеспечение системы образования Горнозаводского муниципального округа»",
  "                                               на 2031–2033 годы",
  "                                          Ответственный         Срок реализации                          Объём           Ожидаемый",
  "№                                                                                       Источник",
  "        Наименование мероприятия           исполнитель,                                              финансирования, непосредственный",
  "п/п                                                            начала    окончания финансирования",
  "                                          соисполнители                                                 тыс. руб.         результат",
  "  1                   2                          3               4           5              6               7                 8",
  "                                     Подпрограмма 1. Привлечение и закрепление педагогических кадров",
  "1.1.1 Инвентаризация вакантных        Управление               январь     декабрь          без              –        сводный перечень",
  "      ставок учителей и воспитателей  образования              2031 г.     2033 г.   финансирования                  вакансий по",
  "      с разбивкой по учебным          администрации                                                                  состоянию на 1",
  "      предметам и населённым          Горнозаводского                                                                сентября каждого",
  "      пунктам округа                  муниципального округа                                                          года",
  "                                      (далее – Управление",
  "                                      образования),",
  "                                      руководители",
  "                                      муниципальных",
  "                                      образовательных",
  "                                      организаций",
  "1.1.2 Заключение договоров о          Управление             I квартал IV квартал          без              –        заключено не",
  "      целевом обучении по             образования,             2031 г.     2033 г.   финансирования                  менее 15 договоров",
  "      программам бакалавриата         общеобразовательные                                                            о целевом",
  "      педагогической направленности организации                                                                      обучении за",
  "      с выпускниками школ округа                                                                                     период реализации",
  "\f№                                           Ответственный          Срок реализации            Источник          Объём             Ожидаемый",
  "          Наименование мероприятия",
  "п/п                                          исполнитель,         начала    окончания      финансирования   финансирования,    непосредственный",
  " 1                    2                     соисполнители",
  "                                                  3                 4           5                6             тыс.7руб.           результат",
  "                                                                                                                                       8",
  "                                                                                                                              программы",
  "1.1.3   Выплата дополнительной           Управление              01.09.2031   31.12.2033   местный бюджет       1 296,0       стипендию",
  "        ежемесячной стипендии            образования                                                                          получают не менее",
  "        студентам, обучающимся по                                                                                             12 студентов в",
  "        договорам о целевом обучении с                                                                                        каждом учебном",
  "        образовательными                                                                                                      году",
  "        организациями округа",
].join("\n");

describe("layout text of a programme plan: a span deadline, extra columns, a repeated clipped header", () => {
  const doc = readText(TEXT, "plan.txt", ".txt");
  const plan: Plan = structureOrFail(doc);

  test("the title's last line stays the title's; the wrapped captions are read whole", () => {
    expect(plan.title).toContain("на 2031–2033 годы");
    expect(plan.columns.responsible).toBe("Ответственный исполнитель, соисполнители");
    expect(plan.columns.extra).toEqual(["Срок реализации окончания", "Источник финансирования", "Объём финансирования, тыс. руб."]);
  });

  test("each deadline's start and end cells stay apart and make one period; the page's header is no item", () => {
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.deadline.start, i.deadline.end, i.responsible.text])).toEqual([
      ["1.1.1", "январь 2031 г. – декабрь 2033 г.", "2031-01-01", "2033-12-31", "Управление образования администрации Горнозаводского муниципального округа (далее – Управление образования), руководители муниципальных образовательных организаций"],
      ["1.1.2", "I квартал 2031 г. – IV квартал 2033 г.", "2031-01-01", "2033-12-31", "Управление образования, общеобразовательные организации"],
      ["1.1.3", "01.09.2031 – 31.12.2033", "2031-09-01", "2033-12-31", "Управление образования"],
    ]);
    expect(plan.items.map((i) => i.extra?.["Источник финансирования"])).toEqual(["без финансирования", "без финансирования", "местный бюджет"]);
    expect(plan.items.map((i) => i.extra?.["Объём финансирования, тыс. руб."])).toEqual(["–", "–", "1 296,0"]);
  });

  test("the repeated header is dropped as such; the cut row's rest under it goes on with the row", () => {
    expect(plan.dropped.filter((d) => d.reason === "repeated_header").length).toBeGreaterThan(0);
    expect(plan.items[1].result).toBe("заключено не менее 15 договоров о целевом обучении за период реализации программы");
    // The page's header is read as the first page's (its characters are, its words are not: «тыс.7руб.»).
    expect(lostWords(doc, plan)).toEqual([]);
  });
});
