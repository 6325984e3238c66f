import { iso, lastDay, type TruthDeadline } from "../deadlineForms";
import type { Rng } from "../rng";
import type { Key, TruthItem, TruthPlan } from "../truthPlan";
import type { Shape } from "./shape";
import { workbookBytes, type XlsxCell } from "./xlsxShapes";

const MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const MONTHS_SHORT = ["янв.", "фев.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];
const QUARTERS = ["I квартал", "II квартал", "III квартал", "IV квартал"];
const MARKS = ["х", "x", "+", "V", "✓", "●", "1"];

/**
 * A план-график: the deadline column gives way to month or quarter columns under a header naming the year, and the
 * deadline is where the marks are (DESIGN §3): a run of marks is the span from the first to the last marked column;
 * marks in every column repeat (monthly, quarterly).
 */
export function toSchedule(plan: TruthPlan, r: Rng): TruthPlan {
  const unit = r.pick(["month", "quarter"] as const);
  const n = unit === "month" ? 12 : 4;
  const y = plan.year;
  const mark = (it: TruthItem): TruthItem => {
    const every = r.chance(0.2);
    const a = every ? 1 : r.int(1, n);
    const b = every ? n : r.int(a, Math.min(n, a + r.int(0, 3)));
    const columns = Array.from({ length: b - a + 1 }, (_, k) => a + k);
    const [m1, m2] = unit === "month" ? [a, b] : [a * 3 - 2, b * 3];
    // Marks in every column repeat, however the span was drawn (DESIGN §3: marks in every quarter → quarterly).
    const deadline: TruthDeadline = every || columns.length === n
      ? { text: "", kind: "recurring", start: iso(y, 1, 1), end: iso(y, 12, 31), every: unit }
      : { text: "", kind: "period", start: iso(y, m1, 1), end: iso(y, m2, lastDay(y, m2)), every: null };
    return { ...it, deadline, marks: { unit, columns } };
  };
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(mark) })) };
}

interface Layout {
  readonly keys: readonly Key[];
  readonly gridAt: number;
  readonly labels: readonly string[];
}

function layout(plan: TruthPlan, r: Rng): Layout {
  const keys = plan.order.filter((k) => k !== "deadline");
  const unit = plan.sections.flatMap((s) => s.items)[0]?.marks?.unit ?? "month";
  const labels = unit === "quarter" ? QUARTERS : r.pick([MONTHS, MONTHS_SHORT]);
  return { keys, gridAt: plan.order.indexOf("deadline"), labels };
}

/** Rows of the grid: two header rows (names; the year over the grid, then its months or quarters) and the items. */
function scheduleRows(plan: TruthPlan, r: Rng): { rows: XlsxCell[][]; width: number; gridFrom: number; headerRow: number } {
  const { keys, gridAt, labels } = layout(plan, r);
  const mark = r.pick(MARKS);
  const before = keys.slice(0, gridAt);
  const after = keys.slice(gridAt);
  const width = keys.length + labels.length;
  const line = (f: (k: Key) => string, grid: readonly string[]) => [...before.map(f), ...grid, ...after.map(f)];
  const rows: XlsxCell[][] = [...plan.titleBlock.map((l) => [l]), [], [plan.title], []];
  const headerRow = rows.length + 1;
  const yearTitle = r.pick([`${plan.year} год`, `Сроки исполнения (${plan.year} год)`, `${plan.year}`]);
  rows.push(line((k) => plan.headers[k], [yearTitle, ...labels.slice(1).map(() => "")]));
  rows.push(line(() => "", labels));
  for (const s of plan.sections) {
    rows.push([s.label]);
    for (const it of s.items) {
      const value: Record<Key, string> = { number: it.number, name: it.name, responsible: it.responsible, deadline: "", result: it.result };
      rows.push(line((k) => value[k], labels.map((_, c) => (it.marks!.columns.includes(c + 1) ? mark : ""))));
    }
  }
  rows.push([], ...plan.signatures.map((l) => [l]));
  return { rows, width, gridFrom: before.length, headerRow };
}

const column = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`);

async function scheduleWorkbook(plan: TruthPlan, r: Rng): Promise<Uint8Array> {
  const { rows, width, gridFrom, headerRow } = scheduleRows(plan, r);
  const gridTo = gridFrom + (width - (plan.order.length - 1)) - 1;
  const merges = [`${column(gridFrom)}${headerRow}:${column(gridTo)}${headerRow}`];
  for (let c = 0; c < width; c++) if (c < gridFrom || c > gridTo) merges.push(`${column(c)}${headerRow}:${column(c)}${headerRow + 1}`);
  rows.forEach((row, i) => {
    if (row.length === 1 && i + 1 > headerRow + 1 && typeof row[0] === "string" && plan.sections.some((s) => s.label === row[0])) merges.push(`A${i + 1}:${column(width - 1)}${i + 1}`);
  });
  return workbookBytes(rows, merges, "План-график");
}

function scheduleText(plan: TruthPlan, r: Rng): string {
  const { rows, width } = scheduleRows(plan, r);
  const cell = (v: XlsxCell) => String(v ?? "").replace(/\n/g, " ");
  const lines = rows.map((row) => {
    const isTable = row.length > 1 || plan.sections.some((s) => s.label === row[0]);
    return isTable ? `| ${Array.from({ length: width }, (_, i) => cell(row[i] ?? null)).join(" | ")} |` : cell(row[0] ?? null);
  });
  const second = lines.findIndex((l, i) => l.startsWith("|") && lines[i - 1]?.startsWith("|"));
  lines.splice(second + 1, 0, `|${Array(width).fill("---").join("|")}|`);
  return `${lines.join("\n")}\n`;
}

export const SCHEDULE_SHAPES: readonly Shape[] = [
  { name: "schedule-xlsx", about: "план-график: marks under months/quarters (workbook)", truth: toSchedule, draw: async (plan, r) => ({ ext: ".xlsx", data: await scheduleWorkbook(plan, r) }) },
  { name: "schedule-pipe", about: "план-график as a pipe table", truth: toSchedule, draw: (plan, r) => ({ ext: ".md", data: scheduleText(plan, r) }) },
];
