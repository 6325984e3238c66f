/**
 * `node build/scripts/widthObjective.js [--shape xlsx-column-a-merged] [--seeds 1-20] [--lines] [--oracle]`: the merged split
 * sheet's width search (mergedSheetLayout) weighed against the truth. For each seed: the widths the search learns,
 * the widths the generator drew the layout at (layoutTable CHAR_WIDTHS), the search's objective at both, and at the
 * learnt widths with each column in turn set to its true width (which column's error the objective prefers). With
 * --lines, the sampled lines whose cut differs between the two, with their scores; with --oracle, the items exact when
 * the sheet is read at the learnt widths and at the true ones (what a perfect search would read). The corpus stays the measure:
 * this says whether the objective or the search is at fault.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readInput } from "../src/io/readInput";
import { structurePlan } from "../src/core/plan/structurePlan";
import { mergedSheetLayout, mergedSheetWidths } from "../src/core/table/mergedSheetLayout";
import { readTextDocument } from "../src/io/text/readTextDocument";
import type { SourceDocument } from "../src/core/grid";
import { scorePlan } from "../test/corpus/scorePlan";
import type { TruthPlan } from "../test/corpus/truthPlan";
import { shapeRng, shapeTruth } from "../test/corpus/runCorpus";
import { shapeNamed } from "../test/corpus/shapes/catalogue";
import { CHAR_WIDTHS, drawnColumns } from "../test/corpus/layoutTable";
import { option } from "./option";

/** Items exact when the sheet is read at `widths` (the notes left out: they do not change what is exact). */
function exactAt(docs: readonly SourceDocument[], plan: TruthPlan, widths: readonly number[]): number {
  for (const doc of docs) {
    const r = structurePlan(doc, { readText: (t) => readTextDocument(mergedSheetLayout(t, widths)?.text ?? t, "").blocks });
    if (r.ok) return scorePlan(plan, r.plan).exact;
  }
  return 0;
}

async function sheetText(shapeName: string, seed: number, dir: string): Promise<{ text: string | null; truth: number[]; keys: string[]; docs: readonly SourceDocument[]; plan: TruthPlan }> {
  const shape = shapeNamed(shapeName);
  const r = shapeRng(shape.name, seed);
  const plan = shapeTruth(shape, seed, r);
  const drawn = await shape.draw(plan, r);
  const file = path.join(dir, `${seed}${drawn.ext}`);
  writeFileSync(file, drawn.data);
  let text: string | null = null;
  const docs = (await readInput(file)).documents;
  for (const doc of docs) {
    // Only the text is wanted here: the search runs once, in the probe.
    structurePlan(doc, { readText: (t) => ((text ??= t), []) });
    if (text) break;
  }
  const keys = drawnColumns(plan).map((c) => (typeof c === "string" ? c : "extra"));
  return { text, truth: keys.map((k) => CHAR_WIDTHS[k as keyof typeof CHAR_WIDTHS] ?? 0), keys, docs, plan };
}

async function main(): Promise<void> {
  const shapeName = option("--shape") ?? "xlsx-column-a-merged";
  const [from, to] = (option("--seeds") ?? "1-20").split("-").map(Number);
  const showLines = process.argv.includes("--lines");
  const dir = mkdtempSync(path.join(tmpdir(), "widthObjective-"));
  const oracle = process.argv.includes("--oracle");
  const exact = { learnt: 0, truth: 0 };
  let truthBest = 0;
  let seeds = 0;
  for (let seed = from; seed <= (to ?? from); seed++) {
    const { text, truth, keys, docs, plan } = await sheetText(shapeName, seed, dir);
    const probe = text ? mergedSheetWidths(text) : null;
    if (!probe) {
      console.log(`seed ${seed}: no merged split read`);
      continue;
    }
    seeds++;
    // The truth by the header's columns (the header names them in the drawn order).
    const truthWidths = probe.keys.map((k, j) => (k === "number" ? Infinity : (truth[keys.indexOf(k ?? "extra")] ?? truth[j])));
    const atTruth = probe.objective(truthWidths);
    const atLearnt = probe.objective(probe.learnt);
    if (atTruth >= atLearnt) truthBest++;
    const same = probe.learnt.every((w, j) => w === truthWidths[j] || !Number.isFinite(truthWidths[j]));
    const each = probe.keys.map((k, j) => (k === "number" || probe.learnt[j] === truthWidths[j] ? "" : ` ${k}→${truthWidths[j]}: ${(probe.objective(probe.learnt.map((w, i) => (i === j ? truthWidths[j] : w))) - atLearnt).toFixed(2)}`)).join("");
    console.log(
      `seed ${String(seed).padStart(2)}: ${probe.keys.join("/")} learnt ${probe.learnt.map((w) => (Number.isFinite(w) ? w : "∞")).join("/")} (${atLearnt.toFixed(2)}), truth ${truthWidths.map((w) => (Number.isFinite(w) ? w : "∞")).join("/")} (${atTruth.toFixed(2)}) ${same ? "same" : atTruth >= atLearnt ? "TRUTH BETTER (search)" : "learnt better (objective)"}${each}`,
    );
    if (oracle) {
      const [learnt, atTrue] = [exactAt(docs, plan, probe.learnt), exactAt(docs, plan, truthWidths)];
      exact.learnt += learnt;
      exact.truth += atTrue;
      console.log(`  exact at the learnt widths ${learnt}, at the true ones ${atTrue}, of ${scorePlan(plan, null).items}`);
    }
    if (showLines && !same) {
      const a = probe.cuts(probe.learnt);
      const b = new Map(probe.cuts(truthWidths).map((c) => [c.line, c]));
      for (const c of a) {
        const t = b.get(c.line);
        if (!t || (t.cells.join("|") === c.cells.join("|") && Math.abs(t.score - c.score) < 0.01)) continue;
        console.log(`  line ${c.line}: learnt ${c.score.toFixed(2)} ${c.cells.join(" ‖ ")}\n  ${" ".repeat(String(c.line).length + 5)} truth  ${t.score.toFixed(2)} ${t.cells.join(" ‖ ")}`);
      }
    }
  }
  console.log(`${shapeName}: the truth scores at least the learnt widths on ${truthBest}/${seeds} seeds`);
  if (oracle) console.log(`items exact: at the learnt widths ${exact.learnt}, at the true ones ${exact.truth}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
