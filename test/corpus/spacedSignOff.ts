import type { TruthPlan } from "./truthPlan";

/**
 * The plan signed by its head alone, the position and the name parted by spaces on one line, with no blank to sign on
 * and no «Исполнитель: …» under it («Начальник управления образования            Н.Г. Сорокина»), as officials type
 * the sign-off under a Word table (the drawn official fixtures do so). Writer prints the name far to the right, and
 * pdftotext without -layout parts it from the position; a print whose later columns come as blocks after the page's
 * rows gives the sign-off amid the last page's flows, where no «Исполнитель: …» or blank to sign on says it signs.
 * The spaces vary with the seed (officials type ten to sixteen).
 */
export function withSpacedSignOff(plan: TruthPlan): TruthPlan {
  const [position, name] = (plan.signatures[0] ?? "").split(/\s*_{3,}\s*/);
  if (name === undefined) return plan;
  return { ...plan, signatures: [`${position}${" ".repeat(10 + (plan.seed % 7))}${name}`] };
}
