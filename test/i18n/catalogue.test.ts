import { catalogue } from "../../src/core/issues/catalogue";
import { formatIssue } from "../../src/core/issues/formatIssue";
import { CATALOGUE_MODULES, catalogues, localize, localizeTable, pluralFormCount, PSEUDO_CLOSE, PSEUDO_OPEN, translator } from "../../src/i18n";

/** The parameters a text names, as values or in plural forms: "{n} {n:a|b|c} из {total}" → ["n", "total"]. A language may
 * decline another word of the phrase than Russian does, but never ask for other parameters. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();
/** Plural placeholders ({n:form|form|form}); a value form such as {period:month} names no word forms. */
const pluralForms = (s: string) => [...s.matchAll(/\{\w+:([^{}]*\|[^{}]*)\}/g)].map((m) => m[1].split("|").length);

describe("the text catalogue", () => {
  test("each area's English module has its Russian reference's ids and placeholders, and no empty text", () => {
    for (const [area, { ru, en }] of Object.entries(CATALOGUE_MODULES)) {
      const ruTexts = ru as Readonly<Record<string, string>>;
      const enTexts = en as Readonly<Record<string, string>>;
      expect([area, Object.keys(enTexts).sort()]).toEqual([area, Object.keys(ruTexts).sort()]);
      for (const id of Object.keys(ruTexts)) {
        expect([id, placeholders(enTexts[id])]).toEqual([id, placeholders(ruTexts[id])]);
        expect([id, ruTexts[id].trim() === "", enTexts[id].trim() === ""]).toEqual([id, false, false]);
      }
    }
  });

  test("plural placeholders carry the forms of their language: three in Russian, two in English", () => {
    const { ru, en } = catalogues();
    for (const id of Object.keys(ru) as (keyof typeof ru)[]) {
      for (const n of pluralForms(ru[id])) expect([id, n]).toEqual([id, pluralFormCount("ru")]);
      for (const n of pluralForms(en[id])) expect([id, n]).toEqual([id, pluralFormCount("en")]);
    }
  });

  test("the areas' ids never collide, so the merged catalogue keeps every text", () => {
    const all = Object.values(CATALOGUE_MODULES).flatMap(({ ru }) => Object.keys(ru));
    expect(all.length).toBe(new Set(all).size);
    expect(Object.keys(catalogues().ru).length).toBe(all.length);
  });

  test("the pseudo-locale is the Russian reference in markers, values filled in", () => {
    const { ru, qps } = catalogues();
    for (const id of Object.keys(ru) as (keyof typeof ru)[]) expect(qps[id]).toBe(`${PSEUDO_OPEN}${ru[id]}${PSEUDO_CLOSE}`);
    expect(translator("qps")("op.sheets", { done: 2, total: 1234, sheet: "Сентябрь" })).toBe("⟦Лист 2 из 1\u00a0234: «Сентябрь»⟧");
  });

  test("{ru, en} records and tables go through the same lookup: pseudo wraps every text, functions' results too", () => {
    expect(localize({ ru: "Итого", en: "Total" }, "qps")).toBe("⟦Итого⟧");
    expect(localize({ ru: "Итого", en: "Total" }, "en")).toBe("Total");
    const table = { ru: { head: ["№", "Срок"], total: (n: number) => `всего ${n}` }, en: { head: ["No.", "Deadline"], total: (n: number) => `total ${n}` } };
    const pseudoTable = localizeTable(table, "qps");
    expect(pseudoTable.head).toEqual(["⟦№⟧", "⟦Срок⟧"]);
    expect(pseudoTable.total(3)).toBe("⟦всего 3⟧");
    expect(localizeTable(table, "en").total(3)).toBe("total 3");
  });
});

describe("the issue catalogue's messages", () => {
  test("Russian and English name the same placeholders; plural forms: three in Russian, two in English", () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      expect([code, placeholders(entry.message.en)]).toEqual([code, placeholders(entry.message.ru)]);
      for (const n of pluralForms(entry.message.ru)) expect([code, n]).toEqual([code, 3]);
      for (const n of pluralForms(entry.message.en)) expect([code, n]).toEqual([code, 2]);
    }
  });

  test("a count in an issue message declines", () => {
    const say = (count: number, locale: "ru" | "en" | "qps") => formatIssue({ code: "issues_omitted", severity: "info", params: { count, code: "x", total: 100 } }, locale).message;
    expect([1, 3, 5, 21].map((n) => say(n, "ru"))).toEqual([
      "Ещё 1 замечание «x» не показано (всего 100)",
      "Ещё 3 замечания «x» не показаны (всего 100)",
      "Ещё 5 замечаний «x» не показаны (всего 100)",
      "Ещё 21 замечание «x» не показано (всего 100)",
    ]);
    expect(say(1, "en")).toBe('1 more "x" issue is not listed (100 in all)');
    expect(say(3, "qps")).toBe("⟦Ещё 3 замечания «x» не показаны (всего 100)⟧");
  });
});
