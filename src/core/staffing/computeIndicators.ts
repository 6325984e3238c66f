import type { SourceDocument } from "../grid";
import type { Issue } from "../issues/issue";
import { COLUMN_TITLES } from "./columnTitles";
import type { EvalContext } from "./compileCondition";
import { countSumColumns, evaluateCounts, evaluatePersons } from "./evaluateIndicator";
import { findStaffingTables, type StaffingTable } from "./findStaffingTable";
import { countFormulaFor, personNeeds } from "./indicatorNeeds";
import type { IndicatorDefinition } from "./indicatorSchema";
import { IssueSink } from "./issueSink";
import { OrgIndex } from "./orgIndex";
import { PersonStore } from "./personStore";
import { readCountTable, type CountTable } from "./readCountTable";
import { readPersons } from "./readPersons";
import { resolveAsOf } from "./resolveAsOf";
import { resolveCatalogue, type ResolvedCatalogue } from "./resolveCatalogue";
import { toResult } from "./shareAccumulator";
import type { Ymd } from "./staffDate";
import type { StaffingColumn } from "./staffingColumns";
import { checkStatedPercents } from "./statedPercents";
import { ORG_TYPES, type ComputeResult, type IndicatorResult, type IndicatorsOptions } from "./types";

interface Sources {
  readonly persons: PersonStore | null;
  readonly personSheets: string[];
  readonly personRows: number;
  /** Staff schedules first: they are the better source of staffing and vacancy rates. */
  readonly counts: CountTable[];
  readonly orgs: OrgIndex;
}

function readSources(tables: readonly StaffingTable[], asOf: Ymd | null, sinkOf: (sheet: string | null) => IssueSink): Sources {
  const orgs = new OrgIndex();
  const personTables = tables.filter((t) => t.kind === "persons");
  const capacity = personTables.reduce((n, t) => n + t.grid.rows.length, 0);
  const persons = personTables.length > 0 ? new PersonStore(capacity, orgs) : null;
  const seen = new Map<string, number>();
  let personRows = 0;
  for (const t of personTables) personRows += readPersons(t, persons!, asOf, sinkOf(t.doc.sheet), seen);
  const counts = tables.filter((t) => t.kind !== "persons").map((t) => readCountTable(t, orgs, sinkOf(t.doc.sheet)));
  counts.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "schedule" ? -1 : 1));
  return { persons, personSheets: personTables.map((t) => t.doc.sheet ?? t.doc.name), personRows, counts, orgs };
}

function missingIssue(def: IndicatorDefinition, columns: readonly StaffingColumn[], dated: boolean): Issue {
  const names = columns.map((c) => `«${COLUMN_TITLES[c]}»`);
  if (dated) names.push("дата расчёта (--as-of или «по состоянию на …»)");
  return { code: "indicator_data_missing", severity: "info", item: def.id, params: { title: def.title.ru, columns: names.join(", ") } };
}

function evaluate(def: IndicatorDefinition, src: Sources, ctx: EvalContext | null, catalogue: ResolvedCatalogue, orgTypes: Uint8Array): IndicatorResult | Issue {
  const names = src.orgs.names;
  if (src.persons && ctx && def.persons) {
    const needs = personNeeds(def);
    const absent = needs.columns.filter((c) => !src.persons!.present.has(c));
    if (absent.length === 0 && (!needs.dated || ctx.asOf !== null)) return toResult(def, evaluatePersons(def, ctx, catalogue.population), names);
    if (!def.counts?.length || src.counts.length === 0) return missingIssue(def, absent, needs.dated && ctx.asOf === null);
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
  const resolved = resolveCatalogue(opts.config);
  if (!resolved.ok) return { ok: false, issues: resolved.issues };
  const tables = docs.flatMap(findStaffingTables);
  if (tables.length === 0) {
    const sheets = docs.map((d) => d.sheet ?? d.name).join(", ");
    return { ok: false, issues: [{ code: "sheet_not_staffing", severity: "error", sheet: docs[0]?.sheet ?? null, params: { sheets } }] };
  }
  const asOf = resolveAsOf(opts, tables);
  if (!asOf.ok) return { ok: false, issues: [asOf.issue] };
  const sinks = new Map<string | null, IssueSink>();
  const sinkOf = (sheet: string | null) => sinks.get(sheet) ?? sinks.set(sheet, new IssueSink(sheet)).get(sheet)!;
  const src = readSources(tables, asOf.date, sinkOf);
  const orgTypes = typeCodes(src.orgs);
  const issues: Issue[] = [...asOf.issues];
  let ctx: EvalContext | null = null;
  if (src.persons) {
    const store = src.persons;
    const typeOf = new Uint8Array(store.n);
    for (let i = 0; i < store.n; i++) typeOf[i] = store.type[i] || orgTypes[store.org[i]];
    ctx = { store, asOf: asOf.date, typeOf };
    if (!store.present.has("group")) issues.push({ code: "group_assumed", severity: "info", sheet: src.personSheets[0] ?? null });
  }
  src.orgs.names.forEach((name, o) => {
    if (orgTypes[o] === 0) issues.push({ code: "type_unknown", severity: "warning", item: name, params: { org: name } });
  });
  const indicators: IndicatorResult[] = [];
  for (const def of resolved.catalogue.definitions) {
    const result = evaluate(def, src, ctx, resolved.catalogue, orgTypes);
    if ("code" in result) issues.push(result);
    else indicators.push(result);
  }
  for (const table of src.counts) issues.push(...checkStatedPercents(table, resolved.catalogue.definitions, src.orgs.names));
  for (const sink of sinks.values()) issues.push(...sink.issues());
  const primary = src.persons ? null : (src.counts.find((c) => c.kind === "aggregated") ?? src.counts[0]);
  const source = src.persons
    ? { sheet: src.personSheets.join(", ") || null, kind: "persons" as const, rows: src.personRows }
    : { sheet: primary!.sheet, kind: "aggregated" as const, rows: primary!.rows };
  return { ok: true, report: { source, indicators, issues } };
}
