import { makeRng } from "./rng";
import { withReorderedColumns } from "./reorderedColumns";
import type { TruthPlan } from "./truthPlan";

/**
 * The plan as the official fixtures print it (`tight`): a table typed as HTML in Times New Roman 12 pt with cells padded
 * 2 pt × 4 pt and hairline borders, saved by Writer as .docx and printed by it (planDocx's `tight`), on a portrait page
 * in half the plans (narrower columns, more wrapped lines), the section headings centred over the table in three plans of
 * four, and in half the plans the columns in the orders zaozerny-2028 and belorechensky-2028 print (reorderedColumns.ts).
 *
 * Why: such a table sits right at pdftotext's thresholds for one block of text (poppler's TextPage::coalesce grows a
 * block by lines at most 1.5 font sizes below it that overlap it, and by words at most one font size beside it on at
 * most three lines). A row's first baseline stands 18.0 or 18.1 pt under the last one of the row above (a font size and
 * a half is 18), and two cells' text 8 pt apart, so pdftotext without -layout gives, on one page, some rows baseline by
 * baseline across their cells (under a heading that spans them, or where a line reaches within 4 pt of its column's
 * edge) and others column block by column block, a name's block running on into the next row's name. Drawn from a
 * stream of its own (the plan's seed ^ 0x7167), so every other shape's documents stay as they were.
 */
export function withTightRows(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x7167);
  const portrait = r.chance(0.5);
  const centredSections = r.chance(0.75);
  const ordered = r.chance(0.5) ? withReorderedColumns(plan) : plan;
  return { ...ordered, centredSections, tight: { portrait } };
}
