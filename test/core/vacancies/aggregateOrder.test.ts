import fc from "fast-check";
import { aggregatesOf } from "../../../src/core/vacancies/aggregateVacancies";
import { orgId, orgName } from "../../../src/core/vacancies/monthChecks";

/**
 * The rows of an organisation a month are listed by name in Russian collation (then by id), organisations the
 * collation cannot tell apart (a soft hyphen, letters of one case) in the order they reported that month: the same
 * order as sorting each month's organisations with the collation itself, which the report did before it ranked all
 * organisations once.
 */
const byRu = new Intl.Collator("ru").compare;
const names = ["СОШ № 1", "СОШ №\u00ad 1", "сош № 1", "Лицей", "лицей", "Гимназия ё", "Гимназия е", "ДОУ", "ДОУ\u200b"];
const municipalities = [null, "Заречный", "заречный"];

test("each month lists its organisations as sorting that month with the collation does", () => {
  const id = fc.tuple(fc.constantFrom(...municipalities), fc.constantFrom(...names)).map(([m, n]) => orgId(m, n));
  fc.assert(
    fc.property(fc.array(fc.uniqueArray(id, { maxLength: 12 }), { minLength: 1, maxLength: 4 }), (months) => {
      const periods = months.map((_, i) => `2025-${String(i + 1).padStart(2, "0")}`);
      const reported = new Map(periods.map((p, i) => [p, new Set(months[i])]));
      const { byOrg } = aggregatesOf(periods, () => undefined, [], reported);
      const expected = months.flatMap((ids) => [...ids].sort((a, b) => byRu(orgName(a), orgName(b)) || byRu(a, b)));
      expect([...byOrg].map((o) => orgId(o.municipality, o.org))).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});

test("positions are listed as sorting them with the collation does (month, larger rates first, position, subject)", () => {
  const text = fc.constantFrom("учитель", "учитель\u00ad", "ПДО", "воспитатель", "педагог-психолог", "Педагог-психолог");
  const row = fc.record({
    period: fc.constantFrom("2025-09", "2025-10", "2025-1\u200b0"),
    position: text,
    subject: fc.option(fc.constantFrom("математика", "мате\u00adматика", "ёлка", "елка", ""), { nil: null }),
    rates: fc.constantFrom(0, 0.5, 1),
  });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
      const perPosition = rows.map((r) => ({ period: r.period, position: r.position, subject: r.subject, sums: { vacancies: 1, rates: r.rates, hours: 0 } }));
      const { byPosition } = aggregatesOf([], () => undefined, perPosition, new Map());
      const expected = perPosition
        .map((p) => ({ period: p.period, position: p.position, subject: p.subject, vacancies: 1, rates: p.sums.rates, hours: 0 }))
        .sort((a, b) => byRu(a.period, b.period) || b.rates - a.rates || byRu(a.position, b.position) || byRu(a.subject ?? "", b.subject ?? ""));
      expect(byPosition).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});
