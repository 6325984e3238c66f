import fc from "fast-check";
import { groupVariants, parseResponsible } from "../../../src/core/plan/responsible";
import { editDistance } from "../../../src/core/plan/responsible/editDistance";
import { words } from "../../../src/core/text/normalize";

/** Pieces responsible cells are made of, separators and brackets included, so splitting is exercised. */
const PIECES = [
  "Ланкина Н.Н.", "Шилова Ю. А.", "Н.Н. Ланкина", "Иванов Иван Иванович", "Петрова-Водкина А.", "ИВАНОВ И.И.",
  "директор", "заместители директоров по НМР", "руководители ГМО", "учитель физики", "педагог-психолог", "методист",
  "МБОУ «СОШ № 8»", "«ЦТриГО «Перспектива»", "Минобр", "ИРООО", "общеобразовательные организации", "города Омска",
  "Департамент образования", "Администрации", "им. Ф.М. Достоевского", "(далее – МОУО)", "(по согласованию)",
  "осуществляющие управление", "№ 4", "212", "14,171", "Участники", "проекта", "H.H.", "«", "»", "(", ")", '"',
  ",", ", ", ";", "\n", " и ", " – ", " ", ".", "<p>", "</p>", "ё", "Ё",
];

const cell = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 14 }).map((xs) => xs.join(" "));

/** Words of everything a party carries. */
function partyWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const p of parseResponsible(text)) for (const f of [p.text, p.org, p.position, p.person]) if (f) for (const w of words(f)) out.add(w);
  return out;
}

describe("parseResponsible properties", () => {
  test("never throws, never returns empty fields", () => {
    fc.assert(
      fc.property(cell, (text) => {
        for (const p of parseResponsible(text)) {
          expect(p.text.trim()).not.toBe("");
          for (const f of [p.org, p.position, p.person]) if (f !== null) expect(f.trim()).not.toBe("");
        }
      }),
      { numRuns: 1000 },
    );
  });

  /**
   * Every word of the cell is kept. The conjunction «и» may be a separator and is not counted. An organisation shared
   * by a list («МБОУ «СОШ № 8» (Пастухова М.А., Тимошенко В.А.)») is kept in the parties' `org`, not their `text`.
   */
  test("never loses text", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const kept = partyWords(text);
        for (const w of words(text)) if (w !== "и") expect(kept).toContain(w);
      }),
      // Counterexamples found: the words after a bracketed name ("0") were dropped; a second initial without its dot
      // was cut out of a word («А. A0»: «A» a person's, «0» the next party's); a surname after initials was cut out of
      // a word («H.H. Hk0»: «Hk» a person's, «0» the next party's); a note inside a name's organisation in brackets
      // («Ланкина Н.Н. (AA (по согласованию))») was dropped with the brackets.
      {
        numRuns: 1000,
        examples: [["( Ланкина Н.Н. им. Ф.М. Достоевского )0"], ["города Омска Петрова-Водкина А. A0 Ланкина Н.Н."], ["! H.H. Hk0 Ланкина Н.Н."], ["Ланкина Н.Н. (AA (по согласованию) )"]],
      },
    );
  });

  test("a person found is written in the cell", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const flat = text.replace(/\s+/gu, " ");
        for (const p of parseResponsible(text)) if (p.person) expect(flat).toContain(p.person.replace(/\s+/gu, " "));
      }),
      { numRuns: 200 },
    );
  });
});

/** Plain optimal-string-alignment distance, full table: the reference for the bounded one. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe("editDistance", () => {
  test("equals the full-table distance, capped at max + 1", () => {
    const s = fc.string({ unit: fc.constantFrom("а", "б", "в", "г"), maxLength: 9 });
    fc.assert(
      fc.property(s, s, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 500 },
    );
  });
});

/** A deterministic generator of distinct Russian-looking names: surname from syllables, two initials. */
function generatedNames(n: number): string[] {
  // mulberry32: the low bits of a plain LCG cycle too soon to give 20,000 distinct names.
  let seed = 42;
  const next = (k: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const syllables = ["ла", "нки", "на", "шил", "ова", "бах", "ти", "гра", "до", "вич", "ко", "ру", "мен", "сел", "ска", "ор", "лов", "ев"];
  const letters = "АБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ";
  const out = new Set<string>();
  while (out.size < n) {
    const parts = Array.from({ length: 2 + next(3) }, () => syllables[next(syllables.length)]).join("");
    const name = `${parts[0].toUpperCase()}${parts.slice(1)} ${letters[next(letters.length)]}.${letters[next(letters.length)]}.`;
    out.add(next(5) === 0 ? `МБОУ «${name.split(" ")[0]} № ${next(300)}»` : name);
  }
  return [...out];
}

describe("groupVariants scales", () => {
  test("20,000 distinct names: distance computations grow linearly, not quadratically", () => {
    const names = generatedNames(20000);
    const counter = { comparisons: 0 };
    const groups = groupVariants(
      names.map((text) => ({ text, count: 1 })),
      { counter },
    );
    expect(groups.flatMap((g) => g.variants).length).toBe(names.length);
    expect(counter.comparisons).toBeGreaterThan(0);
    expect(counter.comparisons).toBeLessThan(50 * names.length);
  });
});
