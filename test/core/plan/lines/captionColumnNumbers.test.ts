import { readFileSync } from "fs";
import * as path from "path";
import { captionColumnNumbers } from "../../../../src/core/plan/lines/columnNumberLines";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

describe("captionColumnNumbers: column numbers printed one by one, each under its caption", () => {
  const lines = (texts: readonly string[]) => texts.map((text) => ({ text }));

  test("a run counting up a few lines apart is the columns' numbers", () => {
    expect(captionColumnNumbers(lines(["2", "Срок", "3", "Исполнитель", "исполнения", "4"]), [0, 2, 5])).toEqual([[0, 2, 5]]);
  });

  test("page numbers count up a page apart: none of them", () => {
    const page = Array.from({ length: 12 }, (_, k) => `строка ${k}`);
    const texts = ["2", ...page, "3", ...page, "4"];
    expect(captionColumnNumbers(lines(texts), [0, 13, 26])).toEqual([]);
  });

  test("each header's run apart: the numbers start again a page later", () => {
    const page = Array.from({ length: 12 }, (_, k) => `строка ${k}`);
    const header = ["2", "Срок", "3", "Исполнитель", "4"];
    expect(captionColumnNumbers(lines([...header, ...page, ...header]), [0, 2, 4, 17, 19, 21])).toEqual([
      [0, 2, 4],
      [17, 19, 21],
    ]);
  });

  test("two numbers are no run, and a dotted number is an item's", () => {
    expect(captionColumnNumbers(lines(["2", "Срок", "3"]), [0, 2])).toEqual([]);
    expect(captionColumnNumbers(lines(["2", "Срок", "3.", "Исполнитель", "4"]), [0, 2, 4])).toEqual([]);
  });

  test("priozerny-2027's raw text (official fixture) is one table: the rows after the captions' numbers are read (before: 4 items of 10)", () => {
    // pdftotext gives the header's cells as flows, each caption with its column's number under it («Мероприятие» /
    // «2» / «Срок» / «4» …), after the page's № flow: read as page numbers, they parted the table, and the sections
    // and rows after them were lost.
    const text = readFileSync(path.join(__dirname, "../../../fixtures/plans/official/priozerny-2027.raw.txt"), "utf8");
    const plan = structureOrFail(readTextDocument(text, "priozerny-2027.raw.txt"));
    expect(plan.items.map((i) => i.number)).toEqual(expect.arrayContaining(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4"]));
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2", "3"]);
    // The numbers stay in the text: none is lost.
    expect(lostWords(text, plan)).toEqual([]);
  });
});
