/**
 * One party named in a «Ответственный исполнитель» cell. `text` is the party's own fragment of the source cell;
 * the other fields are what was recognised in it (or shared with it, as the organisation in
 * "Наумова Т.А., Семахина Е.А. (МБОУ «Зиминский лицей»)").
 */
export interface Party {
  text: string;
  org: string | null;
  position: string | null;
  person: string | null;
}
