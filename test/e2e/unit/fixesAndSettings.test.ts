import { makeGrid, sheetDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { PLAN_SHEET_LAYOUT } from "../../../src/core/plan/planSheets";
import { validatePlan } from "../../../src/core/plan/validate";
import { canFix, fixFor } from "../../../src/taskpane/logic/issueFixes";
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTING_KEYS } from "../../../src/app/paneSettings";
import type { PaneSettingsStore } from "../../../src/app/services";
import { seedCells } from "../helpers/seedCells";

function seedPlan() {
  const cells = seedCells("001_116feb1af0268eee.txt");
  const grid = makeGrid(cells.map((c, i) => ({ cells: c, row: i + 1 })).filter((r) => r.cells.length > 0));
  const r = structurePlan(sheetDocument("План", "План", grid));
  if (!r.ok) throw new Error(r.failure.reason);
  return r.plan;
}

describe("fixes", () => {
  test("a spelling variant is replaced in its cell only, and validation no longer reports that item", () => {
    const plan = seedPlan();
    const issues = validatePlan(plan);
    const variant = issues.find((i) => i.code === "responsible_variant")!;
    expect(canFix(variant)).toBe(true);
    const fix = fixFor(plan, variant)!;
    const wrong = String(variant.params!.variant);
    expect(fix.edits).toHaveLength(1);
    const edit = fix.edits[0];
    expect(edit.col).toBe(PLAN_SHEET_LAYOUT.columns.responsible);
    const item = plan.items[edit.row - PLAN_SHEET_LAYOUT.firstItemRow];
    expect(item.source.rows).toContain(variant.row);
    // The new cell text: the old one with that one party's spelling replaced, everything else kept.
    expect(edit.text).toBe(item.responsible.text.split(wrong).join(variant.suggestion!));
    const after = validatePlan(fix.plan).filter((i) => i.code === "responsible_variant");
    expect(after).toHaveLength(issues.filter((i) => i.code === "responsible_variant").length - 1);
    expect(after.some((i) => i.row === variant.row && i.params?.variant === wrong)).toBe(false);
    // Other items are the same objects.
    expect(fix.plan.items.filter((it, i) => it !== plan.items[i])).toHaveLength(1);
  });

  test("issues without a known fix offer none", () => {
    expect(canFix({ code: "deadline_missing", severity: "error", suggestion: "x" })).toBe(false);
    expect(canFix({ code: "responsible_variant", severity: "warning", suggestion: null })).toBe(false);
  });
});

function memoryStore(initial: Record<string, string> = {}): PaneSettingsStore & { data: Map<string, string>; saves: number } {
  const data = new Map(Object.entries(initial));
  const store = {
    data,
    saves: 0,
    get: (k: string) => data.get(k) ?? null,
    set: (k: string, v: string | null) => void (v === null ? data.delete(k) : data.set(k, v)),
    save: async () => void store.saves++,
  };
  return store;
}

describe("settings stored in the document", () => {
  test("saved and read back; one save for all parts", async () => {
    const store = memoryStore();
    const settings = { ...DEFAULT_SETTINGS, rules: { rules: { deadline_vague: { enabled: false } } }, indicatorConfig: '{"indicators": []}', language: "en" as const };
    await saveSettings(store, settings);
    expect(store.saves).toBe(1);
    expect(loadSettings(store, "ru")).toEqual({ settings, problems: [] });
  });

  test("a damaged part falls back to its default and is reported; the others survive", () => {
    const store = memoryStore({ [SETTING_KEYS.rules]: "{not json", [SETTING_KEYS.language]: "en", [SETTING_KEYS.hoursPerRate]: '{"учитель": -3}' });
    const { settings, problems } = loadSettings(store, "ru");
    expect(settings.rules).toEqual({});
    expect(settings.language).toBe("en");
    expect(settings.hoursPerRate).toEqual(DEFAULT_SETTINGS.hoursPerRate);
    expect(problems.map((p) => p.id)).toEqual(["error.badRuleConfig"]);
  });

  test("an unknown rule code is a problem, not a silently ignored setting", () => {
    const { settings, problems } = loadSettings(memoryStore({ [SETTING_KEYS.rules]: '{"rules": {"no_such_rule": {"enabled": false}}}' }), "ru");
    expect(settings.rules).toEqual({});
    expect(problems).toHaveLength(1);
  });
});
