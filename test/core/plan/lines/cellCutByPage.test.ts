import { assignColumns, endsOf, type RowLine } from "../../../../src/core/plan/lines/assignColumns";
import { segmentRows, type Line } from "../../../../src/core/plan/lines/segmentRows";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

const rowLines = (texts: readonly string[]): RowLine[] => texts.map((text) => ({ text, gapBefore: false }));
const COLUMNS = ["name", "responsible", "deadline", "result"] as const;

/**
 * A row cut by a page break in drawing order (Writer's print through pdftotext -raw, Firefox's copy): the page draws
 * each cell's lines down to its foot, and after the page's furniture and the header again the cells the break cut go
 * on. All cells of a row start at its top, so only the tallest of them reached the foot.
 */
describe("a cell cut by a page break, in drawing order", () => {
  test("cell after cell, a cell shorter than the row's tallest before the break is less likely to go on", () => {
    // gornozavodsky-2031 1.1.2: the name's and the result's five lines reached the page's foot, the executors' four did
    // not; «программы» after the header again ends the result. Given cell after cell, a glued line may miscount a
    // cell's height by a line: a cell one line short of the tallest may still go on, less likely; one two lines short
    // or more that ended its phrase («I квартал» / «2031 г.») ended above the page's foot.
    const texts = ["Заключение договоров о", "целевом обучении по", "программам бакалавриата", "педагогической направленности", "с выпускниками школ округа", "Управление", "образования,", "общеобразовательные", "организации", "I квартал", "2031 г.", "заключено не", "менее 15 договоров", "о целевом", "обучении за", "период реализации"];
    const columns = [...Array(5).fill("name"), ...Array(4).fill("responsible"), "deadline", "deadline", ...Array(5).fill("result")];
    const ends = endsOf(texts, { columns, score: 0, guesses: [] } as never, "cells");
    expect(Object.entries(ends).filter(([, e]) => e?.cut && !e.short).map(([c]) => c)).toEqual(["name", "result"]);
    expect(Object.entries(ends).filter(([, e]) => e?.cut).map(([c]) => c)).toEqual(["name", "responsible", "result"]);
    const a = assignColumns(rowLines(["программы"]), COLUMNS, { first: false, before: ends, emission: "cells" });
    expect(a.columns).toEqual(["result"]);
  });

  test("a closing guillemet after the break closes the cell whose quote stayed open before it", () => {
    // polyansky-2027 2.4: name and executors both four lines, both cut; «дебют»» closes the name's «Педагогический.
    const before = {
      name: { last: "мастерства «Педагогический", cut: true, cell: "Проведение муниципального конкурса профессионального мастерства «Педагогический" },
      responsible: { last: "(Лаптева Н.С.)", cut: true, cell: "МБУ «Центр методического сопровождения» (Лаптева Н.С.)" },
      deadline: { last: "2027 года", cut: false, cell: "до 20 декабря 2027 года" },
      result: { last: "конкурса", cut: false, cell: "не менее 10 участников конкурса" },
    };
    expect(assignColumns(rowLines(["дебют»"]), COLUMNS, { first: false, before, emission: "cells" }).columns).toEqual(["name"]);
  });

  test("a bare number under a comparison is the figure it wants, not a page number", () => {
    const lines: Line[] = ["№ Наименование Исполнитель Срок Результат", "1. Встречи со", "старшеклассниками", "МКУ «ГИМЦ»", "май 2033 г.", "охвачено не менее", "300", "учащихся", "2. Семинар", "Управление образования", "июнь 2033 г.", "проведён", "5", "3. Конкурс", "МКУ «ГИМЦ»", "июль 2033 г.", "проведён"].map((text, i) => ({ row: i + 1, text }));
    const seg = segmentRows(lines, 1, ["№", "Наименование", "Исполнитель", "Срок", "Результат"])!;
    expect(seg.furniture.has(6)).toBe(false);
    expect(seg.furniture.has(12)).toBe(true);
  });
});

/**
 * Writer's print of a plan in drawing order whose row 2 runs over the page: «дебют»», the rest of its name, comes after
 * the page's number and the header again, before row 3.
 */
const HEADER = ["№", "п/п", "Наименование", "мероприятия", "Ответственный", "исполнитель", "Срок", "исполнения", "Ожидаемый", "результат"];
const TEXT = [
  "ПЛАН МЕРОПРИЯТИЙ по кадровому обеспечению на 2027 год",
  ...HEADER,
  "1. Мониторинг вакансий",
  "педагогических работников",
  "Отдел",
  "образования",
  "ежемесячно",
  "банк вакансий",
  "2. Проведение",
  "муниципального конкурса",
  "профессионального",
  "мастерства «Педагогический",
  "МБУ «Центр",
  "методического",
  "сопровождения»",
  "(Лаптева Н.С.)",
  "до 20",
  "декабря",
  "2027 года",
  "не менее 10",
  "участников",
  "2",
  ...HEADER,
  "дебют»",
  "3. Составление графика",
  "курсовой подготовки",
  "МБУ «Центр",
  "методического",
  "сопровождения»",
  "до 15.01.2027",
  "график утверждён",
].join("\n");

describe("a row's name cut by the page, in drawing order", () => {
  const plan = structureOrFail(readTextDocument(TEXT, "plan.txt"));

  test("its rest after the header again goes on the name", () => {
    const item = plan.items.find((i) => i.number === "2")!;
    expect(item.name).toBe("Проведение муниципального конкурса профессионального мастерства «Педагогический дебют»");
    expect(item.responsible.text).toBe("МБУ «Центр методического сопровождения» (Лаптева Н.С.)");
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});
