/**
 * Writes a person-level staff list as CSV (";", UTF-8) of any size without holding it: 7 columns as a regional
 * export has them, organisations of 200–600 people one after another, one organisation in 40 with a name in
 * ASCII quotes (so that the quoted-field path is measured too), numbers with decimal commas, spellings as people
 * write them, internal part-time second rows of the same person.
 */
import { LineWriter } from "./lineWriter";

export const PERSON_HEADER = ["Организация", "Тип", "ФИО", "Группа персонала", "Ставка", "Образование", "Категория"];
const TYPES = ["ОО", "ДОО", "ДО"];
const NAMES = ["МБОУ «СОШ № %»", "МБДОУ «Детский сад № %»", "МБУ ДО «ДДТ № %»"];
const GROUPS = ["педагог", "педагог", "педагог", "педагогический", "АУП", "прочие"];
const RATES = ["1", "1", "0,5", "1,25", "0,75", "1,5"];
const EDUCATION = ["высшее педагогическое", "высшее", "СПО", "среднее профессиональное", "высшее педагогическое"];
const CATEGORY = ["высшая", "первая", "СЗД", "нет", "", "Высшая"];
const SURNAMES = ["Иванова", "Петрова", "Сидорова", "Кузнецова", "Смирнова", "Попова", "Волкова", "Соколова"];

function csvField(s: string): string {
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function writePersonsCsv(file: string, rows: number): Promise<number> {
  const out = new LineWriter(file);
  let seed = 20260901;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  await out.line(PERSON_HEADER.join(";"));
  let written = 0;
  for (let org = 0; written < rows; org++) {
    const type = org % 3;
    const quoted = org % 40 === 7;
    const name = quoted ? `МБОУ "Гимназия № ${org + 1}"` : NAMES[type].replace("%", String(org + 1));
    const people = 200 + (next() % 400);
    for (let p = 0; p < people && written < rows; p++, written++) {
      const r = next();
      const internal = p > 0 && r % 23 === 0;
      const fio = `${SURNAMES[(r >>> 4) % 8]} ${org}-${internal ? p - 1 : p}`;
      const cells = [name, TYPES[type], fio, GROUPS[(r >>> 7) % 6], internal ? "0,25" : RATES[(r >>> 10) % 6], EDUCATION[(r >>> 13) % 5], CATEGORY[(r >>> 16) % 6]];
      await out.line(cells.map(csvField).join(";"));
    }
  }
  await out.close();
  return written;
}
