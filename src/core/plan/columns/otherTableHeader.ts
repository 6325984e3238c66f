import { staffingHeaderKind } from "../../staffing/findStaffingTable";
import { vacancyHeader } from "../../vacancies/findVacancyTable";

/**
 * Whether a header row is the header of a table another command reads: a staffing table (`indicators`: persons with
 * their education and category, counts by organisation, a staff schedule) or a vacancy table (`vacancies`). Their
 * own catalogues say so, not a list kept here. Such a table holds a name («ФИО»), a date («Дата рождения», «Дата
 * открытия») and a position in every row, which a plan reader would take for an executor, a deadline and a task.
 */
export function namesOtherTable(cells: readonly string[]): boolean {
  return staffingHeaderKind(cells) !== null || vacancyHeader(cells) !== null;
}
