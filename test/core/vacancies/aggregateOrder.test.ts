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
