import type { TruthPlan } from "./truthPlan";

/**
 * The plan signed by its head alone, the name set at a right tab stop on the page's right margin, as officials type
 * the sign-off under a Word table (gornozavodsky-2031, rechnoy-2030): «Начальник управления образования», a tab,
 * «Н.Г. Сорокина»; for every other seed the position goes on over a second line with the district's administration
 * («администрации Озёрного муниципального округа») and the name stands at that line's end. Writer prints the name at
 * the page's right edge, under the table's last column, and pdftotext without -layout gives it with that column's
 * flow: after the last page's later columns, the position left behind among the first columns' lines. No blank to
 * sign on, no «Исполнитель: …» under it.
 */
export function withTabbedSignOff(plan: TruthPlan): TruthPlan {
  const [position, name] = (plan.signatures[0] ?? "").split(/\s*_{3,}\s*/);
  if (name === undefined) return plan;
  // The title block's administration line names the district the head serves.
  const administration = plan.titleBlock.find((l) => /^администрации\s/u.test(l));
  const wrapped = plan.seed % 2 === 0 && administration !== undefined;
  return { ...plan, signatures: [wrapped ? `${position}\n${administration}\t${name}` : `${position}\t${name}`] };
}
