export { findSchedule, isSchedulePlan, scheduleOf, withSchedule, type Schedule, type ScheduleColumn } from "./scheduleColumns";
export { applySchedule } from "./applySchedule";
export { periodCaption, type PeriodCaption } from "./periodCaptions";
export { isMark } from "./gridMarks";
