/** Public shapes of a parsed deadline (contract: plan.schema.json $defs.deadline). */

export type DeadlineKind = "date" | "period" | "recurring" | "ongoing" | "on_demand" | "unparsed";
export type Every = "day" | "week" | "month" | "quarter" | "half_year" | "year";

/** A span of days, both ends inclusive, as ISO YYYY-MM-DD. */
export interface Period {
  start: string;
  end: string;
}

export interface Deadline {
  /** The source text as given, trimmed. */
  text: string;
  kind: DeadlineKind;
  start: string | null;
  end: string | null;
  every: Every | null;
}

export interface DeadlineContext {
  /** The plan period: gives the year to dates written without one, and the span of what repeats or goes on. */
  period?: Period | null;
}
