import { readFile } from "fs/promises";
import { formatIssue } from "../../core/issues/formatIssue";
import { type CatalogueResult, compareSnapshots, computeIndicators, indicatorSheets, type ComputeResult, type IndicatorsReport, type SnapshotChange } from "../../core/staffing";
import { CliError } from "../cliError";
import { type CliContext, flag, option, printJson } from "../context";
import { configError } from "../configError";
import { streamable, streamIndicators } from "../streamStaffing";
import { issueCountsLine, wantsListing, writtenLine } from "../runSummary";
import { workbookStreamable } from "../streamableFiles";
import { outOption, writeOutput } from "../writeOutput";
import { intlTag, translator } from "../../i18n";

/** Indicator shares of a staffing file (every staffing sheet of a workbook, or the one named by --sheet). */
export async function loadIndicators(ctx: CliContext, file: string): Promise<IndicatorsReport> {
  // CSV, TSV and .xlsx are read as a stream, in one pass and flat memory; everything else is read whole.
  const streamed = streamable(ctx, file)
    ? await streamIndicators(ctx, file, await readCatalogue(ctx))
    : (await workbookStreamable(ctx, file))
      ? await (await import("../streamWorkbook")).streamWorkbookIndicators(ctx, file, await readCatalogue(ctx))
      : null;
  const result = streamed ?? (await computeWhole(ctx, file));
  if (!result.ok) {
    const first = result.issues[0];
    // A bad --as-of is the user's argument, not the file's content: it names no file.
    if (first?.code === "as_of_invalid") throw new CliError("bad_as_of", null, `--as-of ${option(ctx, "as-of")}`);
    const reason = first?.code === "config_invalid" ? "bad_config" : "not_staffing";
    throw new CliError(reason, reason === "bad_config" ? option(ctx, "config")! : file, first ? formatIssue(first, ctx.locale).message : undefined, reason === "not_staffing");
  }
  return result.report;
}

async function computeWhole(ctx: CliContext, file: string): Promise<ComputeResult> {
  // Loaded only here: a streamed CSV needs neither the whole-file readers nor the workbook writer.
  const { loadDocuments, pickSheet } = await import("../loadDocuments");
  const docs = pickSheet(ctx, file, await loadDocuments(ctx, file));
  return computeIndicators(docs, { asOf: option(ctx, "as-of"), today: ctx.today, catalogue: await readCatalogue(ctx) });
}

/**
 * The catalogue of `--config`, or undefined (the defaults) without one. The schemas it is checked against (zod and
 * its locales) are loaded only here, for a run given a config.
 */
export async function readCatalogue(ctx: CliContext): Promise<CatalogueResult | undefined> {
  const path = option(ctx, "config");
  if (!path) return undefined;
  let config: unknown;
  try {
    config = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw configError(err, path, ctx.locale);
  }
  return (await import("../../core/staffing/configuredCatalogue")).configuredCatalogue(config);
}

export async function indicatorsCommand(ctx: CliContext): Promise<number> {
  const file = ctx.positionals[0];
  if (!file) throw new CliError("bad_arguments", null, translator(ctx.locale)("cli.argsIndicators"));
  const report = await loadIndicators(ctx, file);
  // Dynamics: --compare names the earlier snapshot (last half-year's file); its as-of date is its own.
  const earlierFile = option(ctx, "compare");
  const changes = earlierFile ? compareSnapshots(await loadIndicators({ ...ctx, options: { ...ctx.options, "as-of": undefined } }, earlierFile), report) : undefined;
  const out = outOption(ctx);
  if (out) await writeOutput(ctx, out, await (await import("../../xlsx")).writeXlsx(indicatorSheets(report, { locale: ctx.locale, madeOn: ctx.today })));
  if (flag(ctx, "json")) printJson(ctx, { ...report, issues: report.issues.map((i) => formatIssue(i, ctx.locale)), ...(changes ? { changes } : {}) });
  // The changes are in no sheet: they are printed either way.
  else ctx.out(describeIndicators(report, ctx, wantsListing(ctx, out)) + (changes ? describeChanges(changes, report, ctx) : "") + (out ? writtenLine(out, ctx.locale) : ""));
  return 0;
}

function describeChanges(changes: readonly SnapshotChange[], report: IndicatorsReport, ctx: CliContext): string {
  const title = new Map(report.indicators.map((i) => [i.id, i.title]));
  const f = (v: number | null) => (v === null ? "—" : v.toLocaleString(intlTag(ctx.locale), { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  const lines = ["", translator(ctx.locale)("cli.changeSinceEarlier")];
  for (const c of changes.filter((x) => x.by !== "org")) {
    const arrow = c.change === null ? " " : c.change > 0 ? "▲" : c.change < 0 ? "▼" : "=";
    lines.push(`  ${arrow} ${title.get(c.id) ?? c.id}${c.key ? ` (${c.key})` : ""}: ${f(c.before)} → ${f(c.after)} (${c.change !== null && c.change > 0 ? "+" : ""}${f(c.change)})`);
  }
  return lines.join("\n") + "\n";
}

/** Each indicator's total; with `listing`, its figures by organisation type and every issue too. */
function describeIndicators(report: IndicatorsReport, ctx: CliContext, listing: boolean): string {
  const tag = intlTag(ctx.locale);
  const figure = (v: number | null, unit: string) =>
    v === null ? "—" : `${v.toLocaleString(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}${unit === "%" ? " %" : ` ${unit}`}`;
  const n = (v: number) => v.toLocaleString(tag, { maximumFractionDigits: 2 });
  const lines = [translator(ctx.locale)("cli.indicatorSource", { sheet: report.source.sheet ?? "", kind: report.source.kind, rows: String(report.source.rows) }), ""];
  for (const ind of report.indicators) {
    lines.push(`${ind.title}: ${figure(ind.total.value, ind.unit)} (${n(ind.total.numerator)} / ${n(ind.total.denominator)})`);
    if (listing) for (const g of ind.groups.filter((x) => x.by === "type")) lines.push(`    ${g.key}: ${figure(g.value, ind.unit)} (${n(g.numerator)} / ${n(g.denominator)})`);
  }
  if (listing) for (const issue of report.issues) lines.push(`! ${formatIssue(issue, ctx.locale).message}`);
  else lines.push("", issueCountsLine(report.issues, ctx.locale));
  return lines.join("\n") + "\n";
}
