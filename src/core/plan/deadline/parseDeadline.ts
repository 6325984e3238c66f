import { isIsoDate } from "./isoDate";
import { CONSENT_NOTE, DURING_SPAN, findRecurring, ONGOING_MARKERS, ON_DEMAND_MARKERS, withoutRecurring } from "./markers";
import { normalizeDeadlineText } from "./normalizeDeadlineText";
import { readDates } from "./readDates";
import type { Deadline, DeadlineContext, Period } from "./types";

type Decision = Omit<Deadline, "text">;
type Decider = (s: string, period: Period | null) => Decision | null;

const NO_SPAN = { start: null, end: null } as const;

/** "в течение 2025 года", "в течение сентября": the span named after "в течение", if it is one. */
function duringSpan(s: string, period: Period | null): { start: string | null; end: string | null } | null {
  const m = DURING_SPAN.exec(s);
  const dated = m ? readDates(m[1], period) : null;
  return dated && (dated.kind === "period" || dated.start !== null) ? { start: dated.start, end: dated.end } : null;
}

/** Repeats: over the plan period when known, else over a span written beside the marker, else undated. */
const recurring: Decider = (s, period) => {
  const found = findRecurring(s);
  if (!found) return null;
  const rest = withoutRecurring(s);
  const span = period ?? duringSpan(rest, null) ?? readDates(rest, null) ?? NO_SPAN;
  return { kind: "recurring", start: span.start, end: span.end, every: found.every };
};

/** Goes on all the time: over the span it names ("в течение 2025 года"), else over the plan period. */
const ongoing: Decider = (s, period) => {
  const named = duringSpan(s, period);
  if (named) return { kind: "ongoing", ...named, every: null };
  if (!ONGOING_MARKERS.some((re) => re.test(s))) return null;
  return { kind: "ongoing", start: period?.start ?? null, end: period?.end ?? null, every: null };
};

const onDemand: Decider = (s) => (ON_DEMAND_MARKERS.some((re) => re.test(s)) ? { kind: "on_demand", ...NO_SPAN, every: null } : null);

const dated: Decider = (s, period) => {
  const d = readDates(s, period);
  return d ? { kind: d.kind, start: d.start, end: d.end, every: null } : null;
};

/** In order of precedence: a repeat wins over everything, "ongoing" over "on demand", markers over dates. */
const DECIDERS: readonly Decider[] = [recurring, ongoing, onDemand, dated];

/** A plan period is only used when it is one: two real days in order. */
function usablePeriod(p: Period | null | undefined): Period | null {
  return p && isIsoDate(p.start) && isIsoDate(p.end) && p.start <= p.end ? p : null;
}

/**
 * Deadlines read while one withDeadlinesRemembered call runs, by plan period and text; none outside such a call.
 */
let remembered: Map<string, Deadline> | null = null;

/**
 * Runs `work` with every deadline it reads remembered by its text and plan period: reading one document, the readers
 * of text without cells ask the same texts thousands of times (each way a row is read parses its cells and lines
 * again). What is remembered lives for this one call (calls within it share it) and is dropped when it returns or
 * throws, so nothing read of one document stays for the next. The deadlines given back are frozen: one object goes
 * to every caller that asks the same text.
 */
export function withDeadlinesRemembered<T>(work: () => T): T {
  if (remembered) return work();
  remembered = new Map();
  try {
    return work();
  } finally {
    remembered = null;
  }
}

/**
 * Reads a Russian deadline text ("до 20 декабря", "II полугодие 2024 г.", "ежемесячно", "по мере необходимости").
 * What it cannot read is "unparsed" with no dates: never a guessed date.
 */
export function parseDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  if (!remembered) return readDeadline(text, ctx);
  const period = usablePeriod(ctx.period);
  const key = period ? `${period.start}/${period.end}\u0000${text}` : text;
  let d = remembered.get(key);
  if (!d) remembered.set(key, (d = Object.freeze(readDeadline(text, ctx))));
  return d;
}

function readDeadline(text: string, ctx: DeadlineContext): Deadline {
  const source = text.trim();
  const s = normalizeDeadlineText(source).replace(CONSENT_NOTE, " ").trim();
  const period = usablePeriod(ctx.period);
  for (const decide of DECIDERS) {
    const d = decide(s, period);
    if (d) return { text: source, ...d };
  }
  return { text: source, kind: "unparsed", ...NO_SPAN, every: null };
}
