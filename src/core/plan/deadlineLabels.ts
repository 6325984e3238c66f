import type { TextLocale } from "../issues/issue";
import type { DeadlineKind, Every } from "./deadline";

/** Words users see for deadline kinds and repetitions: in sheets, dropdowns and the pane. */
export const DEADLINE_KIND_LABELS: Readonly<Record<TextLocale, Readonly<Record<DeadlineKind, string>>>> = {
  ru: { date: "дата", period: "период", recurring: "повторяется", ongoing: "постоянно", on_demand: "по необходимости", unparsed: "не распознан" },
  en: { date: "date", period: "period", recurring: "recurring", ongoing: "ongoing", on_demand: "on demand", unparsed: "not recognised" },
};

export const EVERY_LABELS: Readonly<Record<TextLocale, Readonly<Record<Every, string>>>> = {
  ru: { day: "ежедневно", week: "еженедельно", month: "ежемесячно", quarter: "ежеквартально", half_year: "раз в полугодие", year: "ежегодно" },
  en: { day: "daily", week: "weekly", month: "monthly", quarter: "quarterly", half_year: "half-yearly", year: "yearly" },
};

export const STATUS_LABELS: Readonly<Record<TextLocale, readonly string[]>> = {
  ru: ["выполнено", "выполняется", "не выполнено", "перенесено"],
  en: ["done", "in progress", "not done", "postponed"],
};
