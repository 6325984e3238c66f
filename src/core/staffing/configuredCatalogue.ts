import type { Issue } from "../issues/issue";
import { indicatorCatalogue, STAFF } from "./indicatorCatalogue";
import { indicatorConfigSchema, indicatorDefinitionSchema } from "./indicatorSchema";
import type { CatalogueResult } from "./resolveCatalogue";

function configIssue(path: readonly PropertyKey[], detail: string): Issue {
  const where = path.length === 0 ? "(корень)" : path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[");
  return { code: "config_invalid", severity: "error", column: "config", params: { path: `показатели: ${where}`, detail }, suggestion: null };
}

/**
 * The defaults with the user's config applied (IndicatorsOptions.catalogue): an entry with a default id overrides
 * the fields it names, an entry with a new id must be a complete definition, `disable` leaves ids out. Bad config is
 * an error, never ignored. Its own module, the one that loads the schemas (zod and its locales): a run without a
 * config never loads them.
 */
export function configuredCatalogue(config: unknown): CatalogueResult {
  const defaults = indicatorCatalogue();
  if (config === undefined || config === null) return { ok: true, catalogue: { definitions: defaults, population: STAFF } };
  const parsed = indicatorConfigSchema.safeParse(config);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => configIssue(i.path, i.message)) };
  const byId = new Map(defaults.map((d) => [d.id, d]));
  const order = defaults.map((d) => d.id);
  const issues: Issue[] = [];
  (parsed.data.indicators ?? []).forEach((entry, i) => {
    const base = byId.get(entry.id);
    const merged = indicatorDefinitionSchema.safeParse(base ? { ...base, ...entry } : entry);
    if (!merged.success) {
      for (const e of merged.error.issues) issues.push(configIssue(["indicators", i, ...e.path], base ? e.message : `${e.message} (новый показатель «${entry.id}» должен быть описан полностью)`));
      return;
    }
    if (!base) order.push(entry.id);
    byId.set(entry.id, merged.data);
  });
  const disabled = new Set(parsed.data.disable ?? []);
  for (const id of disabled) if (!byId.has(id)) issues.push(configIssue(["disable"], `«${id}»: нет такого показателя`));
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    catalogue: { definitions: order.filter((id) => !disabled.has(id)).map((id) => byId.get(id)!), population: parsed.data.population ?? STAFF },
  };
}
