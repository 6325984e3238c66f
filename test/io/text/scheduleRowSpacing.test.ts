import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A month grid as `pdftotext -layout` prints it (the corpus's schedule-pdftotext-layout shape, seed 13, cut short):
 * the captions spaced unevenly («май         июнь июль     авг.»), and every row's marks spaced in the row's own way
 * — rows marked in every month a character or two wider or narrower than each other, the captions narrower still.
 * Clustered over the page, the marks make more places than there are months; each row marked in every month shows
 * where the months are, and a row's marks never share a cell.
 */
const TEXT = [
  "                   План мероприятий по кадровому обеспечению системы образования на 2026 г.",
  "",
  "№                                       2026 год                                      Наименование мероприятия             Ответственные             Форма отчётности",
  "п/п    янв. фев. март апр. май         июнь июль     авг.   сент.   окт. нояб. дек.                                        исполнители",
  "1. Выявление кадровых потребностей",
  "1.1                                                                  x    x     x     Проведение методических семинаров    Т.И. Кузнецова, главный   Приказ управления",
  "                                                                                      для молодых специалистов             специалист отдела         образования",
  "1.2                                                                       x           Организация и проведение целевого    А.В. Новикова             Приказ управления",
  "                                                                                      обучения выпускников                                           образования",
  "1.3      x     x      x     x      x     x      x     x      x       x    x     x     Разработка и утверждение работы      МКУ «Центр развития       Заключено не менее 10",
  "                                                                                      муниципальных методических           образования»              договоров о целевом",
  "Раздел 2. Повышение профессионального мастерства",
  "2.1     x     x    x     x     x     x     x     x           x       x    x     x     Реализация аттестации                ОО                        Информация на",
  "                                                                                      педагогических работников на         руководители              официальном сайте",
  "Раздел 3. Меры социальной поддержки педагогов",
  "3.1     x     x     x     x     x     x     x         x      x       x    x     x     Информационное сопровождение         Орлов А.В., начальник     Приказ управления",
  "                                                                                      анализа потребности в педагогических отдела кадров             образования",
  "3.2                                                                 x                Проведение анализа потребности в     МБОУ «СОШ № 3»; РМО       Заключено не менее 10",
  "                                                                                      педагогических кадрах с                                        договоров о целевом",
].join("\n");

test("rows spaced each in their own way: the marks' months from the rows marked in every month, one mark a cell", () => {
  const plan = structureOrFail(readText(TEXT, "plan.txt", ".txt"));
  expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
    ["1.1", "period", "2026-10-01", "2026-12-31", null],
    ["1.2", "period", "2026-11-01", "2026-11-30", null],
    ["1.3", "recurring", "2026-01-01", "2026-12-31", "month"],
    ["2.1", "recurring", "2026-01-01", "2026-12-31", "month"],
    ["3.1", "recurring", "2026-01-01", "2026-12-31", "month"],
    ["3.2", "period", "2026-10-01", "2026-10-31", null],
  ]);
  // The grid's columns are kept, each month holding one mark at most.
  for (const it of plan.items) for (const v of Object.values(it.extra)) expect(v === "" || v === "x").toBe(true);
});
