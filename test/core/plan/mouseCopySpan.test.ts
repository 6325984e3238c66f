import { structurePlan } from "../../../src/core/plan";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords } from "../../helpers/planProperties";

/**
 * A plan whose deadline is printed in two columns, «Дата начала» and «Дата окончания», copied from its PDF with the
 * mouse: each row's first lines are its cells' first lines left to right, the end's right after the start's.
 */
const TEXT = [
  "План мероприятий по кадровому обеспечению на 2027 год",
  "№ п/п",
  "Мероприятие",
  "Дата начала",
  "Дата окончания",
  "Ответственный исполнитель",
  "Результат",
  "1.",
  "Семинар для молодых педагогов",
  "январь 2027 г.",
  "март 2027 г.",
  "ИМЦ",
  "Протокол семинара",
  "2.",
  "Мониторинг вакансий",
  "ежегодно",
  "Отдел образования",
  "Банк вакансий",
  "3.",
  "Форум молодых педагогов",
  "до 25 декабря",
  "Отдел образования",
  "Протокол форума",
  "4.",
  "Конкурс «Педагогический дебют»",
  "01.02.2027",
  "30.04.2027",
  "ИМЦ",
  "Приказ об итогах",
].join("\n");

describe("a PDF copied with the mouse, the deadline in two columns", () => {
  test("the end's line right after the start's ends the deadline's span; a deadline in one cell is the whole deadline", () => {
    const result = structurePlan(readTextDocument(TEXT, "plan.txt"));
    if (!result.ok) throw new Error("not structured");
    const plan = result.plan;
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1", "Семинар для молодых педагогов", "ИМЦ"],
      ["2", "Мониторинг вакансий", "Отдел образования"],
      ["3", "Форум молодых педагогов", "Отдел образования"],
      ["4", "Конкурс «Педагогический дебют»", "ИМЦ"],
    ]);
    expect(plan.items.map((i) => [i.deadline.kind, i.deadline.start, i.deadline.end])).toEqual([
      ["period", "2027-01-01", "2027-03-31"],
      ["recurring", "2027-01-01", "2027-12-31"],
      ["date", null, "2027-12-25"],
      ["period", "2027-02-01", "2027-04-30"],
    ]);
    expect(plan.items.map((i) => i.result)).toEqual(["Протокол семинара", "Банк вакансий", "Протокол форума", "Приказ об итогах"]);
    // The end's cell is taken by what it reads as, not by its place alone: no guess to note.
    expect(plan.items[0].notes ?? []).toEqual([]);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});

describe("a PDF copied with the mouse, «Срок реализации» merged over «начало | окончание»", () => {
  test("the second header row's sub-captions give the end its column; the rows read as with two captions", () => {
    const header = ["№ п/п", "Мероприятие", "Срок реализации", "Ответственный исполнитель", "Результат", "начало", "окончание"];
    const text = [...TEXT.split("\n").slice(0, 1), ...header, ...TEXT.split("\n").slice(7)].join("\n");
    const result = structurePlan(readTextDocument(text, "plan.txt"));
    if (!result.ok) throw new Error("not structured");
    expect(result.plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.responsible.text])).toEqual([
      ["1", "period", "2027-01-01", "2027-03-31", "ИМЦ"],
      ["2", "recurring", "2027-01-01", "2027-12-31", "Отдел образования"],
      ["3", "date", null, "2027-12-25", "Отдел образования"],
      ["4", "period", "2027-02-01", "2027-04-30", "ИМЦ"],
    ]);
    expect(result.plan.items.map((i) => i.result)).toEqual(["Протокол семинара", "Банк вакансий", "Протокол форума", "Приказ об итогах"]);
  });
});
