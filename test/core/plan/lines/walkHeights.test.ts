import fc from "fast-check";
import { type AssignOptions, lineTraits, localScorer, rankReadings, readingMemo, type RowLine } from "../../../../src/core/plan/lines/assignColumns";
import { lineEvidence, type TextColumn } from "../../../../src/core/plan/lines/lineEvidence";
import { walkHeights } from "../../../../src/core/plan/lines/walkHeights";

/** Lines of plans' cells: names, deadlines, executors, results, wraps, quotes, lists. */
const LINES = [
  "Разработка и утверждение базы данных", "вакантных должностей", "педагогических", "работников", "в течение года", "ежегодно до 1", "сентября",
  "Управление образования;", "МКУ «Сосногорский ИМЦ»", "Фёдорова О.С., главный специалист", "руководители", "образовательных организаций",
  "Приказ управления", "образования", "аналитический", "отчёт", "конкурса «Учитель года", "России»", "до 5 числа", "II квартал 2027 г.",
  // A deadline that follows another body's schedule, its owner on lines of its own (scheduleOwner).
  "по графику", "ИРО", "по плану работы", "МКУ «ИМЦ»", "ГАУ ДПО", "«Институт", "развития образования»", "проведения",
];
const COLUMNS: readonly TextColumn[] = ["name", "deadline", "responsible", "result"];

const row = fc.record({
  lines: fc.array(fc.record({ text: fc.constantFrom(...LINES), gapBefore: fc.boolean(), opensCell: fc.boolean() }), { minLength: 1, maxLength: 9 }),
  m: fc.integer({ min: 1, max: 4 }),
  first: fc.boolean(),
  wide: fc.option(fc.integer({ min: 8, max: 40 }), { nil: undefined }),
  cut: fc.option(fc.boolean(), { nil: undefined }),
});

/** The local scorer of a sampled row read into its first `m` columns. */
function scorerOf({ lines, m, first, wide, cut }: { lines: RowLine[]; m: number; first: boolean; wide?: number; cut?: boolean }, absent?: ReadonlySet<TextColumn>) {
  const texts = lines.map((l) => l.text.trim());
  const opts: AssignOptions = {
    first,
    widths: wide === undefined ? undefined : { name: wide, responsible: wide - 4 },
    ...(absent ? { absent } : {}),
    before: cut === undefined ? undefined : { name: { last: "Организация и проведение", cut }, responsible: { last: "Управление", cut: !cut, cell: "«МКУ" } },
  };
  return localScorer(texts, texts.map(lineTraits), lines, texts.map(lineEvidence), COLUMNS.slice(0, m), opts, (a, b) => (a * 7 + b) / 10 - 0.55);
}

describe("walking a row's cell heights", () => {
  test("visits every height vector once, in order, and a flow's reach leaves only those that end at its flows' ends", () => {
    const seen: string[] = [];
    walkHeights(3, 3, null, null, null, (h) => seen.push(h.join("")));
    expect(seen).toEqual(["003", "012", "021", "030", "102", "111", "120", "201", "210", "300"]);
    const ends = [2, 3];
    const flows: string[] = [];
    walkHeights(3, 3, (used) => ends.find((e) => e > used) ?? used, null, null, (h) => flows.push(h.join("")));
    expect(flows).toEqual(["021", "111", "201", "210"]);
  });

  test("the score of a row read cell after cell carried down the walk is the whole reading's score to the last bit", () => {
    fc.assert(
      fc.property(row, ({ lines, m, first, wide, cut }) => {
        const scorer = scorerOf({ lines, m, first, wide, cut }, new Set<TextColumn>(["result"]));
        walkHeights(lines.length, m, null, scorer, null, (h, carried) => {
          const labels = h.flatMap((k, c) => Array<number>(k).fill(c));
          expect(Object.is(carried, scorer.score(labels))).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("a walk read cell after cell under a floor", () => {
  test("visits every vector scoring above the floor, each with its score; far above every score none", () => {
    fc.assert(
      fc.property(row, fc.double({ min: -40, max: 10, noNaN: true }), ({ lines, m, first, wide, cut }, floor) => {
        const scorer = scorerOf({ lines, m, first, wide, cut });
        const all = new Map<string, number>();
        walkHeights(lines.length, m, null, scorer, null, (h, carried) => all.set(h.join(","), carried));
        const under = new Map<string, number>();
        walkHeights(lines.length, m, null, scorer, () => floor, (h, carried) => under.set(h.join(","), carried));
        for (const [h, score] of all) if (score > floor) expect(under.get(h)).toBe(score);
        for (const [h, score] of under) expect(all.get(h)).toBe(score);
        let none = 0;
        walkHeights(lines.length, m, null, scorer, () => 1e9, () => none++);
        expect(none).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a reading's score under a floor", () => {
  test("is the reading's score, or −Infinity only where that score is no higher than the floor; far above every score it is not summed", () => {
    fc.assert(
      fc.property(row, fc.double({ min: -40, max: 10, noNaN: true }), ({ lines, m, first, wide, cut }, floor) => {
        const scorer = scorerOf({ lines, m, first, wide, cut });
        walkHeights(lines.length, m, null, null, null, (h) => {
          const labels = h.flatMap((k, c) => Array<number>(k).fill(c));
          const whole = scorer.score(labels);
          const under = scorer.score(labels, floor);
          if (under === -Infinity) expect(whole).toBeLessThanOrEqual(floor);
          else expect(Object.is(under, whole)).toBe(true);
          expect(scorer.score(labels, 1e9)).toBe(-Infinity);
        });
      }),
      { numRuns: 200 },
    );
  });

  test("is never left unsummed under a floor just below it: what the lines can add at most is no less than what they add", () => {
    // An executors' cell's next party (a gain), blank lines between cells and within one, lines known to open a cell.
    const parties = ["Управление образования;", "МКУ «Сосногорский ИМЦ»", "Отдел образования", "администрации", "района", "МКУ", "Фёдорова О.С.", "руководители ОО"];
    const partyRow = fc.record({
      lines: fc.array(fc.record({ text: fc.constantFrom(...LINES, ...parties), gapBefore: fc.boolean(), opensCell: fc.boolean() }), { minLength: 1, maxLength: 8 }),
      m: fc.integer({ min: 1, max: 4 }),
      first: fc.boolean(),
      wide: fc.option(fc.integer({ min: 8, max: 40 }), { nil: undefined }),
      cut: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(partyRow, (sampled) => {
        const scorer = scorerOf(sampled);
        walkHeights(sampled.lines.length, sampled.m, null, null, null, (h) => {
          const labels = h.flatMap((k, c) => Array<number>(k).fill(c));
          const whole = scorer.score(labels);
          expect(Object.is(scorer.score(labels, whole - 1e-7), whole)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("a row ranked again", () => {
  test("the same lines and options ranked again with the same memo are the readings ranked before, not ranked anew", () => {
    const lines: RowLine[] = ["Разработка плана", "в течение года", "Управление образования", "Приказ"].map((text, i) => ({ text, gapBefore: i === 2 }));
    const memo = readingMemo();
    const once = rankReadings(lines, COLUMNS, { first: true, memo });
    expect(memo.readings.size).toBe(1);
    expect(rankReadings(lines, COLUMNS, { first: true, memo })).toEqual(once);
    expect(rankReadings(lines, COLUMNS, { first: true })).toEqual(once);
    // Other options, another ranking; a function among them (knownCell) is never taken for another.
    rankReadings(lines, COLUMNS, { first: false, memo });
    rankReadings(lines, COLUMNS, { first: true, memo, knownCell: () => 1 });
    expect(memo.readings.size).toBe(2);
  });
});
