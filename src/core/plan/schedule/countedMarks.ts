import type { Period } from "../deadline";
import type { ItemNote, PlanItem } from "../types";
import { captionRun, type CaptionRun } from "./captionRun";
import { columnYear, deadlineFromMarks, isMark, readCell } from "./gridMarks";
import type { ScheduleColumn } from "./scheduleColumns";

/**
 * A schedule grid whose columns were lost (a PDF copied as text, lines in column A): the lines reader keeps each
 * row's marks in one column named by the grid's captions («I кв. II кв. III кв. IV кв.»). Where the marks stood is
 * no longer known, only how many a row has: as many as the grid has periods means a mark in every period, the
 * periodic deadline (ежеквартально); any other count leaves the deadline empty, with a note naming the marks seen.
 * A row with no marks while others have some had its marks printed under another row: noted too.
 */
export function applyCountedMarks(items: readonly PlanItem[], extra: readonly string[], period: Period | null): readonly PlanItem[] {
  const column = extra.map((name) => ({ name, run: captionRun([name]) })).find((c) => c.run && items.some((it) => marksIn(it.extra[c.name]).length > 0));
  if (!column) return items;
  const run = column.run!;
  const columns = run.captions.map((caption, index): ScheduleColumn => ({ index, name: column.name, caption, year: run.years[index] }));
  const years = columns.map((c) => columnYear(c, period));
  const counts = items.map((it) => marksIn(it.extra[column.name]).length);
  const filled = (it: PlanItem) => (it.extra[column.name] ?? "").trim() !== "";
  // Marks printed under the wrong row show as a row with more marks than periods, or a row with none.
  const strayed = counts.some((n) => n > columns.length) || items.some((it, i) => counts[i] === 0 && !filled(it));
  return items.map((it) => {
    const marks = marksIn(it.extra[column.name]);
    if (marks.length === 0 && filled(it)) return it;
    const own = it.deadline.text.trim();
    const every = years.includes(null) || marks.length !== columns.length ? null : deadlineFromMarks(columns.map((c, k) => readCell(c, years[k]!, marks[0])!));
    // A deadline the row's text gives stands; the marks beside it are named, since the two may disagree.
    if (own !== "" && own !== every?.deadline.text) return marks.length ? { ...it, notes: [...(it.notes ?? []), besideText(marks, own)] } : it;
    const note = noteOf(marks, run, every?.read ?? null, strayed);
    if (!note) return it;
    const notes = [...(it.notes ?? []).filter((n) => n.code !== "grid_marks"), note];
    return every ? { ...it, deadline: every.deadline, notes } : { ...it, notes };
  });
}

/** The marks of a cell, or none when the cell holds anything else. */
function marksIn(text: string | undefined): string[] {
  const words = (text ?? "").trim().split(/\s+/).filter(Boolean);
  return words.every(isMark) ? words : [];
}

const UNITS = { month: "месяцев", quarter: "кварталов", half_year: "полугодий", year: "лет" } as const;

function besideText(marks: readonly string[], own: string): ItemNote {
  return { code: "column_uncertain", text: `в строке есть отметки графика «${marks.join(" ")}», срок прочитан из текста строки: «${own}»` };
}

function noteOf(marks: readonly string[], run: CaptionRun, read: string | null, strayed: boolean): ItemNote | null {
  const grid = `${run.captions.length} ${UNITS[run.unit]} (${run.label})`;
  const seen = `отметки графика «${marks.join(" ")}»`;
  if (read !== null) {
    const text = `срок по числу отметок в графике: ${seen} — по одной на каждый из ${grid}: ${read}`;
    return strayed ? { code: "column_uncertain", text: `${text}; часть отметок документа напечатана не в строках своих пунктов, число может быть чужим` } : { code: "grid_marks", text };
  }
  if (marks.length === 0) return strayed ? { code: "column_uncertain", text: `в строке пункта нет ни одной отметки графика (${run.label}): они могли попасть в строки других пунктов; срок не определён` } : null;
  return {
    code: "column_uncertain",
    text: `${seen}: в тексте без ячеек не видно, под какими из ${grid} они стояли${marks.length > run.captions.length ? " (отметок больше, чем столбцов: часть из них от других пунктов)" : ""}; срок не определён`,
  };
}
