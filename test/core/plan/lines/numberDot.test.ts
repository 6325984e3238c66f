import { joinNumberDots } from "../../../../src/core/plan/lines/numberDot";
import type { Line } from "../../../../src/core/plan/lines/segmentRows";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

const linesOf = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));

describe("a number's closing dot wrapped onto a line of its own", () => {
  test("goes back on the number right above it", () => {
    expect(joinNumberDots(linesOf(["3.1", ".", "Информационное", "сопровождение"])).map((l) => l.text)).toEqual(["3.1.", "Информационное", "сопровождение"]);
  });

  test("stays where no bare number stands right above it (a blank line between, text, a number with its dot)", () => {
    const apart: Line[] = [{ row: 1, text: "3.1" }, { row: 3, text: "." }];
    expect(joinNumberDots(apart)).toEqual(apart);
    expect(joinNumberDots(linesOf(["методист", "."])).map((l) => l.text)).toEqual(["методист", "."]);
    expect(joinNumberDots(linesOf(["3.1.", "."])).map((l) => l.text)).toEqual(["3.1.", "."]);
  });
});

/** Writer's print of a narrow № column, in drawing order: «2.1.» broken before its dot, the name's lines after it. */
const TEXT = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Мероприятие Исполнитель Срок Результат",
  "1 2 3 4 5",
  "1. Кадровый резерв",
  "1.1",
  ".",
  "Семинар для молодых",
  "учителей района",
  "Отдел образования",
  "март 2027 г.",
  "Приказ отдела",
  "1.2",
  ".",
  "Конкурс «Педагогический",
  "старт»",
  "Иванова А.А., методист",
  "апрель 2027 г.",
  "Протокол конкурса",
].join("\n");

describe("items whose numbers' dots Writer wrapped, in drawing order", () => {
  test("are numbered 1.1 and 1.2, their names whole, no dot left over", () => {
    const plan = structureOrFail(readTextDocument(TEXT, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name])).toEqual([
      ["1.1", "Семинар для молодых учителей района"],
      ["1.2", "Конкурс «Педагогический старт»"],
    ]);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});
