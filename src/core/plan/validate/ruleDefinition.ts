import type { Issue, Severity, TextLocale } from "../../issues/issue";
import type { Plan } from "../types";
import type { ValidationRun } from "./validationRun";

/** What a check finds: an issue without its code and severity, which the rule and the configuration give. */
export type Finding = Omit<Issue, "code" | "severity">;

/** What a check gets besides the plan: the settings of its rule after the configuration is applied. */
export interface RuleContext {
  /** The rule's threshold (a share, 0–1) when it has one, else null. */
  readonly threshold: number | null;
  /** What the rules of one run derive from the plan, shared so that each thing is derived once. */
  readonly run: ValidationRun;
}

/** One rule of the catalogue: a stable code, how it is shown, its defaults, and the check that finds it. */
export interface RuleDefinition {
  readonly code: string;
  /** "plan" for validation rules, "structure" for what structuring reported. */
  readonly family: string;
  /** Default severity: the catalogue's (src/core/issues/catalogue). */
  readonly severity: Severity;
  readonly enabledByDefault: boolean;
  /** Short name of the rule for summaries and the settings list. */
  readonly title: Readonly<Record<TextLocale, string>>;
  /** Rules with a tunable threshold say what it means and its default. */
  readonly threshold?: { readonly default: number; readonly meaning: Readonly<Record<TextLocale, string>> };
  /** How the rule decides, where that is not obvious: for the settings list and docs/rules.md. */
  readonly notes?: string;
  readonly check: (plan: Plan, ctx: RuleContext) => readonly Finding[];
}
