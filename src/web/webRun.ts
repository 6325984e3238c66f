import type { SourceDocument } from "../core/grid";
import { formatIssue } from "../core/issues/formatIssue";
import type { Locale } from "../core/issues/issue";
import { doubtedCount, structurePlan } from "../core/plan";
import { readSheetText } from "../io/readSheetText";
import { itemCells, planSheet, sourceRowsSheet } from "../core/plan/planSheets";
import type { Plan, StructureFailure } from "../core/plan/types";
import { reportSheet, validatePlan, validationReport } from "../core/plan/validate";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import { computeIndicators, indicatorSheets } from "../core/staffing";
import { indicatorTitle } from "../core/staffing/indicatorLabel";
import { defaultReportingPeriod, loadedData, summarySheets } from "../core/summary";
import { consolidateVacancies, vacancySheets } from "../core/vacancies";
import { contractFormat, readDocumentBytes, type ReadResult } from "../io/readDocumentBytes";
import { InputError } from "../io/inputError";
import { inputErrorMessage } from "../io/inputErrorMessages";
import { readNoteText } from "../io/readNotes";
import { formatNumber, localize, translator } from "../i18n";

/** What the page can do with the chosen files: the tabs of the task pane plus the summary workbook. */
export const WEB_TABS = ["structure", "validation", "indicators", "vacancies", "summary"] as const;
export type WebTab = (typeof WEB_TABS)[number];

/** A file the user dropped, chose or pasted: nothing but its name and bytes (no file system in a page). */
export interface WebInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file read into documents, or why it could not be. */
export type ReadInput =
  | { readonly ok: true; readonly name: string; readonly result: ReadResult }
  | { readonly ok: false; readonly name: string; readonly error: string };

/** What a tab produced: lines for the page and the sheets of the workbook to download. */
export type TabOutcome =
  | { readonly ok: true; readonly lines: readonly string[]; readonly sheets: readonly SheetSpec[]; readonly fileName: string }
  | { readonly ok: false; readonly error: string };

export interface RunOptions {
  readonly locale: Locale;
  /** Today as ISO YYYY-MM-DD (the core reads no clock). */
  readonly today: string;
}

/** Reads every input; a file that cannot be read says why, naming the file, and does not stop the others. */
export async function readInputs(inputs: readonly WebInput[], locale: Locale): Promise<ReadInput[]> {
  const out: ReadInput[] = [];
  for (const input of inputs) {
    try {
      out.push({ ok: true, name: input.name, result: await readDocumentBytes(input.bytes, input.name) });
    } catch (err) {
      out.push({ ok: false, name: input.name, error: `${input.name}: ${describeError(err, locale)}` });
    }
  }
  return out;
}

/**
 * A file's line in the list of files read: its name, the format seen (and the sheets' count), and what the reader
 * told about it (readNoteText: lines re-decoded, a DOS file under UTF-8 text), as the command line prints it.
 */
export function inputLine(input: ReadInput, locale: Locale): string {
  if (!input.ok) return input.error;
  const { format, documents, notes } = input.result;
  const head = `${input.name} (${format}${documents.length > 1 ? `, ${documents.length}` : ""})`;
  return notes.length > 0 ? `${head}: ${notes.map((n) => readNoteText(n, locale)).join("; ")}` : head;
}

function describeError(err: unknown, locale: Locale): string {
  if (err instanceof InputError) return inputErrorMessage(err.reason, locale) + (err.detail ? ` (${err.detail})` : "");
  return err instanceof Error ? err.message : String(err);
}

/** The output file of each tab, named like the CLI's examples. */
const FILE_NAMES: Readonly<Record<WebTab, string>> = {
  structure: "plan.xlsx",
  validation: "check.xlsx",
  indicators: "indicators.xlsx",
  vacancies: "vacancies.xlsx",
  summary: "summary.xlsx",
};

/** Runs one tab on the files read; the core decides everything, this only routes documents and results. */
export function runTab(tab: WebTab, inputs: readonly ReadInput[], opts: RunOptions): TabOutcome {
  const read = inputs.filter((i): i is Extract<ReadInput, { ok: true }> => i.ok);
  if (read.length === 0) return { ok: false, error: inputs.find((i) => !i.ok)?.error ?? noFiles(opts.locale) };
  try {
    const outcome = runRead(tab, read, opts);
    return outcome.ok ? { ...outcome, fileName: FILE_NAMES[tab] } : outcome;
  } catch (err) {
    return { ok: false, error: describeError(err, opts.locale) };
  }
}

type Read = Extract<ReadInput, { ok: true }>;
type Partial = { ok: true; lines: string[]; sheets: SheetSpec[] } | { ok: false; error: string };

function runRead(tab: WebTab, read: readonly Read[], opts: RunOptions): Partial {
  const { locale, today } = opts;
  const t = translator(locale);
  switch (tab) {
    case "structure": {
      const found = firstPlan(read, locale);
      if (!found.ok) return found;
      const { plan } = found;
      return { ok: true, lines: planLines(plan, found.name, locale), sheets: [planSheet(plan, locale), sourceRowsSheet(plan, locale)] };
    }
    case "validation": {
      const found = firstPlan(read, locale);
      if (!found.ok) return found;
      const plan = found.plan;
      const report = validationReport(plan, {}, locale);
      const sheet = planSheet(plan, locale);
      const s = report.stats;
      const lines = [
        t("web.validationCounts", { items: report.items, errors: s.error, warnings: s.warning, info: s.info }),
        // A row number is an address, not a quantity: printed as is (no thousands separator).
        ...report.issues.map((i) => (i.row !== null ? t("web.issueAtRow", { row: String(i.row), message: i.message }) : i.message)),
      ];
      return { ok: true, lines, sheets: [sheet, reportSheet(plan, report, { planSheet: sheet.name, locale, madeOn: today })] };
    }
    case "indicators": {
      const failures: string[] = [];
      for (const r of read) {
        const result = computeIndicators(r.result.documents, { today });
        if (!result.ok) {
          const first = result.issues[0];
          failures.push(`${r.name}: ${first ? formatIssue(first, locale).message : inputErrorMessage("not_staffing", locale)}`);
          continue;
        }
        const report = result.report;
        const lines = [
          `${r.name}${report.source.sheet ? ` (${report.source.sheet})` : ""}`,
          ...report.indicators.map((ind) => `${indicatorTitle(ind, locale)}: ${ind.total.value === null ? "—" : `${formatNumber(ind.total.value, locale, 1)} ${unitText(ind.unit, locale)}`}`),
          ...report.issues.map((i) => formatIssue(i, locale).message),
        ];
        return { ok: true, lines, sheets: indicatorSheets(report, { locale, madeOn: today }) };
      }
      return { ok: false, error: failures.join("\n") };
    }
    case "vacancies": {
      const docs = read.flatMap((r) => r.result.documents.map((doc) => ({ doc, file: r.name })));
      const result = consolidateVacancies(docs, { today });
      if (!result.ok) {
        const first = result.issues[0];
        return { ok: false, error: `${read.map((r) => r.name).join(", ")}: ${first ? formatIssue(first, locale).message : inputErrorMessage("not_vacancies", locale)}` };
      }
      const report = result.report;
      const lines = [
        ...report.totals.map((total) => t("web.vacancyTotals", { period: total.period, orgs: total.orgs, vacancies: total.vacancies })),
        ...report.missing.map((m) => t("web.missingReport", { period: m.period, org: m.org })),
        ...report.issues.map((i) => formatIssue(i, locale).message),
      ];
      return { ok: true, lines, sheets: vacancySheets(report, { locale, madeOn: today }) };
    }
    case "summary": {
      const found = firstPlan(read, locale);
      if (!found.ok) return found;
      const plan = found.plan;
      // Everything loaded goes in, as in the CLI's --staffing and --vacancies: staff data and vacancy tables
      // among the files (or the plan workbook's other sheets) add «Показатели» and the vacancy sheets.
      const data = loadedData(
        read.flatMap((r) => r.result.documents.map((doc) => ({ doc, file: r.name }))),
        found.doc,
        { locale, today },
      );
      const items = itemCells(plan);
      const sheets = [
        planSheet(plan, locale, items),
        ...summarySheets(plan, {
          itemCells: items,
          locale,
          madeOn: today,
          reporting: defaultReportingPeriod(today, plan.period),
          issues: validatePlan(plan),
          source: found.name + (plan.meta.sheet ? ` (${plan.meta.sheet})` : ""),
          perExecutor: false,
          extraSheets: data.sheets,
        }),
      ];
      const staff = data.staffing;
      const lines = [
        ...planLines(plan, found.name, locale),
        staff
          ? t("web.staffFound", { sheet: staff.source.sheet ?? "", rows: staff.source.rows, indicators: staff.indicators.length })
          : t("web.noStaff"),
        data.vacancies
          ? t("web.vacanciesFound", { periods: data.vacancies.periods.length, missing: data.vacancies.missing.length })
          : t("web.noVacancies"),
        t("web.sheetList", { names: sheets.map((s) => `«${s.name}»`).join(", ") }),
      ];
      return { ok: true, lines, sheets };
    }
  }
}

/** The plan of the first file (and sheet) holding one; else the most telling reason none did. */
function firstPlan(read: readonly Read[], locale: Locale): { ok: true; plan: Plan; name: string; doc: SourceDocument } | { ok: false; error: string } {
  let failure: StructureFailure = { reason: "no_table" };
  let where = read[0].name;
  for (const r of read) {
    for (const doc of r.result.documents as SourceDocument[]) {
      const result = structurePlan(doc, { readText: readSheetText });
      if (result.ok) return { ok: true, plan: { ...result.plan, format: contractFormat(r.result.format) }, name: r.name, doc };
      if (rank(result.failure) > rank(failure)) {
        failure = result.failure;
        where = r.name;
      }
    }
  }
  return { ok: false, error: `${where}: ${inputErrorMessage(failure.reason, locale)}` };
}

function rank(f: StructureFailure): number {
  return f.reason === "no_plan_columns" ? 2 : f.reason === "no_table" ? 1 : 0;
}

function planLines(plan: Plan, name: string, locale: Locale): string[] {
  const t = translator(locale);
  const doubted = doubtedCount(plan.items);
  return [
    `${name}: ${plan.title ?? t("web.untitled")}`,
    t("web.planCounts", { sections: plan.sections.length, items: plan.items.length, dropped: plan.dropped.length }),
    ...(doubted > 0 ? [t("web.doubtedItems", { doubted, items: plan.items.length })] : []),
  ];
}

/** Units (ст., %) read the same in both languages; the pseudo-locale marks them like every other text. */
function unitText(unit: string, locale: Locale): string {
  return unit === "%" ? unit : localize({ ru: unit, en: unit }, locale);
}

function noFiles(locale: Locale): string {
  return translator(locale)("web.noFiles");
}
