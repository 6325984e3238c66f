import { drawnHeaderColumns } from "../../../../src/core/plan/lines/headerColumns";
import { cutSpan, partsAtSpanEnds } from "../../../../src/core/plan/lines/spanCut";
import { namesAmount, partsAtAmount, readsAsAmounts } from "../../../../src/core/plan/lines/amountCells";
import { oneLineCellsApart } from "../../../../src/core/plan/lines/oneLineCells";
import type { PlanKey } from "../../../../src/core/plan/columns/columnCatalogue";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

const ALL = new Set<PlanKey>(["number", "name", "responsible", "deadline", "result"]);
const shown = (lines: string[], count: number) => drawnHeaderColumns(lines, count, ALL)?.map((c) => `${c.key ?? ("spanEnd" in c && c.spanEnd ? "end" : "extra")}:${c.caption}`);

describe("a two-row header in drawing order: a caption merged over «начала | окончания», the numbers counting eight columns", () => {
  const EIGHT = ["Срок реализации начала", "Срок реализации окончания", "Источник финансирования", "Объём финансирования, тыс. руб."];

  test("the sub-captions' line, drawn after the first row's captions, spreads the deadline over two columns", () => {
    const lines = ["№", "п/п", "Наименование мероприятия", "Ответственный", "исполнитель", "Срок реализации", "Источник", "финансирования", "Объём", "финансирования,", "тыс. руб.", "Ожидаемый", "результат", "начала окончания"];
    expect(shown(lines, 8)).toEqual(["number:№ п/п", "name:Наименование мероприятия", "responsible:Ответственный исполнитель", `deadline:${EIGHT[0]}`, `end:${EIGHT[1]}`, `extra:${EIGHT[2]}`, `extra:${EIGHT[3]}`, "result:Ожидаемый результат"]);
  });

  test("a viewer's copy runs captions of one baseline together («п/п Наименование мероприятия», «Срок реализации Источник»)", () => {
    const lines = ["№", "п/п Наименование мероприятия", "Ответственный", "исполнитель", "Срок реализации Источник", "финансирования", "Объём", "финансирования,", "тыс. руб.", "Ожидаемый", "результат", "начала окончания"];
    expect(shown(lines, 8)?.slice(3, 7)).toEqual([`deadline:${EIGHT[0]}`, `end:${EIGHT[1]}`, `extra:${EIGHT[2]}`, `extra:${EIGHT[3]}`]);
  });

  test("numbers that count the columns otherwise leave the header unread", () => {
    expect(shown(["№", "Наименование мероприятия", "Срок реализации", "Ответственный", "Результат", "начала окончания"], 8)).toBeUndefined();
  });
});

describe("a span's two cells of one line each, run on in one line", () => {
  test("its ends are cut between the words where no place between lines is one", () => {
    expect(cutSpan(["2031 2033"])).toEqual({ start: ["2031"], end: ["2033"] });
    expect(cutSpan(["январь", "2031 г.", "декабрь", "2033 г."])).toEqual({ start: ["январь", "2031 г."], end: ["декабрь", "2033 г."] });
    // Two dates with nothing between them are the two cells (a sheet's dates, one per column, on one baseline); a span
    // or a list the text writes as one («–», «по», a comma) stays whole.
    expect(cutSpan(["01.09.2031 31.12.2033"])).toEqual({ start: ["01.09.2031"], end: ["31.12.2033"] });
    expect(cutSpan(["01.09.2031 – 31.12.2033"])).toBeNull();
    expect(cutSpan(["с 01.09.2031 по 31.12.2033"])).toBeNull();
    expect(cutSpan(["20.01.2032, 25.01.2032"])).toBeNull();
    expect(cutSpan(["ежеквартально"])).toBeNull();
  });

  test("no end opens with a year's mark wrapped below its year («март 2031» / «г.»)", () => {
    expect(cutSpan(["март 2031", "г.", "ноябрь", "2033 г."])).toEqual({ start: ["март 2031", "г."], end: ["ноябрь", "2033 г."] });
  });

  test("a line that opens with both ends parts them from the next cell's first line", () => {
    expect(partsAtSpanEnds("01.09.2031 31.12.2033 местный бюджет")).toEqual(["01.09.2031", "31.12.2033", "местный бюджет"]);
    expect(partsAtSpanEnds("2031 2033 областной")).toEqual(["2031", "2033", "областной"]);
    expect(partsAtSpanEnds("январь 2031 г. декабрь 2033 г. сводный перечень")).toEqual(["январь 2031 г.", "декабрь 2033 г.", "сводный перечень"]);
    expect(partsAtSpanEnds("2031 2033")).toBeNull();
    expect(partsAtSpanEnds("Проведение конкурса в 2031 году")).toBeNull();
  });
});

describe("a column of money: a sum run on into the next cell's first line", () => {
  test("the caption names money", () => {
    expect(namesAmount("Объём финансирования, тыс. руб.")).toBe(true);
    expect(namesAmount("Сумма, тыс. рублей")).toBe(true);
    expect(namesAmount("Источник финансирования")).toBe(false);
  });

  test("a sum with a decimal comma, or a dash opening the line, comes off; the rest opens the next cell", () => {
    expect(partsAtAmount({ row: 7, text: "местный бюджет 1 296,0 стипендию" })?.map((l) => [l.text, l.opensCell ?? false])).toEqual([
      ["местный бюджет", false],
      ["1 296,0", false],
      ["стипендию", true],
    ]);
    expect(partsAtAmount({ row: 7, text: "– сводный перечень" })?.map((l) => l.text)).toEqual(["–", "сводный перечень"]);
  });

  test("a dash before a deadline is the span's, its end wrapped, unless the deadline's column follows the money's", () => {
    expect(partsAtAmount({ row: 7, text: "– январь 2027 года" }, false)).toBeNull();
    expect(partsAtAmount({ row: 7, text: "– январь 2027 года" }, true)?.map((l) => l.text)).toEqual(["–", "январь 2027 года"]);
    expect(partsAtAmount({ row: 7, text: "– сводный перечень" }, false)?.map((l) => l.text)).toEqual(["–", "сводный перечень"]);
  });

  test("a share, a dash inside a phrase and a total's sum ending its line stay", () => {
    expect(partsAtAmount({ row: 1, text: "охват не менее 60,0 % педагогов" })).toBeNull();
    expect(partsAtAmount({ row: 1, text: "«Профессия – учитель» с" })).toBeNull();
    expect(partsAtAmount({ row: 1, text: "Итого по подпрограмме 1 5 808,5" })).toBeNull();
  });

  test("sums alone read as sums", () => {
    expect(readsAsAmounts("1 620,0 180,0")).toBe(true);
    expect(readsAsAmounts("–")).toBe(true);
    expect(readsAsAmounts("не менее 15")).toBe(false);
  });

  test("a deadline's month run on after a cell of one line comes off where its year stands on the next line", () => {
    const lines = [{ row: 1, text: "МКУ «ГИМЦ» февраль" }, { row: 2, text: "2031 г." }];
    expect(oneLineCellsApart(lines, 0, 2, [{ key: "deadline", caption: "Срок" }])?.map((l) => l.text)).toEqual(["МКУ «ГИМЦ»", "февраль", "2031 г."]);
    expect(oneLineCellsApart([{ row: 1, text: "Конкурс «Учитель года»" }, { row: 2, text: "2031 г." }], 0, 2, [{ key: "deadline", caption: "Срок" }])).toBeNull();
  });
});

/**
 * A municipal programme's plan printed by Writer, in drawing order (pdftotext -raw, a browser's copy): eight columns,
 * the deadline in two under «Срок реализации» merged over «начала | окончания», the source and the sum of funding as
 * extra columns. Cells of one line stand on the row's first baseline with the next cell's first line.
 */
const PROGRAMME = [
  "План реализации программы «Кадры для школ» на 2028–2030 годы",
  "№",
  "п/п",
  "Наименование мероприятия",
  "Ответственный",
  "исполнитель",
  "Срок реализации Источник",
  "финансирования",
  "Объём",
  "финансирования,",
  "тыс. руб.",
  "Ожидаемый",
  "результат",
  "начала окончания",
  "1 2 3 4 5 6 7 8",
  "1. Мониторинг вакансий в",
  "школах района",
  "Отдел",
  "образования",
  "январь",
  "2028 г.",
  "декабрь",
  "2030 г.",
  "без",
  "финансирования",
  "– сводный перечень",
  "вакансий",
  "2. Выплата подъёмных",
  "молодым учителям",
  "Отдел",
  "образования",
  "01.09.2028 31.12.2030 местный бюджет 1 250,0 выплату получили",
  "не менее 10",
  "учителей",
  "3. Конкурс молодых",
  "педагогов",
  "Методический центр март",
  "2028 г.",
  "ноябрь",
  "2030 г.",
  "местный бюджет 150,0 ежегодно в",
  "конкурсе участвуют",
  "20 педагогов",
  "4. Стажировки учителей",
  "в школах-лидерах",
  "Методический",
  "центр",
  "I квартал",
  "2029 г.",
  "IV квартал",
  "2030 г.",
  "без",
  "финансирования",
  "– стажировку прошли",
  "30 учителей",
].join("\n");

describe("a programme's plan in drawing order with its deadline in two columns and funding beside it", () => {
  const plan = structureOrFail(readTextDocument(PROGRAMME, "plan.txt"));

  test("the deadline is the span from the start's cell to the end's", () => {
    expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end])).toEqual([
      ["1", "period", "2028-01-01", "2030-12-31"],
      ["2", "period", "2028-09-01", "2030-12-31"],
      ["3", "period", "2028-03-01", "2030-11-30"],
      ["4", "period", "2029-01-01", "2030-12-31"],
    ]);
  });

  test("the funding's source and sum are extra columns, parted from the cells they ran on with", () => {
    const funding = (n: string) => {
      const item = plan.items.find((i) => i.number === n)!;
      return [item.extra["Источник финансирования"], item.extra["Объём финансирования, тыс. руб."], item.result];
    };
    expect(funding("1")).toEqual(["без финансирования", "–", "сводный перечень вакансий"]);
    expect(funding("2")).toEqual(["местный бюджет", "1 250,0", "выплату получили не менее 10 учителей"]);
    expect(funding("3")).toEqual(["местный бюджет", "150,0", "ежегодно в конкурсе участвуют 20 педагогов"]);
    expect(plan.items.find((i) => i.number === "3")!.responsible.text).toBe("Методический центр");
    expect(lostWords(PROGRAMME, plan)).toEqual([]);
  });
});
