export { findSchedule, isSchedulePlan, scheduleOf, withSchedule, type Schedule, type ScheduleColumn } from "./scheduleColumns";
export { applySchedule } from "./applySchedule";
export { applyCountedMarks } from "./countedMarks";
export { captionRun, type CaptionRun } from "./captionRun";
export { documentMarks, drawnMarks, lineMarks, type MarkedLine, partsAtMarks } from "./lineMarks";
export { periodCaption, type PeriodCaption } from "./periodCaptions";
export { isMark } from "./gridMarks";
