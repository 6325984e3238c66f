import { staffingHeaderScore } from "../../staffing/findStaffingTable";
import { matchStaffingHeader } from "../../staffing/staffingColumns";
import { vacancyHeader } from "../../vacancies/findVacancyTable";
import { planHeaderVerdict } from "./planHeaderVerdict";
import type { HeaderVerdict } from "./types";

/**
 * planHeaderVerdict's bonus for a header that names a plan's columns as a plan does; a header another table's catalogue
 * reads whole gets it as well, so that callers asking whether a line heads a table at all ask the one score.
 */
const TABLE_LAYOUT = 10;

/**
 * A header row judged as the header of any table the product reads: a plan's (planHeaderVerdict), a staff list's, a
 * table of counts by organisation or a vacancy table's, by the columns their catalogues name, the one that names more
 * winning (a plan on a tie). A PDF or a text saved with its layout of a staff list has its header found by its own
 * words, not by the few a plan's catalogue shares with it («Наименование», «Дата» read as a name and a deadline find
 * a plan's header in the captions' first line alone). Its number column is the «№» one, where it has one.
 */
export function tableHeaderVerdict(cells: readonly string[]): HeaderVerdict {
  const plan = planHeaderVerdict(cells);
  const vacancy = vacancyHeader(cells);
  const other = Math.max(staffingHeaderScore(cells), vacancy ? Object.keys(vacancy).length : 0);
  if (other === 0 || TABLE_LAYOUT + other <= plan.score) return plan;
  const number = cells.findIndex((c) => matchStaffingHeader(c)?.key === "number");
  return { score: TABLE_LAYOUT + other, numberColumn: number < 0 ? null : number };
}
