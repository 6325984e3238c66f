import fc from "fast-check";
import { findExplicitDates, parseDeadline, type Period } from "../../../src/core/plan/deadline";

/** A second, independent calendar: JavaScript's own Date in UTC. */
function realDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  const ok = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return ok ? `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
}
const isRealIso = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && realDay(Number(m[1]), Number(m[2]), Number(m[3])) === s;
};

const GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const pad = (n: number): string => String(n).padStart(2, "0");

const day = fc
  .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => realDay(y, m, d) !== null);

const period: fc.Arbitrary<Period> = fc
  .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, span, m]) => ({ start: `${y}-${pad(m)}-01`, end: `${y + span}-${pad(m)}-28` }));

/** Pieces of the deadline grammar and its neighbours, to reach deep paths rather than only "unparsed". */
const FRAGMENTS = [
  "до", "с", "по", "к", "не позднее", "-", "–", ",", ";", "и", "\n", "(", ")", "1", "10", "20", "31", "29", "декабря", "Сентябрь",
  "январь", "мае", "2024", "2025", "24", "I", "II", "IV", "ІІ", "Ш", "квартал", "полугодие", "9 месяцев", "первая декада",
  "конец", "начало", "ежегодно", "ежемесячно", "2 раза в год", "в течение", "в течении", "года", "учебный год", "2024/2025",
  "08.02.2022", "29.02.2023", "5.9.24", "постоянно", "по плану", "согласно", "г.", "гг.", "1-й", "числа", "после", "2018–2020",
];
const phrase = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 7 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), phrase, phrase);

describe("parseDeadline properties", () => {
  test("never throws; dates are real ISO days in order; kinds carry only what they may", () => {
    fc.assert(
      fc.property(anyText, fc.option(period, { nil: null }), (text, p) => {
        const d = parseDeadline(text, { period: p });
        expect(d.text).toBe(text.trim());
        for (const x of [d.start, d.end]) if (x !== null) expect(isRealIso(x)).toBe(true);
        if (d.start !== null && d.end !== null) expect(d.start <= d.end).toBe(true);
        expect(d.every === null).toBe(d.kind !== "recurring");
        if (d.kind === "on_demand" || d.kind === "unparsed") expect([d.start, d.end]).toEqual([null, null]);
      }),
      { numRuns: 3000 },
    );
  });

  test("is deterministic", () => {
    fc.assert(
      fc.property(anyText, fc.option(period, { nil: null }), (text, p) => {
        expect(parseDeadline(text, { period: p })).toEqual(parseDeadline(text, { period: p }));
      }),
      { numRuns: 500 },
    );
  });

  test("dd.mm.yyyy of any real day is that day", () => {
    fc.assert(
      fc.property(day, fc.option(period, { nil: null }), ({ y, m, d }, p) => {
        const iso = realDay(y, m, d);
        expect(parseDeadline(`${pad(d)}.${pad(m)}.${y}`, { period: p })).toMatchObject({ kind: "date", start: iso, end: iso });
      }),
    );
  });

  test('"d <month> yyyy года" of any real day is that day', () => {
    fc.assert(
      fc.property(day, ({ y, m, d }) => {
        const iso = realDay(y, m, d);
        expect(parseDeadline(`${d} ${GENITIVE[m - 1]} ${y} года`)).toMatchObject({ kind: "date", start: iso, end: iso });
      }),
    );
  });

  test('"до d <month>" takes the year of a one-year plan period', () => {
    const dm = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) }).filter(({ m, d }) => realDay(2000, m, d) !== null);
    fc.assert(
      fc.property(dm, fc.integer({ min: 2000, max: 2040 }), ({ m, d }, y) => {
        const iso = realDay(y, m, d);
        const parsed = parseDeadline(`до ${d} ${GENITIVE[m - 1]}`, { period: { start: `${y}-01-01`, end: `${y}-12-31` } });
        if (iso) expect(parsed).toMatchObject({ kind: "date", start: null, end: iso });
        else expect(parsed.kind).toBe("unparsed"); // 29 февраля of a common year
      }),
    );
  });
});

describe("findExplicitDates properties", () => {
  test("finds every listed date, in order, at the place it is written", () => {
    const separator = fc.constantFrom(" ", ", ", "; ", " и ", "\n", "  ");
    const written = day.chain(({ y, m, d }) =>
      fc.constantFrom(`${pad(d)}.${pad(m)}.${y}`, `${d} ${GENITIVE[m - 1]} ${y} г.`, `${pad(d)}.${pad(m)}.${y} года`).map((text) => ({ text, iso: realDay(y, m, d) })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(written, separator), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.map(([w, sep]) => w.text + sep).join("");
        const found = findExplicitDates(text);
        expect(found.map((f) => f.iso)).toEqual(parts.map(([w]) => w.iso));
        let from = 0;
        found.forEach((f, i) => {
          const expectedIndex = text.indexOf(parts[i][0].text, from);
          expect(f.index).toBe(expectedIndex);
          expect(text.slice(f.index, f.index + f.length)).toBe(parts[i][0].text);
          from = f.index + f.length;
        });
      }),
    );
  });
});
