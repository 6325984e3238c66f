import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A Word plan saved as text by Writer («Файл → Сохранить как → Текст»): a line per cell paragraph, an empty line per
 * empty cell (and per caption merged down, under the header's second row), nothing between cells or rows.
 */
const WRITER_TEXT = [
  "План мероприятий по кадровому обеспечению образовательных организаций на 2027–2028 годы",
  "№ п/п",
  "Наименование мероприятия",
  "Ответственные исполнители",
  "Срок реализации",
  "Источник финансирования",
  "Объём финансирования, тыс. руб.",
  "Ожидаемый результат",
  "",
  "",
  "",
  "начала",
  "окончания",
  "",
  "",
  "",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "Раздел 1. Привлечение педагогов",
  "1.1.",
  "Выплата единовременного пособия молодым специалистам",
  "Управление образования,",
  "руководители общеобразовательных организаций",
  "январь 2027 г.",
  "декабрь 2028 г.",
  "областной бюджет",
  "местный бюджет",
  "1 620,0",
  "180,0",
  "не менее 10 выплат ежегодно",
  "1.2.",
  "Мониторинг вакансий педагогических работников",
  "МКУ «Информационно-методический центр»",
  "ежемесячно",
  "не требуется",
  "–",
  "банк вакансий на сайте",
  "1.3.",
  "Заключение договоров о целевом обучении",
  "Управление образования",
  "март 2027 г.",
  "май 2027 г.",
  "не требуется",
  "–",
  "",
  "Наставничество",
  "1.4.",
  "Закрепление наставников за молодыми педагогами",
  "Руководители общеобразовательных организаций",
  "сентябрь 2027 г.",
  "октябрь 2027 г.",
  "не требуется",
  "–",
  "приказы о наставничестве",
  "1.5.",
  "Семинар для наставников",
  "МКУ «Информационно-методический центр»",
  "II квартал 2027 г.",
  "III квартал 2027 г.",
  "местный бюджет",
  "45,0",
  "проведено не менее 2 семинаров",
  "",
  "Начальник управления образования Т.В. Мальцева",
].join("\n");

const read = (text: string) => structureOrFail(readTextDocument(text, "plan.txt"));

describe("a Word table saved as text: a line per paragraph, an empty line per empty cell", () => {
  test("cells of several paragraphs, uncatalogued columns, a deadline merged over its start and end, a title between rows", () => {
    const plan = read(WRITER_TEXT);
    expect(plan.meta.format).toBe("paragraphs");
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.kind, i.deadline.start, i.deadline.end, i.result])).toEqual([
      ["1.1", "Выплата единовременного пособия молодым специалистам", "Управление образования,\nруководители общеобразовательных организаций", "period", "2027-01-01", "2028-12-31", "не менее 10 выплат ежегодно"],
      ["1.2", "Мониторинг вакансий педагогических работников", "МКУ «Информационно-методический центр»", "recurring", "2027-01-01", "2028-12-31", "банк вакансий на сайте"],
      ["1.3", "Заключение договоров о целевом обучении", "Управление образования", "period", "2027-03-01", "2027-05-31", ""],
      ["1.4", "Закрепление наставников за молодыми педагогами", "Руководители общеобразовательных организаций", "period", "2027-09-01", "2027-10-31", "приказы о наставничестве"],
      ["1.5", "Семинар для наставников", "МКУ «Информационно-методический центр»", "period", "2027-04-01", "2027-09-30", "проведено не менее 2 семинаров"],
    ]);
    // Two sources of funding and their two sums stay in their own columns, a paragraph each.
    const funding = (extra: Readonly<Record<string, string>>) => Object.entries(extra).filter(([k]) => /финансирования/.test(k)).map(([, v]) => v.replace(/\s+/g, " "));
    expect(plan.items.map((i) => funding(i.extra))).toEqual([
      ["областной бюджет местный бюджет", "1 620,0 180,0"],
      ["не требуется", "–"],
      ["не требуется", "–"],
      ["не требуется", "–"],
      ["местный бюджет", "45,0"],
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(expect.arrayContaining(["Наставничество"]));
    expect(plan.items[3].section).not.toBe(plan.items[2].section);
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Мальцева/);
    expect(lostWords(WRITER_TEXT, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("one cell per line with the empty cells left out (a page copied) is not read so: its rows fall short", () => {
    const copied = WRITER_TEXT.split("\n").filter((l) => l.trim() !== "").join("\n");
    expect(read(copied).meta.format).not.toBe("paragraphs");
  });

  test("an executors' cell merged down over the items that share it: the rows under it an empty line, the cell taken from above with a note", () => {
    const row = (n: number, executors: string) => [`${n}.`, `Мероприятие номер ${n} по кадровому обеспечению`, `до ${n} марта 2027 г.`, executors, `отчёт ${n}`];
    const text = [
      "№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные исполнители", "Ожидаемый результат",
      ...row(1, "Управление образования"), ...row(2, "МКУ «Методический центр»"), ...row(3, "Комитет финансов"),
      ...row(4, "Управление образования"), ...row(5, ""), ...row(6, ""), ...row(7, "Руководители ОО"), ...row(8, "Отдел кадров"),
      "", "Начальник управления образования Т.В. Мальцева",
    ].join("\n");
    const plan = read(text);
    expect(plan.meta.format).toBe("paragraphs");
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["Управление образования", "МКУ «Методический центр»", "Комитет финансов", "Управление образования", "Управление образования", "Управление образования", "Руководители ОО", "Отдел кадров"]);
    expect(plan.items.map((i) => i.notes?.some((n) => n.code === "merged_continuation") ?? false)).toEqual([false, false, false, false, true, true, false, false]);
  });
});
