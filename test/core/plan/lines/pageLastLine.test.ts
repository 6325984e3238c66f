import { gluedCuts } from "../../../../src/core/plan/lines/gluedLines";
import { deadlineWhole } from "../../../../src/core/plan/lines/splitJoinedLines";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A row cut by a page break after its first baseline, in drawing order (Writer's print through pdftotext -raw,
 * Firefox's copy): the page's last line holds every cell's first line, glued («2. Повышение квалификации учителей по
 * ГАУ ДПО в течение года доля учителей,»), and the cells go on after the header again. Each cell's first line may end
 * mid-phrase there, and the deadline's parser reads «в течение года» through the words around it.
 */
const lines = (...texts: string[]) => texts.map((text) => ({ text, gapBefore: false }));

describe("a page's last line of every cell's first line", () => {
  test("a cell's first line before the break may end on a preposition: its cell goes on past the page", () => {
    const order = ["name", "responsible", "deadline", "result"] as const;
    const cuts = gluedCuts(lines("Повышение квалификации учителей по ГАУ ДПО в течение года доля учителей,"), order, { first: true, drawn: true, goesOn: true });
    expect([...cuts]).toEqual([[0, ["Повышение квалификации учителей по", "ГАУ ДПО", "в течение года", "доля учителей,"]]]);
  });

  test("a funding source's «областной» opens a cell: its «-ной» is the nominative («областной» / «бюджет»)", () => {
    const order = ["name", "responsible", "deadline", "extra", "result"] as const;
    const cuts = gluedCuts(lines("Повышение квалификации учителей по ГАУ ДПО в течение года областной доля учителей,"), order, { first: true, drawn: true, goesOn: true });
    expect(cuts.get(0)).toEqual(["Повышение квалификации учителей по", "ГАУ ДПО", "в течение года", "областной", "доля учителей,"]);
  });
});

describe("deadlineWhole", () => {
  test("a deadline with another cell's words before or after it is not whole", () => {
    expect(["по ГАУ ДПО в течение года", "в течение года областной", "ГАУ ДПО до 1 октября"].filter(deadlineWhole)).toEqual([]);
  });

  test("a deadline's own words, and the body whose schedule it follows, are", () => {
    const whole = ["в течение года", "до 17 января", "ежегодно, до 1 октября", "с 1 апреля по 31 августа", "по графику ИРО", "март 2029 г.", "по мере необходимости"];
    expect(whole.filter(deadlineWhole)).toEqual(whole);
  });
});

const HEADER = ["№", "п/п", "Наименование мероприятия Ответственные", "исполнители", "Срок", "реализации", "Ожидаемый", "результат", "1 2 3 4 5"];
const TEXT = [
  "План мероприятий по кадровому обеспечению на 2029 год",
  ...HEADER,
  "1. Мониторинг вакансий",
  "педагогических работников",
  "Отдел",
  "образования",
  "ежемесячно банк вакансий",
  "обновлён",
  "2. Повышение квалификации учителей по ГАУ ДПО в течение года доля учителей,",
  ...HEADER,
  "программам, включённым в",
  "федеральный реестр",
  "«Институт развития",
  "образования»",
  "прошедших повышение,",
  "не менее 33 % в год",
  "3. Составление графика",
  "курсовой подготовки",
  "Отдел",
  "образования",
  "до 15.01.2029 график утверждён",
].join("\n");

describe("a row cut by the page after its first baseline, in drawing order", () => {
  const plan = structureOrFail(readTextDocument(TEXT, "plan.txt"));

  test("each cell's first line goes to its cell, and the deadline read in the middle of the line stays whole", () => {
    const item = plan.items.find((i) => i.number === "2")!;
    expect([item.name, item.responsible.text, item.deadline.text]).toEqual(["Повышение квалификации учителей по программам, включённым в федеральный реестр", "ГАУ ДПО «Институт развития образования»", "в течение года"]);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});
