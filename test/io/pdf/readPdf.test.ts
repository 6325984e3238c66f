import * as fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { type AbstractPlan } from "../../fixtures/plans/abstractPlan";
import { planArbitrary } from "../../fixtures/plans/planArbitrary";
import { renderPdf, renderScan } from "../../fixtures/plans/renderPdf";
import { type Layout, SIGNATURES, VERTICAL_ALIGNS } from "../../fixtures/plans/renderPositioned";
import { ensureBuiltCli, runBuiltCli, structureBuilt } from "../../helpers/builtCli";
import { contractErrors } from "../../helpers/runCli";

let dir: string;
beforeAll(() => {
  ensureBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), "plankadry-pdf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PlanJson {
  title: string | null;
  format: string;
  sections: { number: string | null; title: string }[];
  items: { number: string | null; name: string; section: string | null; responsible: { text: string; parties: unknown[] }; deadline: { text: string; kind: string }; result: string; source: { page?: number } }[];
  dropped: { reason: string; text: string }[];
  columns: Record<string, string | null | string[]>;
  meta: { titleBlock: string[]; signatureBlock: string[] };
}

function expectSamePlan(plan: PlanJson, source: AbstractPlan, itemPages: readonly number[]): void {
  expect(plan.sections.map((s) => [s.number, s.title])).toEqual(source.sections.map((s) => [s.number, s.title]));
  expect(plan.items.map((i) => ({ number: i.number, name: i.name, responsible: i.responsible.text, deadline: i.deadline.text, result: i.result, section: i.section }))).toEqual(
    source.sections.flatMap((s) => s.items.map((i) => ({ number: i.number, name: i.name, responsible: i.responsible, deadline: i.deadline, result: i.result, section: s.number }))),
  );
  expect(plan.items.map((i) => i.source.page)).toEqual(itemPages);
}

/** Every word printed on the pages is somewhere in the plan: columns, items, sections, title, signatures or dropped rows. */
function expectNothingLost(plan: PlanJson, printed: readonly string[]): void {
  const kept = new Map<string, number>();
  const texts = [
    ...plan.items.flatMap((i) => [i.number ?? "", i.name, i.responsible.text, i.deadline.text, i.result]),
    ...plan.sections.flatMap((s) => [s.number ? `${s.number}.` : "", s.title]),
    ...plan.dropped.map((d) => d.text),
    ...Object.values(plan.columns).flat().filter((h): h is string => typeof h === "string"),
  ];
  for (const w of texts.join(" ").split(/[\s|]+/).filter(Boolean)) kept.set(w, (kept.get(w) ?? 0) + 1);
  const missing = printed.flatMap((t) => t.split(/\s+/)).filter((w) => {
    const n = kept.get(w) ?? 0;
    kept.set(w, n - 1);
    return n <= 0;
  });
  expect(missing).toEqual([]);
}

describe("plankadry structure plan.pdf", () => {
  // Random plans, drawn with and without cell borders, over several pages; one long plan over many pages.
  const plans = fc.sample(planArbitrary, { numRuns: 6, seed: Number(process.env.FC_SEED ?? 20261128) });
  const big = fc.sample(planArbitrary, { numRuns: 12, seed: 7 });
  const long: AbstractPlan = { ...big[0], sections: big.flatMap((p) => p.sections).map((s, si) => ({ ...s, number: `${si + 1}`, items: s.items.map((it, ii) => ({ ...it, number: `${si + 1}.${ii + 1}` })) })) };
  // Cells at the top, in the middle or at the bottom of their rows, in turn: a number then prints beside the first,
  // middle or last line of its row's name.
  const cases = [
    ...plans.flatMap((source, i) => [true, false].map((ruled, k) => ({ name: `plan-${i}-${ruled ? "ruled" : "stream"}.pdf`, source, ruled, align: VERTICAL_ALIGNS[(2 * i + k) % 3] }))),
    { name: "long.pdf", source: long, ruled: false, align: VERTICAL_ALIGNS[1] },
  ];
  const results = new Map<string, { plan: PlanJson; layout: Layout }>();

  beforeAll(async () => {
    const layouts = await Promise.all(
      cases.map(async (c) => {
        const { bytes, layout } = await renderPdf(c.source, c.ruled, c.align);
        writeFileSync(path.join(dir, c.name), bytes);
        return layout;
      }),
    );
    const plans = structureBuilt(cases.map((c) => path.join(dir, c.name))) as PlanJson[];
    cases.forEach((c, i) => results.set(c.name, { plan: plans[i], layout: layouts[i] }));
  });

  test.each(cases.map((c) => [c.name, c.align, c] as const))("%s (cells at the %s) comes back whole, with pages, furniture and signatures", (_, _align, c) => {
    const { plan, layout } = results.get(c.name)!;
    expect(plan).not.toHaveProperty("error");
    expectSamePlan(plan, c.source, layout.itemPages);
    expect(plan.title).toBe(c.source.title);
    expect(plan.meta.signatureBlock).toEqual(SIGNATURES);
    expect(plan.dropped.filter((d) => d.reason === "page_furniture").map((d) => d.text).sort()).toEqual(Array.from({ length: layout.pages }, (_, k) => `${k + 1}`).sort());
    expect(plan.dropped.filter((d) => d.reason === "repeated_header")).toHaveLength(layout.pages - 1);
    expectNothingLost(plan, layout.runs.map((r) => r.text));
  });

  test("the long plan takes many pages and has items with several executors", () => {
    const { plan, layout } = results.get("long.pdf")!;
    expect(layout.pages).toBeGreaterThan(3);
    expect(plan.items.some((i) => i.responsible.parties.length > 1)).toBe(true);
  });

  test("the CLI reads a PDF: --json follows the contract and says format pdf", () => {
    const r = runBuiltCli("structure", path.join(dir, "plan-0-ruled.pdf"), "--json");
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const plan = JSON.parse(r.stdout);
    expect(contractErrors("plan", plan)).toEqual([]);
    expect(plan.format).toBe("pdf");
    expect(plan.items.length).toBe(results.get("plan-0-ruled.pdf")!.plan.items.length);
  });

  test("a scan (a picture, no text layer) exits 2 with one line saying it needs OCR", async () => {
    const file = path.join(dir, "скан.pdf");
    writeFileSync(file, await renderScan());
    const r = runBuiltCli("structure", file, "--json");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/скан\.pdf: .*OCR/)]);
  });

  test("a file that starts like a PDF but is not one exits 2 naming the file", () => {
    const file = path.join(dir, "broken.pdf");
    writeFileSync(file, "%PDF-1.7\nnot really a pdf\n");
    const r = runBuiltCli("structure", file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/broken\.pdf: /)]);
  });
});
