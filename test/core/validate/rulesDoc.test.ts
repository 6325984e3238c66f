import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { catalogueEntry } from "../../../src/core/issues/catalogue";
import { planCatalogue } from "../../../src/core/issues/catalogue/plan";
import { RULES, rulesMarkdown } from "../../../src/core/plan/validate";

const DOC = path.join(__dirname, "..", "..", "..", "docs", "rules.md");

describe("docs/rules.md", () => {
  if (process.env.UPDATE_DOCS === "1") writeFileSync(DOC, rulesMarkdown());
  const doc = readFileSync(DOC, "utf8");

  test("is the generated catalogue (regenerate: UPDATE_DOCS=1 npx jest test/core/validate/rulesDoc)", () => {
    expect(doc).toBe(rulesMarkdown());
  });

  test("documents every rule code with its severity and Russian message", () => {
    for (const rule of RULES) {
      const section = doc.split(`## \`${rule.code}\``)[1]?.split("\n## ")[0];
      expect(section).toBeDefined();
      expect(section).toContain(`(\`${rule.severity}\`)`);
      expect(section).toContain(catalogueEntry(rule.code)!.message.ru);
    }
  });

  test("every plan-family code of the catalogue is a rule (config codes describe the settings file)", () => {
    const planCodes = Object.entries(planCatalogue).filter(([, e]) => e.family === "plan").map(([code]) => code);
    expect(planCodes.filter((c) => !RULES.some((r) => r.code === c))).toEqual([]);
  });

  test("every rule has a Russian and an English title and a catalogue entry with why and example", () => {
    for (const rule of RULES) {
      const e = catalogueEntry(rule.code)!;
      expect([rule.title.ru, rule.title.en, e.message.ru, e.message.en, e.why.ru, e.why.en].every((s) => s.length > 0)).toBe(true);
    }
  });
});
