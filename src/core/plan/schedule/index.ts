export { findSchedule, isSchedulePlan, scheduleOf, withSchedule, type Schedule, type ScheduleColumn } from "./scheduleColumns";
export { applySchedule } from "./applySchedule";
export { applyCountedMarks } from "./countedMarks";
export { captionRun, type CaptionRun } from "./captionRun";
export { lineMarks, type MarkedLine } from "./lineMarks";
export { periodCaption, type PeriodCaption } from "./periodCaptions";
export { isMark } from "./gridMarks";
