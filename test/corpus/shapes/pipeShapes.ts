import { CHAR_WIDTHS, drawnRows, layRows, paginate } from "../layoutTable";
import type { Rng } from "../rng";
import type { TruthPlan } from "../truthPlan";
import { type Shape, withTitleAndSignatures } from "./shape";

/** How one pipe-table dialect draws its rule under the header and its rows. */
interface PipeDialect {
  readonly rule: (widths: readonly number[]) => string;
  readonly outer: boolean;
  /** Extra pipes at the end of every row, as some converters pad short rows. */
  readonly padding: boolean;
}

const dashes = (ch: string, joint = "|") => (ws: readonly number[]) => `|${ws.map((w) => ch.repeat(Math.max(3, Math.min(w, 12)))).join(joint)}|`;

const DIALECTS: Readonly<Record<string, PipeDialect>> = {
  "pipe-md": { rule: dashes("-"), outer: true, padding: false },
  "pipe-emdash": { rule: dashes("—"), outer: true, padding: false },
  "pipe-boxrule": { rule: dashes("─"), outer: true, padding: false },
  "pipe-equals": { rule: dashes("="), outer: true, padding: false },
  "pipe-plus": { rule: (ws) => `+${ws.map((w) => "-".repeat(Math.min(w, 12))).join("+")}+`, outer: true, padding: false },
  "pipe-no-outer": { rule: (ws) => ws.map((w) => "-".repeat(Math.max(3, Math.min(w, 12)))).join("|"), outer: false, padding: false },
  "pipe-padding": { rule: dashes("-"), outer: true, padding: true },
};

function pipeRow(cells: readonly string[], d: PipeDialect): string {
  const inner = cells.map((c) => c.replace(/\n/g, " ")).join(" | ");
  const row = d.outer ? `| ${inner} |` : inner;
  return d.padding ? `${row}|||` : row;
}

/**
 * One table row per item, a section as a row with its text in the first cell; a page break is a blank line and the
 * header again, and the item it cut continues in a row with no number (as text copied from a paged document).
 */
function drawPipes(plan: TruthPlan, r: Rng, d: PipeDialect): string {
  const width = plan.order.length;
  const ws = plan.order.map((k) => CHAR_WIDTHS[k]);
  const head = () => [pipeRow(plan.order.map((k) => plan.headers[k]), d), d.rule(ws)];
  const out = head();
  const rows = drawnRows(plan, { numbered: true }).slice(1);
  const breakAt = r.int(2, Math.max(2, rows.length - 1));
  rows.forEach((row, i) => {
    if (row.kind === "section" && row.numbered) out.push(pipeRow([row.numbered.number, row.numbered.title, ...Array(width - 2).fill("")], d));
    else if (row.kind === "section") out.push(pipeRow([row.text, ...Array(width - 1).fill("")], d));
    else if (row.kind === "item" && i === breakAt && row.item.name.split(" ").length > 3) {
      const words = row.item.name.split(" ");
      const cut = Math.floor(words.length / 2);
      const nameAt = plan.order.indexOf("name");
      out.push(pipeRow(row.cells.map((c, k) => (k === nameAt ? words.slice(0, cut).join(" ") : c)), d));
      out.push("", ...head());
      out.push(pipeRow(row.cells.map((_, k) => (k === nameAt ? words.slice(cut).join(" ") : "")), d));
    } else out.push(pipeRow(row.cells, d));
  });
  return out.join("\n");
}

/** Cells wrapped over several text lines inside the pipes, the rule only under the header. */
function drawWrappedPipes(plan: TruthPlan, r: Rng): string {
  const laid = layRows(plan, drawnRows(plan, { numbered: true }), CHAR_WIDTHS, 3);
  const ws = plan.order.map((k) => CHAR_WIDTHS[k]);
  const total = ws.reduce((a, b) => a + b, 0) + 3 * (ws.length - 1);
  const out: string[] = [];
  for (const page of paginate(laid, r.int(30, 50), r.int(20, 30))) {
    if (out.length) out.push("");
    for (const { laid: l, from, to } of page) {
      for (let k = from; k < to; k++) {
        if (l.row.kind === "section" && l.row.numbered) out.push(`| ${(l.columns[0][k] ?? "").padEnd(ws[0])} | ${(l.columns[1][k] ?? "").padEnd(total - ws[0] - 3)} |`);
        else if (l.row.kind === "section") out.push(`| ${(l.columns[0][k] ?? "").padEnd(total)} |`);
        else out.push(`| ${l.columns.map((c, i) => (c[k] ?? "").padEnd(ws[i])).join(" | ")} |`);
      }
      if (l.row.kind === "header") out.push(`|${ws.map((w) => "-".repeat(w + 2)).join("|")}|`);
    }
  }
  return out.join("\n");
}

export const PIPE_SHAPES: readonly Shape[] = [
  ...Object.entries(DIALECTS).map(([name, d]): Shape => ({
    name,
    about: "pipe table, one row per item",
    draw: (plan, r) => ({ ext: ".md", data: withTitleAndSignatures(plan, drawPipes(plan, r, d)) }),
  })),
  { name: "pipe-wrapped", about: "pipe table, cells wrapped over lines", draw: (plan, r) => ({ ext: ".txt", data: withTitleAndSignatures(plan, drawWrappedPipes(plan, r)) }) },
];
