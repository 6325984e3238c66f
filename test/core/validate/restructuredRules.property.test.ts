/**
 * The rules issue 15 restructured for speed (texts folded, split and searched for abbreviations once per run; the
 * numbering scopes derived once; the spelled-out index built in one pass) must find exactly what they found before:
 * the same findings in the same order, messages' parameters included. The rules as they were are kept in
 * previousRules/; both run on the seed plans and on plans whose texts, numbers and deadlines are generated.
 */
import fc from "fast-check";
import type { Plan, PlanItem } from "../../../src/core/plan/types";
import { activeRules, ValidationRun } from "../../../src/core/plan/validate";
import { abbreviationUndefined } from "../../../src/core/plan/validate/rules/abbreviationRule";
import { deadlineMissing, deadlineOutsidePeriod, deadlineRangeReversed, deadlineUnparsed, deadlineVague } from "../../../src/core/plan/validate/rules/deadlineRules";
import { itemDuplicate } from "../../../src/core/plan/validate/rules/itemDuplicate";
import { numberDuplicate, numberGap, numberOutOfOrder } from "../../../src/core/plan/validate/rules/numberRules";
import { resultNotMeasurable, resultRestatesName } from "../../../src/core/plan/validate/rules/resultRules";
import type { Finding, RuleContext } from "../../../src/core/plan/validate/ruleDefinition";
import { SEEDS, seedPlan } from "../../helpers/seeds";
import * as before from "./previousRules/abbreviationRule";
import * as beforeDeadlines from "./previousRules/deadlineRules";
import * as beforeDuplicate from "./previousRules/itemDuplicate";
import * as beforeNumbers from "./previousRules/numberRules";
import * as beforeResults from "./previousRules/resultRules";

type Check = (plan: Plan, ctx: RuleContext) => readonly Finding[];
const PAIRS: readonly [string, Check, (plan: Plan, ctx: { threshold: number | null }) => readonly Finding[]][] = [
  ["abbreviation_undefined", abbreviationUndefined, before.abbreviationUndefined],
  ["deadline_vague", deadlineVague, beforeDeadlines.deadlineVague],
  ["deadline_missing", deadlineMissing, beforeDeadlines.deadlineMissing],
  ["deadline_unparsed", deadlineUnparsed, beforeDeadlines.deadlineUnparsed],
  ["deadline_outside_period", deadlineOutsidePeriod, beforeDeadlines.deadlineOutsidePeriod],
  ["deadline_range_reversed", deadlineRangeReversed, beforeDeadlines.deadlineRangeReversed],
  ["item_duplicate", itemDuplicate, beforeDuplicate.itemDuplicate],
  ["number_duplicate", numberDuplicate, beforeNumbers.numberDuplicate],
  ["number_gap", numberGap, beforeNumbers.numberGap],
  ["number_out_of_order", numberOutOfOrder, beforeNumbers.numberOutOfOrder],
  ["result_not_measurable", resultNotMeasurable, beforeResults.resultNotMeasurable],
  ["result_restates_name", resultRestatesName, beforeResults.resultRestatesName],
];

/** Findings per rule over every comparison: a rule that never finds anything would be compared in vain. */
const found = new Map<string, number>();

/** Every pair on one plan, all the new rules sharing one run as validatePlan has them. */
function compare(plan: Plan, threshold = 0.85): void {
  const run = new ValidationRun(plan);
  for (const [code, now, then] of PAIRS) {
    const findings = now(plan, { threshold, run });
    expect([code, findings]).toEqual([code, then(plan, { threshold })]);
    found.set(code, (found.get(code) ?? 0) + findings.length);
  }
}

const SEED_PLANS = Object.values(SEEDS).map(seedPlan);

test("the seed plans: the same findings", () => {
  for (const plan of SEED_PLANS) compare(plan);
});

test("the restructured rules are rules validatePlan runs", () => {
  expect(activeRules().map((r) => r.rule.check)).toEqual(expect.arrayContaining(PAIRS.map(([, now]) => now)));
});

/** Texts with what the rules look at: abbreviations, definitions, spelled-out names, look-alikes, quotes, invisibles, numbers. */
const PIECES = [
  "Проведение", "семинара", "конференции", "Организация и проведение", "Отчёт", "приказ", "протокол", "в течение года",
  "ИМЦ", "ЦОКО", "ЦТриГО", "ЦТРИГО", "МБОУ", "СОШ № 5", "МКДОУ", "РАО", "Российской академии образования", "ИРООО",
  "Институт развития образования Омской области", "(далее – ИМЦ)", "(далее - ЦНППМ)", "центр непрерывного повышения профессионального мастерства",
  "МИНИСТЕРСТВО ОБРАЗОВАНИЯ", "VI", "XV", "НШ-ДС", "«СОШ»", "Ё", "ёлка", "Ёлкин", "высшaя", "PISA", "IT", "a", "\u00AD", "\u200B", "«", "»", "'",
  "5 %", "не менее 3", "100%", "2026", "Иванова А.А.", "Петров П.П., методист", "\n", ",", ".", " – ", "𝐀", "İ", "Σ", "ΑΣ.",
];
const text = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 10 }).map((p) => p.join(" "));
const number = fc.oneof(
  fc.constantFrom<string | null>(null, "", "1", "1.", "2", "3", "1.1", "1.2", "1.2.1", "1.4", "6.4.", "IV", "II", "1а", " 2 ", "3)", "1,2"),
  fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }).map((p) => p.join(".")),
);

/** Deadlines the seeds lack, for the deadline rules to find something: blank, unread, reversed, years off. */
const ODD_DEADLINES = [
  { kind: "unparsed", text: " ", start: null, end: null },
  { kind: "unparsed", text: "когда будет возможность", start: null, end: null },
  { kind: "unparsed", text: "с 10.05.2026 по 01.03.2026", start: null, end: null },
  { kind: "date", text: "01.01.1999", start: "1999-01-01", end: "1999-01-01" },
] as const;

function generatedPlan(base: Plan): fc.Arbitrary<Plan> {
  const item = fc.record({ name: text, responsible: text, result: text, deadline: fc.nat(base.items.length + ODD_DEADLINES.length - 1), number, qualified: fc.option(number, { nil: undefined }), section: fc.constantFrom(null, "1", "2", "II") });
  return fc.array(item, { minLength: 1, maxLength: 25 }).map((made) => {
    const items: PlanItem[] = made.map((m, i) => {
      const from = base.items[i % base.items.length];
      return {
        ...from,
        number: m.number,
        qualifiedNumber: m.qualified,
        section: m.section,
        name: m.name,
        result: m.result,
        responsible: { ...from.responsible, text: m.responsible },
        // Deadlines as the parser read them, from the same seed: kinds (ongoing, dates) and texts that belong together.
        deadline: base.items[m.deadline]?.deadline ?? { ...base.items[0].deadline, ...ODD_DEADLINES[m.deadline - base.items.length] },
        source: { ...from.source, rows: [i + 10] },
      };
    });
    // Items twice over: duplicates of names, numbers and deadlines.
    return { ...base, items: [...items, ...items.slice(0, 3)] };
  });
}

test("generated plans: the same findings", () => {
  fc.assert(
    fc.property(fc.constantFrom(...SEED_PLANS).chain(generatedPlan), fc.constantFrom(0.5, 0.85, 1), (plan, threshold) => compare(plan, threshold)),
    { numRuns: 300 },
  );
  for (const [code] of PAIRS) expect([code, found.get(code) ?? 0]).not.toEqual([code, 0]);
});
