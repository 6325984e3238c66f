import { z } from "zod";
import { oneLine } from "../text/normalize";
import { parseNumber } from "../text/numbers";
import { readDateCell } from "./staffDate";
import type { StaffingColumn } from "./staffingColumns";
import { classify, readYes, type VocabularyField } from "./valueVocab";

/**
 * zod schemas of the cells of staffing rows. A cell that cannot be read is a zod issue at its column's path;
 * the row reader turns it into a row_invalid issue (row + column) and keeps the rest of the row.
 */

/** A number cell as read; asText when a spreadsheet would not sum it ("34,4", "0,5 ст.", "1 234", "-"). */
export interface NumberCell {
  readonly value: number;
  readonly asText: boolean;
  readonly text: string;
}

/** How the readers write a number cell: plain digits with a dot. Anything else was typed as text. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

const numberCell = z.string().transform((s, ctx): NumberCell | null => {
  const text = s.trim();
  if (text === "") return null;
  const parsed = parseNumber(text);
  if (!parsed || parsed.percent || parsed.value < 0) {
    ctx.addIssue({ code: "custom", message: "number", input: s });
    return z.NEVER;
  }
  return { value: parsed.value, asText: !PLAIN_NUMBER.test(text), text };
});

/** A percentage stated by the table ("66,7", "66,7%", "0.667" from a percent-formatted cell is "66,7%"). */
const percentCell = z.string().transform((s): number | null => {
  const parsed = parseNumber(s);
  return parsed ? parsed.value : null;
});

const dateCell = z.string().transform((s, ctx): number => {
  const d = readDateCell(s);
  if (d === "invalid") {
    ctx.addIssue({ code: "custom", message: "date", input: s });
    return z.NEVER;
  }
  return d ?? 0;
});

function vocabularyCell(field: VocabularyField) {
  return z.string().transform((s, ctx): number => {
    const code = classify(field, s);
    if (code < 0) {
      ctx.addIssue({ code: "custom", message: field, input: s });
      return z.NEVER;
    }
    return code;
  });
}

/** Text needing no cleaning (the usual case): no line breaks, tabs, odd spaces, invisible characters or double spaces. */
const CLEAN_TEXT = /^(?! )(?!.* $)(?!.* {2})[^\r\n\t\f\v\u00A0\u00AD\u2000-\u200F\u2028-\u202F\u205F\u2060\u3000\uFEFF]*$/;
const textCell = z.string().transform((s) => (CLEAN_TEXT.test(s) ? s : oneLine(s)));
const yesCell = z.string().transform(readYes);

/** The schema of each column's cells. */
export const CELL_SCHEMAS = {
  org: textCell,
  type: z.string(),
  position: textCell,
  fio: textCell,
  group: vocabularyCell("group"),
  employment: vocabularyCell("employment"),
  rate: numberCell,
  education: vocabularyCell("education"),
  category: vocabularyCell("category"),
  birthDate: dateCell,
  sex: vocabularyCell("sex"),
  experience: numberCell,
  youngSpecialist: yesCell,
  mentor: yesCell,
  training: dateCell,
  hireDate: dateCell,
  dismissalDate: dateCell,
  teachers: numberCell,
  admin: numberCell,
  staffTotal: numberCell,
  higherEducation: numberCell,
  higherPedagogical: numberCell,
  categoryHighest: numberCell,
  categoryFirst: numberCell,
  szd: numberCell,
  positions: numberCell,
  occupied: numberCell,
  vacancies: numberCell,
  under35: numberCell,
  pensionAge: numberCell,
  youngSpecialists: numberCell,
  mentoring: numberCell,
  training3y: numberCell,
  dismissed: numberCell,
  number: z.string(),
} satisfies Record<StaffingColumn, z.ZodType>;

export { percentCell };

type CellOutputs = { [K in StaffingColumn]: z.output<(typeof CELL_SCHEMAS)[K]> };
/** A parsed row: the columns the table has; a column whose cell could not be read is absent. */
export type ParsedRow = Partial<CellOutputs>;

export interface RowProblem {
  readonly column: StaffingColumn;
  readonly value: string;
}

/** A row schema over the columns a table has; zod issues come back as (column, value) problems. */
export function rowParser(keys: readonly StaffingColumn[]): (cells: Partial<Record<StaffingColumn, string>>) => { row: ParsedRow; problems: RowProblem[] } {
  const shape = Object.fromEntries(keys.map((k) => [k, CELL_SCHEMAS[k]]));
  const schema = z.object(shape);
  return (cells) => {
    const parsed = schema.safeParse(cells);
    if (parsed.success) return { row: parsed.data as ParsedRow, problems: [] };
    // Keep every readable cell: parse the columns one by one and leave out those zod refused.
    const row: Record<string, unknown> = {};
    const problems: RowProblem[] = [];
    for (const k of keys) {
      const one = CELL_SCHEMAS[k].safeParse(cells[k] ?? "");
      if (one.success) row[k] = one.data;
      else problems.push({ column: k, value: cells[k] ?? "" });
    }
    return { row: row as ParsedRow, problems };
  };
}
