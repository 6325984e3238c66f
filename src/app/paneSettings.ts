import { z } from "zod";
import { formatIssue } from "../core/issues/formatIssue";
import { parseRuleConfig, type RuleConfig } from "../core/plan/validate";
import { DEFAULT_HOURS_PER_RATE } from "../core/vacancies";
import { type Message, msg, type PaneLocale } from "../i18n";
import type { PaneSettingsStore } from "./services";

export type LanguageChoice = "auto" | PaneLocale;

/** What the pane keeps in the workbook's document settings. */
export interface PaneSettings {
  readonly rules: RuleConfig;
  /** The user's indicator catalogue JSON as typed (kept as text so that their layout survives); "" = defaults. */
  readonly indicatorConfig: string;
  /** Hours of one rate by position stem, merged over the defaults by the core. */
  readonly hoursPerRate: Readonly<Record<string, number>>;
  readonly language: LanguageChoice;
}

export const DEFAULT_SETTINGS: PaneSettings = { rules: {}, indicatorConfig: "", hoursPerRate: { ...DEFAULT_HOURS_PER_RATE }, language: "auto" };

/** Setting keys: one per part, so a damaged part does not take the others with it. */
export const SETTING_KEYS = {
  rules: "plankadry.rules",
  indicatorConfig: "plankadry.indicatorConfig",
  hoursPerRate: "plankadry.hoursPerRate",
  language: "plankadry.language",
} as const;

const hoursSchema = z.record(z.string().min(1), z.number().positive().max(60));
const languageSchema = z.enum(["auto", "ru", "en", "qps"]);

/** Reads the settings part by part; a damaged part falls back to its default and is reported. */
export function loadSettings(store: PaneSettingsStore, locale: PaneLocale): { settings: PaneSettings; problems: Message[] } {
  const problems: Message[] = [];
  const json = (key: string): unknown => {
    const raw = store.get(key);
    if (raw === null || raw === "") return undefined;
    try {
      return JSON.parse(raw);
    } catch (err) {
      problems.push(msg("error.badRuleConfig", { detail: `${key}: ${err instanceof Error ? err.message : String(err)}` }));
      return undefined;
    }
  };
  let rules: RuleConfig = {};
  const rawRules = json(SETTING_KEYS.rules);
  if (rawRules !== undefined) {
    const parsed = parseRuleConfig(rawRules);
    if (parsed.ok) rules = parsed.config;
    else problems.push(msg("error.badRuleConfig", { detail: parsed.issues.map((i) => formatIssue(i, locale).message).join("; ") }));
  }
  const hours = hoursSchema.safeParse(json(SETTING_KEYS.hoursPerRate) ?? DEFAULT_SETTINGS.hoursPerRate);
  const language = languageSchema.safeParse(store.get(SETTING_KEYS.language) ?? "auto");
  return {
    settings: {
      rules,
      indicatorConfig: store.get(SETTING_KEYS.indicatorConfig) ?? "",
      hoursPerRate: hours.success ? hours.data : DEFAULT_SETTINGS.hoursPerRate,
      language: language.success ? language.data : "auto",
    },
    problems,
  };
}

export async function saveSettings(store: PaneSettingsStore, s: PaneSettings): Promise<void> {
  store.set(SETTING_KEYS.rules, JSON.stringify(s.rules));
  store.set(SETTING_KEYS.indicatorConfig, s.indicatorConfig.trim() === "" ? null : s.indicatorConfig);
  store.set(SETTING_KEYS.hoursPerRate, JSON.stringify(s.hoursPerRate));
  store.set(SETTING_KEYS.language, s.language);
  await store.save();
}

/** The indicator configuration for the core: undefined for defaults, the parsed JSON, or why it is not JSON. */
export function indicatorConfigValue(text: string): { ok: true; value: unknown } | { ok: false; error: Message } {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, error: jsonError(text, err) };
  }
}

/**
 * Where the JSON breaks, in words a user can act on (the parser's own message is English and technical): the line
 * and character from the position the parser reports, and the text there.
 */
function jsonError(text: string, err: unknown): Message {
  const at = /position (\d+)/.exec(err instanceof Error ? err.message : "");
  const pos = at ? Math.min(Number(at[1]), text.length) : text.length;
  const before = text.slice(0, pos).split("\n");
  const near = text.slice(Math.max(0, pos - 12), pos + 12).replace(/\s+/g, " ").trim();
  return msg("error.badJson", { line: before.length, column: before[before.length - 1].length + 1, near: near || "—" });
}

export function resolveLanguage(choice: LanguageChoice, office: PaneLocale): PaneLocale {
  return choice === "auto" ? office : choice;
}
