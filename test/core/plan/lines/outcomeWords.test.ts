import { holdsFigure, holdsPredicate, opensWithProduct, readsAsOutcome } from "../../../../src/core/plan/lines/outcomeWords";
import { lineEvidence } from "../../../../src/core/plan/lines/lineEvidence";

describe("a result's words, which executors never say", () => {
  test("a predicate in lower case: a short participle, a verb in the present or the past plural", () => {
    for (const line of ["модель утверждена", "проведено не менее 6 встреч", "определены победители", "реестр обновляется не", "надбавку получают", "практику прошли все", "в слёте участвуют", "банк вакансий доступен", "открыто 2 класса", "принят"]) expect([line, holdsPredicate(line)]).toEqual([line, true]);
  });

  test("executors' words are no predicate: bodies, positions, persons, nouns with a participle's ending", () => {
    for (const line of ["Отдел образования администрации округа", "руководители общеобразовательных организаций", "МКУ «Централизованная бухгалтерия»", "(по согласованию)", "органы местного самоуправления, осуществляющие", "Петрова Светлана", "Заместители директоров по воспитательной работе", "ветераны педагогического труда"]) expect([line, holdsPredicate(line)]).toEqual([line, false]);
  });

  test("a negated verb states nothing done: «не требуется» is a funding source's word", () => {
    expect(holdsPredicate("не требуется")).toBe(false);
    expect(readsAsOutcome(["не требуется"])).toBe(false);
  });

  test("a target's figure, not a deadline's «не реже» or «не позднее»", () => {
    expect(holdsFigure("не менее 80 %")).toBe(true);
    expect(holdsFigure("доля – 100 %")).toBe(true);
    expect(holdsFigure("не позднее 1 марта")).toBe(false);
    expect(holdsFigure("не реже 1 раза в квартал")).toBe(false);
    expect(holdsFigure("МБОУ «СОШ № 1»")).toBe(false);
  });

  test("a product opening a line in lower case, in the forms a result opens with", () => {
    expect(opensWithProduct("модель")).toBe(true);
    expect(opensWithProduct("договоры о")).toBe(true);
    expect(opensWithProduct("отчёт")).toBe(true);
    // Feedback gathered is a thing an item gives as a report is («отзывы» alone under «руководители ОО, наставники»).
    expect(opensWithProduct("отзывы")).toBe(true);
    // Advice, a resolution, a memo, booklets and collections are made as a report is («рекомендации по» / «итогам посещения»).
    for (const l of ["рекомендации по", "резолюция совещания", "памятки для родителей", "буклеты", "сборник материалов"]) expect(opensWithProduct(l)).toBe(true);
    expect(opensWithProduct("рекомендаций")).toBe(false);
    expect(opensWithProduct("отчёта о реализации")).toBe(false);
    expect(opensWithProduct("информационно-методический центр»")).toBe(false);
  });

  test("a line that reads so weighs against the executors' column", () => {
    expect(lineEvidence("утверждена").responsible).toBeLessThan(0);
    expect(lineEvidence("договоры о").responsible).toBeLessThan(0);
    expect(lineEvidence("администрации района").responsible).toBe(0);
  });
});
