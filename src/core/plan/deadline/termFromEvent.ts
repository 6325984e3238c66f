import { TERM_FROM_EVENT_MARKERS } from "./markers";
import { normalizeDeadlineText } from "./normalizeDeadlineText";

/**
 * Whether a text names a term counted from an event («в течение 30 дней с даты заключения договора»): a deadline's
 * words that parseDeadline leaves unparsed, since the event, not the plan, fixes the date (markers.ts).
 */
export function namesTermFromEvent(text: string): boolean {
  const s = normalizeDeadlineText(text);
  return TERM_FROM_EVENT_MARKERS.some((re) => re.test(s));
}
