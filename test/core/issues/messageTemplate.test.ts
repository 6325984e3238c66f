import fc from "fast-check";
import { catalogue } from "../../../src/core/issues/catalogue";
import { fillInTwoPasses, fillTemplate, formatIssue } from "../../../src/core/issues/formatIssue";
import type { Issue, Locale } from "../../../src/core/issues/issue";
import { localize } from "../../../src/i18n";

/**
 * Messages filled from a template's parts (messageTemplate) read as the two passes over the text did (months first,
 * then every placeholder of the text that pass made): the same text for any template and parameters, braces and
 * odd placeholders included, and for every catalogue message.
 */
const LOCALES: readonly Locale[] = ["ru", "en", "qps"];
const KEYS = ["a", "row", "item", "from", "n", "constructor", "toString", "__proto__", "hasOwnProperty"];
const piece = fc.oneof(
  fc.constantFrom("{", "}", ":", "|", " ", "в ", "Вакансия «", "»"),
  fc.constantFrom(...KEYS).chain((k) => fc.constantFrom(`{${k}}`, `{${k}:month}`, `{${k}:monthIn}`, `{${k}:пункт|пункта|пунктов}`, `{${k}:}`, `{${k}:item|items}`)),
  fc.string({ maxLength: 4 }),
);
const template = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
const value = fc.oneof(
  fc.constantFrom("2025-11", "2026-01", "2025-13", "{a}", "{a:month}", "}", "1,5", " 2 ", "abc", ""),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 30 }),
  fc.double({ noNaN: false }),
);
const params = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 });

describe("fillTemplate from a template's parts", () => {
  test("the text the two passes make, for any template and parameters", () => {
    fc.assert(
      fc.property(template, params, fc.constantFrom(...LOCALES), (t, p, locale) => {
        expect(fillTemplate(t, p, locale)).toBe(fillInTwoPasses(t, p, locale));
      }),
      { numRuns: 3000 },
    );
  });

  test("a month text with braces and a brace next to a month placeholder are read as the passes read them", () => {
    // «{a:» + «ноябрь 2025}» makes a placeholder of the first pass's text: the parts cannot tell, the passes do.
    const cases: [string, Record<string, string | number>][] = [
      ["{a:{from:month}}", { a: 1, from: "2025-11" }],
      ["{from:month}", { from: "{a}", a: "x" }],
      ["{{from:monthIn}}", { from: "2025-11" }],
      ["{n:пункт|пункта|пунктов}", { n: "2 1,5" }],
    ];
    for (const [t, p] of cases) expect(fillTemplate(t, p, "ru")).toBe(fillInTwoPasses(t, p, "ru"));
  });
});

describe("formatIssue reads an issue's params as the object {...params, row, item} reads them", () => {
  const issue = fc.record({
    code: fc.constantFrom(...Object.keys(catalogue)),
    row: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    item: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
    params: fc.option(params, { nil: undefined }),
  });

  test("every catalogue message, any params (names of Object.prototype members among them)", () => {
    fc.assert(
      fc.property(issue, fc.constantFrom(...LOCALES), (i, locale) => {
        const entry = catalogue[i.code as keyof typeof catalogue];
        const whole = { ...(i.params ?? {}), row: i.row ?? "?", item: i.item ?? "" };
        const message = formatIssue({ ...i, severity: entry.severity } as Issue, locale).message;
        expect(message).toBe(fillInTwoPasses(localize(entry.message, locale), whole, locale));
      }),
      { numRuns: 2000 },
    );
  });

  test("a params object whose own fields are not all enumerable, or that inherits some, reads only its own enumerable ones", () => {
    const inherited = Object.create({ from: "2025-11" }) as Record<string, string>;
    Object.defineProperty(inherited, "to", { value: "2025-12", enumerable: false });
    inherited.position = "учитель";
    const entry = catalogue.vacancy_vanished;
    const i = { code: "vacancy_vanished", severity: entry.severity, row: 3, item: "МБОУ", params: inherited } as unknown as Issue;
    expect(formatIssue(i, "ru").message).toBe(fillInTwoPasses(localize(entry.message, "ru"), { ...inherited, row: 3, item: "МБОУ" }, "ru"));
    expect(formatIssue(i, "ru").message).toContain("{from:monthIn}");
  });
});
