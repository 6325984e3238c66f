import { gatherColumnNumbers } from "../../../../src/core/plan/lines/gatherColumnNumbers";
import type { Line } from "../../../../src/core/plan/lines/segmentRows";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

// Blank lines part the blocks by their rows, as the text readers give them.
const linesOf = (texts: readonly string[]): Line[] => texts.flatMap((text, i) => (text ? [{ row: i + 1, text }] : []));
const texts = (lines: readonly Line[]) => lines.map((l) => l.text);

/**
 * A Writer table with narrow columns printed to PDF and copied without layout: each caption's wrapped lines come as a
 * block with its column's number after it, the first two numbers after the second caption.
 */
const HEADER = ["№", "п/п", "", "Содержание работы", "", "1", "", "2", "", "Сроки", "выполне", "ния", "3", "", "Исполнитель", "4", "", "Форма", "отчётности", "5", ""];

describe("column numbers printed among the captions' lines", () => {
  test("go under the captions, in their order, every other line where it was", () => {
    const got = texts(gatherColumnNumbers(linesOf([...HEADER, "1.", "1.1", "Семинар"])));
    expect(got).toEqual(["№", "п/п", "Содержание работы", "Сроки", "выполне", "ния", "Исполнитель", "Форма", "отчётности", "1", "2", "3", "4", "5", "1.", "1.1", "Семинар"]);
  });

  test("stay where a plan's first items numbered 1, 2, 3 follow the header: their lines name no column", () => {
    const items = linesOf(["Мероприятие", "Срок", "Исполнитель", "1", "Семинар", "май", "2", "Совещание", "июнь", "3", "Конкурс", "июль"]);
    expect(gatherColumnNumbers(items)).toEqual(items);
  });

  test("stay where they already stand together, or count fewer than three", () => {
    const together = linesOf(["Мероприятие", "Срок", "Исполнитель", "1", "2", "3", "1.1"]);
    expect(gatherColumnNumbers(together)).toEqual(together);
    const two = linesOf(["Мероприятие", "1", "Срок", "2", "Семинар"]);
    expect(gatherColumnNumbers(two)).toEqual(two);
  });
});

const PAGE = [
  "План работы методического кабинета на 2027 год",
  ...HEADER,
  "1.",
  "Работа с молодыми педагогами",
  "1.1",
  "Семинар для молодых",
  "учителей района",
  "март 2027 г.",
  "Отдел образования",
  "Приказ отдела",
  "1.2",
  "Конкурс «Педагогический",
  "старт»",
  "апрель 2027 г.",
  "Иванова А.А., методист",
  "Протокол конкурса",
].join("\n");

describe("a plan whose column numbers stand among the captions' lines", () => {
  test("reads its items 1.1 and 1.2, no row opened by a column's number", () => {
    const plan = structureOrFail(readTextDocument(PAGE, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text])).toEqual([
      ["1.1", "Семинар для молодых учителей района", "март 2027 г."],
      ["1.2", "Конкурс «Педагогический старт»", "апрель 2027 г."],
    ]);
    expect(lostWords(PAGE, plan)).toEqual([]);
  });
});
