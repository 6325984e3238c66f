import type { Deadline } from "../../../src/core/plan/deadline/types";
import type { Plan, PlanItem, SubEvent } from "../../../src/core/plan/types";

/** Hand-built plans for rule tests: every field explicit, nothing parsed, so each test states what it checks. */

export interface PartySpec {
  text: string;
  org?: string | null;
  position?: string | null;
  person?: string | null;
}

export interface ItemSpec {
  number?: string | null;
  section?: string | null;
  name?: string;
  responsible?: string;
  parties?: PartySpec[];
  deadline?: Partial<Deadline>;
  result?: string;
  subEvents?: SubEvent[];
  rows?: number[];
  notes?: PlanItem["notes"];
}

export function deadline(d: Partial<Deadline> = {}): Deadline {
  return { text: "Март 2022 года", kind: "period", start: "2022-03-01", end: "2022-03-31", every: null, ...d };
}

/** Items get rows 10, 11, 12 … unless told. */
export function makeItem(spec: ItemSpec, index = 0): PlanItem {
  const parties = (spec.parties ?? [{ text: spec.responsible ?? "Методист Иванова А.А.", position: "методист", person: "Иванова А.А." }]).map((p) => ({
    text: p.text,
    org: p.org ?? null,
    position: p.position ?? null,
    person: p.person ?? null,
  }));
  return {
    number: spec.number === undefined ? String(index + 1) : spec.number,
    section: spec.section ?? null,
    name: spec.name ?? `Мероприятие номер ${index + 1}`,
    responsible: { text: spec.responsible ?? parties.map((p) => p.text).join(", "), parties: parties as PlanItem["responsible"]["parties"] },
    deadline: deadline(spec.deadline),
    result: spec.result ?? "Протокол заседания, 25 участников",
    subEvents: spec.subEvents ?? [],
    extra: {},
    source: { sheet: "План", rows: spec.rows ?? [10 + index] },
    ...(spec.notes ? { notes: spec.notes } : {}),
  };
}

export function makePlan(items: ItemSpec[], over: Partial<Omit<Plan, "meta">> & { meta?: Partial<Plan["meta"]> } = {}): Plan {
  const { meta, ...rest } = over;
  return {
    title: "План работы на 2022 год",
    period: { start: "2022-01-01", end: "2022-12-31" },
    columns: { number: "№ п/п", name: "Наименование мероприятия", responsible: "Ответственный", deadline: "Срок", result: "Результат", extra: [] },
    columnPositions: { number: 1, name: 2, responsible: 3, deadline: 4, result: 5 },
    sections: [],
    items: items.map((s, i) => makeItem(s, i)),
    dropped: [],
    issues: [],
    ...rest,
    meta: { file: "plan.xlsx", sheet: "План", format: "xlsx", titleBlock: [], signatureBlock: [], abbreviations: {}, otherTables: [], totals: [], ...meta },
  };
}
