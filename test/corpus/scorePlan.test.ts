import type { PlanItem } from "../../src/core/plan/types";
import { pairItems, signedInOrder } from "./scorePlan";
import type { TruthItem } from "./truthPlan";

const truth = (qualified: string): TruthItem => ({
  number: qualified.split(".").pop()!, qualified, name: qualified, executors: [], responsible: "", result: "",
  deadline: { kind: "unparsed", start: null, end: null, every: null },
} as unknown as TruthItem);
const found = (number: string, qualifiedNumber?: string): PlanItem => ({
  number, qualifiedNumber, section: null, name: number, responsible: { text: "", parties: [] },
  deadline: { text: "", kind: "unparsed", start: null, end: null, every: null }, result: "", subEvents: [], extra: {},
  source: { sheet: "Лист1", rows: [1] },
} as unknown as PlanItem);
const paired = (t: TruthItem[], f: PlanItem[]) => pairItems(t, f).map((p) => (p ? f.indexOf(p) : null));

describe("pairing truth items with recovered ones", () => {
  test("numbering restarting per section: one missing item does not shift the next section's pairs", () => {
    const t = ["I.1", "I.2", "II.1", "II.2", "II.3", "III.1", "III.2", "III.3"].map(truth);
    // II.3 was read as a heading, so the reader has no item «3» before section III.
    const f = ["1", "2", "1", "2", "1", "2", "3"].map((n) => found(n));
    expect(paired(t, f)).toEqual([0, 1, 2, 3, null, 4, 5, 6]);
  });

  test("an equal count of pairs prefers the one whose qualified numbers agree", () => {
    const t = ["I.1", "II.1"].map(truth);
    // Only one «1» was found; it is II.1 by its qualified number, not I.1 by its order.
    expect(paired(t, [found("1", "II.1")])).toEqual([null, 0]);
  });

  test("items printed with no number pair in document order, the earliest first", () => {
    const t = [truth(""), truth("")].map((x) => ({ ...x, number: "", qualified: "" }));
    expect(paired(t, ["", "", ""].map((n) => found(n)))).toEqual([0, 1]);
  });
});

describe("signatures read in order", () => {
  const truth = ["Начальник управления образования ____________ Н.Г. Сорокина", "Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23"];

  test("the blank, the tabs and a row's « | » are no words; lines around the signing may stay", () => {
    expect(signedInOrder(truth, ["Начальник управления образования | Н.Г. Сорокина", "Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23", "2"])).toBe(true);
    expect(signedInOrder(truth, ["Начальник управления образования\t\tН.Г. Сорокина", "Исполнитель: Лебедев Т.И.,", "тел. 8 (3225) 46-32-23"])).toBe(true);
  });

  test("the signing reordered, or its name taken into an item, is not read", () => {
    expect(signedInOrder(truth, [truth[1], "Начальник управления образования | Н.Г. Сорокина"])).toBe(false);
    expect(signedInOrder(truth, ["Начальник управления образования", truth[1]])).toBe(false);
  });
});
