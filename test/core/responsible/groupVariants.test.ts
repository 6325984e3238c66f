import fc from "fast-check";
import { groupVariants, personKey } from "../../../src/core/plan/responsible";

const names = (...texts: string[]) => texts.map((text) => ({ text, count: 1 }));
/** Sets of texts grouped together, as sorted arrays, groups of one left out. */
const joined = (texts: string[]) =>
  groupVariants(names(...texts))
    .filter((g) => g.variants.length > 1)
    .map((g) => g.variants.map((v) => v.text).sort());

describe("personKey", () => {
  test.each([
    ["Ланкина Н.Н.", "ланкина нн"],
    ["Ланкина Н. Н.", "ланкина нн"],
    ["Н.Н. Ланкина", "ланкина нн"],
    ["Ланкина Наталья Николаевна", "ланкина нн"],
    ["Ланкина H.H.", "ланкина нн"],
    ["Сёмина Ю.", "семина ю"],
    ["Петрова-Водкина А.Б.", "петрова-водкина аб"],
    ["директор Иванов И.И.", "иванов ии"],
  ])("%s → %s", (text, key) => {
    expect(personKey(text)).toBe(key);
  });

  test.each(["МБОУ «СОШ № 1»", "руководители ГМО", "Омский государственный университет им. Ф.М. Достоевского", ""])("%s is not a person", (text) => {
    expect(personKey(text)).toBeNull();
  });
});

describe("groupVariants: spelling variants are grouped", () => {
  test.each([
    ["case", "БОУ ДО г. Омска «ЦТриГО «Перспектива»", "БОУ ДО г. Омска «ЦТРИГО «Перспектива»"],
    ["letter transposition", "Ланкина Н.Н.", "Ланикна Н.Н."],
    ["one initial differs", "Добросельская Л.В.", "Добросельская Л.Л."],
    ["one initial differs (short surname)", "Наумова Т.А.", "Наумова Т.В."],
    ["one initial left out", "Шилова Ю.А.", "Шилова Ю."],
    ["Latin look-alikes", "Ланкина Н.Н.", "Ланкина H.H."],
    ["Latin look-alike in an organisation", "МБОУ «СОШ № 1»", "MБОУ «COШ № 1»"],
    ["ё/е", "Сёмина О.В.", "Семина О.В."],
    ["extra spaces", "Отдел  управления персоналом", "Отдел управления персоналом"],
    ["quotes", "МБОУ «Зиминский лицей»", 'МБОУ "Зиминский лицей"'],
    ["number sign", "СОШ №1", "СОШ № 1"],
    ["initials before the surname", "Ланкина Н.Н.", "Н.Н. Ланкина"],
    ["a typo in a long name", "Отдел управления персоналом департамента", "Отдел управленя персоналом департамента"],
    ["two typos in a long surname, one in its first letters", "Добросельская Л.В.", "Дбросельскя Л.В."],
  ])("%s", (_label, a, b) => {
    expect(joined([a, b])).toEqual([[a, b].sort()]);
  });
});

describe("groupVariants: different parties stay apart", () => {
  test.each([
    ["other surname", "Иванов И.И.", "Петров И.И."],
    ["same surname, both initials differ", "Наумова Т.А.", "Наумова Е.В."],
    ["one letter off but other initials", "Ланкина Н.Н.", "Ланикна Е.В."],
    ["husband and wife", "Иванов И.И.", "Иванова И.И."],
    ["-ский / -ская", "Добросельский Л.В.", "Добросельская Л.В."],
    ["other school number", "МБОУ «СОШ № 1»", "МБОУ «СОШ № 7»"],
    ["other legal form", "МБОУ «СОШ № 1»", "МКОУ «СОШ № 1»"],
    ["short abbreviations", "ОО", "ДО"],
    ["abbreviation one letter longer", "ИРО", "ИРОО"],
    ["short surnames", "Ким А.А.", "Кин А.А."],
    ["a person and a body", "Ланкина Н.Н.", "Ланкина"],
  ])("%s", (_label, a, b) => {
    expect(joined([a, b])).toEqual([]);
  });
});

describe("groupVariants: the groups", () => {
  const groups = groupVariants([
    { text: "Ланикна Н.Н.", count: 1 },
    { text: "Горошко О.О.", count: 2 },
    { text: "Ланкина Н.Н.", count: 20 },
    { text: "БОУ ДО г. Омска «ЦТриГО «Перспектива»", count: 3 },
    { text: "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", count: 3 },
    { text: "Горошко О.О.", count: 1 },
  ]);

  test("one group per party, groups of one included, in order of first appearance", () => {
    expect(groups.map((g) => g.preferred)).toEqual(["Ланкина Н.Н.", "Горошко О.О.", "БОУ ДО г. Омска «ЦТриГО «Перспектива»"]);
  });

  test("preferred is the most frequent spelling, ties go to the first seen", () => {
    expect(groups[0]).toMatchObject({ key: "ланкина нн", kind: "person", fuzzy: true });
    expect(groups[2]).toMatchObject({ key: "боу до г омска цтриго перспектива", kind: "org", fuzzy: false });
  });

  test("counts of one text are added up", () => {
    expect(groups[1].variants).toEqual([{ text: "Горошко О.О.", count: 3 }]);
  });

  test("maxDistance 0 keeps only exact normalised matches", () => {
    const strict = groupVariants(names("Ланкина Н.Н.", "Ланикна Н.Н.", "ЛАНКИНА Н.Н."), { maxDistance: 0 });
    expect(strict.map((g) => g.variants.map((v) => v.text))).toEqual([["Ланкина Н.Н.", "ЛАНКИНА Н.Н."], ["Ланикна Н.Н."]]);
  });
});

/**
 * A second, plain implementation: every pair compared (no blocking), full-table distance. On sets small enough for
 * every block to fit in one window, the blocked grouping must give the same partition.
 */
describe("groupVariants agrees with an all-pairs grouping", () => {
  const osa = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    return d[a.length][b.length];
  };
  const genderPair = (a: string, b: string) =>
    [["ов", "ова"], ["ев", "ева"], ["ин", "ина"], ["ын", "ына"], ["ий", "ая"], ["ой", "ая"]].some(([m, f]) => {
      const stem = a.endsWith(f) ? a.slice(0, -f.length) : a.endsWith(m) ? a.slice(0, -m.length) : null;
      return stem !== null && [stem + m, stem + f].includes(a) && [stem + m, stem + f].includes(b) && a !== b;
    });
  const same = (x: string, y: string): boolean => {
    const [s1, init1] = [x.replace(/ .*$/u, "").toLowerCase(), x.replace(/^\S+ /u, "").replace(/\./gu, "").toLowerCase()];
    const [s2, init2] = [y.replace(/ .*$/u, "").toLowerCase(), y.replace(/^\S+ /u, "").replace(/\./gu, "").toLowerCase()];
    if (s1 === s2) return init1.length === init2.length ? [...init1].filter((c, k) => c !== init2[k]).length <= 1 : init1.startsWith(init2) || init2.startsWith(init1);
    if (init1 !== init2 || genderPair(s1, s2)) return false;
    const len = Math.min(s1.length, s2.length);
    const limit = len <= 4 ? 0 : len < 10 ? 1 : 2;
    return limit > 0 && osa(s1, s2) <= limit;
  };
  const partition = (texts: string[], together: (a: string, b: string) => boolean): string[][] => {
    const root = texts.map((_, i) => i);
    const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
    texts.forEach((a, i) => texts.forEach((b, j) => j > i && together(a, b) && (root[find(j)] = find(i))));
    const groups = new Map<number, string[]>();
    texts.forEach((t, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), t]));
    return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
  };

  const surname = fc
    .tuple(
      fc.constantFrom("Ланкина", "Наумова", "Добросельская", "Добросельский", "Шилова", "Иванов", "Иванова", "Ким"),
      fc.array(fc.tuple(fc.constantFrom("swap", "drop", "put"), fc.nat(), fc.constantFrom("а", "о", "и", "н", "к")), { maxLength: 2 }),
    )
    .map(([base, edits]) =>
      edits.reduce<string>((s, [op, at, ch]) => {
        const i = 1 + (at % Math.max(1, s.length - 2));
        if (op === "swap" && i + 1 < s.length) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
        if (op === "drop" && s.length > 3) return s.slice(0, i) + s.slice(i + 1);
        return s.slice(0, i) + ch + s.slice(i + 1);
      }, base),
    );
  const name = fc
    .tuple(surname, fc.constantFrom("Н", "Т", "А"), fc.option(fc.constantFrom("Н", "В", "А"), { nil: undefined }))
    .map(([s, a, b]) => `${s} ${a}.${b ? `${b}.` : ""}`);

  test("on random sets of up to nine names", () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 9 }), (texts) => {
        const blocked = groupVariants(texts.map((text) => ({ text, count: 1 })))
          .map((g) => g.variants.map((v) => v.text).sort())
          .sort((a, b) => a[0].localeCompare(b[0]));
        expect(blocked).toEqual(partition(texts, same));
      }),
      { numRuns: 500 },
    );
  });
});
