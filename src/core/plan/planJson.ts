import { formatIssue } from "../issues/formatIssue";
import type { Locale, RenderedIssue } from "../issues/issue";
import type { Plan } from "./types";

/** The plan as the CLI prints it (contract/plan.schema.json): the Plan itself plus rendered issues. */
export type PlanJson = Omit<Plan, "issues" | "items"> & {
  items: (Omit<Plan["items"][number], "subEvents"> & { subEvents: unknown[] })[];
  issues: RenderedIssue[];
};

export function planToJson(plan: Plan, locale: Locale = "ru"): PlanJson {
  return {
    ...plan,
    items: plan.items.map((it) => ({
      ...it,
      subEvents: it.subEvents.map(({ rows, ...e }) => ({ ...e, rows: [...rows] })),
    })),
    issues: plan.issues.map((i) => formatIssue(i, locale)),
  };
}
