/**
 * Writes a long vacancy table as CSV (";", UTF-8) of any size without holding it: 24 months from September 2025,
 * each month every organisation lists its vacancies (position, subject, rates, hours, date opened, status, date
 * closed), organisations one after another, the period column written as people write it (09.2025). About one
 * vacancy in 30 is closed; the vacancy list of an organisation shifts by one every few months (some vanish).
 * Clean data on purpose: the figures measure reading and summing, not printing thousands of issues.
 */
import { LineWriter } from "./lineWriter";

export const VACANCY_HEADER = ["Период", "Наименование ОО", "Должность", "Предмет", "Вакантных ставок", "Часов", "Дата открытия", "Статус", "Дата закрытия"];
export const MONTHS = 24;
const POSITIONS: readonly (readonly [string, number])[] = [["учитель", 18], ["воспитатель", 36], ["педагог-психолог", 36], ["педагог дополнительного образования", 18]];
const SUBJECTS = ["математика", "русский язык", "физика", "химия", "английский язык", "история", "информатика", "биология", "география", "литература"];
const RATES = ["0.5", "1", "1.5", "2", "0.25"];
/** Vacancies of an organisation in a month. */
const PER_ORG = 21;

export async function writeVacanciesCsv(file: string, rows: number): Promise<number> {
  const out = new LineWriter(file);
  await out.line(VACANCY_HEADER.join(";"));
  let written = 0;
  // No field holds ";", a quote or a line break: written as they are.
  for (const cells of vacancyRows(rows)) {
    await out.line(cells.join(";"));
    written++;
  }
  await out.close();
  return written;
}

/** The rows of the table (header aside), as texts: the CSV writes them joined, the .xlsx bench as cells. */
export function* vacancyRows(rows: number): Generator<string[]> {
  const perMonth = Math.ceil(rows / MONTHS);
  const orgs = Math.ceil(perMonth / PER_ORG);
  let written = 0;
  for (let m = 0; m < MONTHS && written < rows; m++) {
    const total = 2025 * 12 + 8 + m;
    const period = `${String((total % 12) + 1).padStart(2, "0")}.${Math.floor(total / 12)}`;
    for (let o = 0; o < orgs && written < rows; o++) {
      const org = o % 3 === 1 ? `МБДОУ «Детский сад № ${o + 1}»` : `МБОУ «СОШ № ${o + 1}»`;
      for (let j = 0; j < PER_ORG && written < rows; j++, written++) {
        // The list shifts by one vacancy every few months: some vanish, some appear.
        const k = j + Math.floor((m + o) / 5);
        const [position, norm] = POSITIONS[k % POSITIONS.length];
        // Unique within the organisation: the same position and subject twice in a month is a duplicate.
        const subject = `${SUBJECTS[k % SUBJECTS.length]} ${Math.floor(k / SUBJECTS.length) + 1}`;
        const rate = RATES[(o * 7 + k) % RATES.length];
        const hours = String(Number(rate) * norm);
        const closed = (o + j + m) % 30 === 0;
        yield [period, org, position, subject, rate, hours, `01.0${1 + (k % 9)}.2025`, closed ? "закрыта" : "открыта", closed ? "20.08.2025" : ""];
      }
    }
  }
}
