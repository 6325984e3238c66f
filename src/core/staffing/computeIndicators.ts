import type { SourceDocument } from "../grid";
import type { Issue } from "../issues/issue";
import { COLUMN_TITLES } from "./columnTitles";
import { countSumColumns, evaluateCounts } from "./evaluateIndicator";
import { readStaffingTables, STAFFING_CAPTIONS, type StaffingTable } from "./findStaffingTable";
import { uncelledHeader, uncelledParams } from "../table/uncelledHeader";
import { countFormulaFor, personNeeds } from "./indicatorNeeds";
import type { IndicatorDefinition } from "./indicatorSchema";
import { impossibleShares } from "./impossibleShares";
import { IssueSink } from "./issueSink";
import { OrgIndex } from "./orgIndex";
import { PersonTally } from "./personTally";
import { readCountTable, type CountTable } from "./readCountTable";
import { resolveAsOf } from "./resolveAsOf";
import { resolveCatalogue, type ResolvedCatalogue } from "./resolveCatalogue";
import { toResult } from "./shareAccumulator";
import type { Ymd } from "./staffDate";
import type { StaffingColumn } from "./staffingColumns";
import { checkStatedPercents } from "./statedPercents";
import { ORG_TYPES, type ComputeResult, type IndicatorResult, type IndicatorsOptions, type IndicatorsReport } from "./types";

export interface Sources {
  readonly persons: PersonTally | null;
  readonly personSheets: string[];
  readonly personRows: number;
  /** Staff schedules first: they are the better source of staffing and vacancy rates. */
  readonly counts: CountTable[];
  readonly orgs: OrgIndex;
}

export type SinkOf = (sheet: string | null) => IssueSink;

function readSources(tables: readonly StaffingTable[], asOf: Ymd | null, sinkOf: SinkOf, catalogue: ResolvedCatalogue): Sources {
  const orgs = new OrgIndex();
  const personTables = tables.filter((t) => t.kind === "persons");
  // Documents already in memory: one window as large as all their rows, so that the list is judged as a whole.
  const capacity = personTables.reduce((n, t) => n + t.grid.rows.length, 0);
  const persons = personTables.length > 0 ? new PersonTally(personTables, catalogue.definitions, catalogue.population, asOf, orgs, capacity) : null;
  let personRows = 0;
  for (const t of personTables) {
    const reader = persons!.reader(t, sinkOf(t.doc.sheet));
    for (let r = t.firstDataRow; r < t.grid.rows.length; r++) reader.push(t.grid.rows[r]);
    personRows += reader.rows;
  }
  const counts = tables.filter((t) => t.kind !== "persons").map((t) => readCountTable(t, orgs, sinkOf(t.doc.sheet)));
  counts.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "schedule" ? -1 : 1));
  return { persons, personSheets: personTables.map((t) => t.doc.sheet ?? t.doc.name), personRows, counts, orgs };
}

function missingIssue(def: IndicatorDefinition, columns: readonly StaffingColumn[], dated: boolean): Issue {
  const names = columns.map((c) => `«${COLUMN_TITLES[c]}»`);
  if (dated) names.push("дата расчёта (--as-of или «по состоянию на …»)");
  return { code: "indicator_data_missing", severity: "info", item: def.id, params: { title: def.title.ru, columns: names.join(", ") } };
}

function evaluate(def: IndicatorDefinition, src: Sources, orgTypes: Uint8Array): IndicatorResult | Issue {
  const names = src.orgs.names;
  const tally = src.persons;
  if (tally && def.persons) {
    if (tally.computable(def)) return toResult(def, tally.result(def), names);
    const needs = personNeeds(def);
    const absent = needs.columns.filter((c) => !tally.present.has(c));
    if (!def.counts?.length || src.counts.length === 0) return missingIssue(def, absent, needs.dated && tally.asOf === null);
  }
  for (const table of src.counts) {
    const formula = countFormulaFor(def, table.present);
    if (formula) return toResult(def, evaluateCounts(formula, table, names.length, orgTypes), names);
  }
  // Name what would have made it computable: the person columns when the source is a staff list and the
  // definition reads persons, else the count columns of its first formula (a staff schedule for staffing_rate).
  const first = def.counts?.[0];
  const wanted = def.persons && (src.persons || !first) ? personNeeds(def).columns : first ? countSumColumns(first) : [];
  return missingIssue(def, wanted as StaffingColumn[], false);
}

function typeCodes(orgs: OrgIndex): Uint8Array {
  return Uint8Array.from(orgs.resolvedTypes(), (t) => (t ? ORG_TYPES.indexOf(t) + 1 : 0));
}

/** Indicator shares of staffing data: every staffing sheet of the documents, the defaults or the user's catalogue. */
export function computeIndicators(docs: readonly SourceDocument[], opts: IndicatorsOptions = {}): ComputeResult {
  const resolved = resolveCatalogue(opts.catalogue);
  if (!resolved.ok) return { ok: false, issues: resolved.issues };
  const read = docs.map((doc) => ({ doc, ...readStaffingTables(doc) }));
  const tables = read.flatMap((r) => r.tables);
  if (tables.length === 0) return notStaffing(docs, docs.map(uncelledStaffing).find((i) => i !== null));
  const asOf = resolveAsOf(opts, tables);
  if (!asOf.ok) return { ok: false, issues: [asOf.issue] };
  const sinks = new SinkSet();
  const src = readSources(tables, asOf.date, sinks.of, resolved.catalogue);
  // Rows of a staffing table's part left unread (unreadParts) are told: a list short of them is no list.
  const unread = read.flatMap(({ doc, tables: own, unread: parts }): Issue[] =>
    own.length === 0 ? [] : parts.map((u) => ({ code: "rows_unread", severity: "warning", sheet: doc.sheet ?? doc.name, row: u.first, params: { first: u.first, last: u.last, after: u.after ?? "—" } })),
  );
  return { ok: true, report: indicatorsReport(src, resolved.catalogue, [...asOf.issues, ...unread], sinks) };
}

/**
 * The error of a document whose staffing table lost its cells (a PDF's text copied, its lines in column A), or null:
 * the user hears what to open instead of «no staffing data».
 */
export function uncelledStaffing(doc: SourceDocument): Issue | null {
  const uncelled = uncelledHeader(doc, STAFFING_CAPTIONS);
  return uncelled && { code: "table_without_cells", severity: "error", sheet: doc.sheet ?? doc.name, row: uncelled.first, params: uncelledParams(uncelled) };
}

/** No staffing table in `docs`: the table that lost its cells where one did (uncelledStaffing), else none found. */
export function notStaffing(docs: readonly Pick<SourceDocument, "name" | "sheet">[], uncelled: Issue | null = null): ComputeResult {
  if (uncelled) return { ok: false, issues: [uncelled] };
  const sheets = docs.map((d) => d.sheet ?? d.name).join(", ");
  return { ok: false, issues: [{ code: "sheet_not_staffing", severity: "error", sheet: docs[0]?.sheet ?? null, params: { sheets } }] };
}

/** One issue sink per sheet, in order of first use. */
export class SinkSet {
  private readonly sinks = new Map<string | null, IssueSink>();
  readonly of: SinkOf = (sheet) => this.sinks.get(sheet) ?? this.sinks.set(sheet, new IssueSink(sheet)).get(sheet)!;
  issues(): Issue[] {
    return [...this.sinks.values()].flatMap((s) => s.issues());
  }
}

/** The report of sources read to the end: every indicator of the catalogue, or why it is left out. */
export function indicatorsReport(src: Sources, catalogue: ResolvedCatalogue, asOfIssues: readonly Issue[], sinks: SinkSet): IndicatorsReport {
  const orgTypes = typeCodes(src.orgs);
  const issues: Issue[] = [...asOfIssues];
  if (src.persons && !src.persons.present.has("group")) issues.push({ code: "group_assumed", severity: "info", sheet: src.personSheets[0] ?? null });
  src.orgs.names.forEach((name, o) => {
    if (orgTypes[o] === 0) issues.push({ code: "type_unknown", severity: "warning", item: name, params: { org: name } });
  });
  const indicators: IndicatorResult[] = [];
  for (const def of catalogue.definitions) {
    const result = evaluate(def, src, orgTypes);
    if ("code" in result) issues.push(result);
    else indicators.push(result);
  }
  issues.push(...impossibleShares(indicators));
  for (const table of src.counts) issues.push(...checkStatedPercents(table, catalogue.definitions, src.orgs.names));
  issues.push(...sinks.issues());
  const primary = src.persons ? null : (src.counts.find((c) => c.kind === "aggregated") ?? src.counts[0]);
  const source = src.persons
    ? { sheet: src.personSheets.join(", ") || null, kind: "persons" as const, rows: src.personRows }
    : { sheet: primary!.sheet, kind: "aggregated" as const, rows: primary!.rows };
  return { source, indicators, issues };
}
