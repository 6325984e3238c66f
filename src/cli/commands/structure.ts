import type { SourceDocument } from "../../core/grid";
import { doubtedCount, itemDoubts, type Plan, planToJson, structurePlan } from "../../core/plan";
import { DEADLINE_KIND_LABELS } from "../../core/plan/deadlineLabels";
import { planSheet, sectionHeading, sourceRowsSheet } from "../../core/plan/planSheets";
import type { StructureFailure } from "../../core/plan/types";
import { CliError } from "../cliError";
import { type CliContext, flag, printJson } from "../context";
import { contractFormat } from "../../io/readDocumentBytes";
import { readSheetText } from "../../io/readSheetText";
import { loadInput, pickSheet } from "../loadDocuments";
import { issueCountsLine, wantsListing, writtenLine } from "../runSummary";
import { outOption, writeOutput } from "../writeOutput";
import { localizeTable, translator } from "../../i18n";

/** The plan of a file: the first sheet (or the named one) that holds a plan table. */
export async function loadPlan(ctx: CliContext, file: string): Promise<Plan> {
  const input = await loadInput(ctx, file);
  const docs = pickSheet(ctx, file, input.documents);
  let failure: StructureFailure = { reason: "no_table" };
  for (const doc of docs) {
    const result = structurePlan(doc, { readText: readSheetText });
    if (result.ok) return { ...result.plan, format: contractFormat(input.format, file) };
    if (rank(result.failure) > rank(failure)) failure = result.failure;
  }
  throw new CliError(failure.reason, file);
}

function rank(f: StructureFailure): number {
  return f.reason === "no_plan_columns" ? 2 : f.reason === "no_table" ? 1 : 0;
}

export async function structureCommand(ctx: CliContext): Promise<number> {
  const file = ctx.positionals[0];
  if (!file) throw new CliError("bad_arguments", null, translator(ctx.locale)("cli.argsStructure"));
  const out = outOption(ctx);
  const plan = await loadPlan(ctx, file);
  if (out) await writeOutput(ctx, out, await (await import("../../xlsx")).writeXlsx([planSheet(plan, ctx.locale), sourceRowsSheet(plan, ctx.locale)]));
  if (flag(ctx, "json")) printJson(ctx, planToJson(plan, ctx.locale));
  // With --out the workbook holds the plan: the terminal gets its summary (a 10,000-item listing helps nobody).
  else ctx.out(describePlan(plan, ctx, wantsListing(ctx, out)) + (out ? "\n" + writtenLine(out, ctx.locale) : ""));
  return 0;
}

/** A short human summary of a structured plan, and the list of its items and issues when `listing`. */
export function describePlan(plan: Plan, ctx: CliContext, listing = true): string {
  const t = translator(ctx.locale);
  const lines: string[] = [];
  lines.push(t("cli.planTitle", { title: plan.title ?? t("cli.untitledPlan") }));
  if (plan.period) lines.push(t("cli.period", { start: ruDate(plan.period.start), end: ruDate(plan.period.end) }));
  lines.push(t("cli.planCounts", { sections: String(plan.sections.length), items: String(plan.items.length), dropped: String(plan.dropped.length) }));
  const kinds = new Map<string, number>();
  for (const it of plan.items) kinds.set(it.deadline.kind, (kinds.get(it.deadline.kind) ?? 0) + 1);
  const labels = localizeTable(DEADLINE_KIND_LABELS, ctx.locale);
  lines.push(t("cli.deadlineKinds", { kinds: [...kinds].map(([k, n]) => `${labels[k as keyof typeof labels]} ${n}`).join(", ") }));
  const doubted = doubtedCount(plan.items);
  if (doubted > 0) lines.push(t("cli.doubtedItems", { doubted: String(doubted), items: String(plan.items.length) }));
  if (plan.meta.totals.length > 0) lines.push(t("cli.planTotals", { count: String(plan.meta.totals.length) }));
  if (!listing) {
    lines.push(issueCountsLine(plan.issues, ctx.locale));
    return lines.join("\n") + "\n";
  }
  lines.push("");
  let section: string | null | undefined;
  // Sections in the plan's order: a number may come back under another heading («3.» under II and under V).
  let from = 0;
  for (const it of plan.items) {
    if (it.section !== section) {
      section = it.section;
      const at = plan.sections.findIndex((x, k) => k >= from && (x.number ?? x.title) === section);
      const s = plan.sections[at];
      if (s) {
        lines.push(clip(sectionHeading(s), 100));
        from = at + 1;
      }
    }
    const mark = itemDoubts(it).length > 0 ? "?" : " ";
    lines.push(`${mark} ${(it.number ?? "—").padEnd(7)} ${clip(it.name, 70).padEnd(70)}  ${clip(it.deadline.text, 30)}`);
  }
  for (const issue of plan.issues) lines.push(t("cli.issueAtRow", { code: issue.code, row: String(issue.row ?? "?") }));
  return lines.join("\n") + "\n";
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > n ? one.slice(0, n - 1) + "…" : one;
}

function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export type { SourceDocument };
