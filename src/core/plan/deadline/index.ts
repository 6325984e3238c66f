/** Russian deadline texts → typed deadlines (DESIGN §3 "Deadlines (Russian)"). */
export type { Deadline, DeadlineContext, DeadlineKind, Every, Period } from "./types";
export { parseDeadline, withDeadlinesRemembered } from "./parseDeadline";
export { namesTermFromEvent } from "./termFromEvent";
export { type ExplicitDate, findExplicitDates } from "./findExplicitDates";
export { periodFromTitle } from "./periodFromTitle";
