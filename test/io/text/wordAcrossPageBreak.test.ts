import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * A Writer print through pdftotext -layout, its funding column so narrow that Writer breaks long words with no hyphen
 * («финансиро» / «вания»). Item 2's row is cut by the page break right after «муниципаль»: the rest «ного бюджета»
 * opens the next page, under the repeated header, in a row of its own.
 */
const TEXT = [
  "№   Мероприятие              Исполнитель        Источники      Срок",
  "                                                финансиро",
  "                                                вания",
  "1   Мониторинг вакансий      Отдел              без            ежегодно",
  "    педагогических           образования        финансиро",
  "    работников                                  вания",
  "2   Организация работы       Управление         средства       ежегодно",
  "    методических             образования        муниципаль",
  "\f№   Мероприятие              Исполнитель        Источники      Срок",
  "                                                финансиро",
  "                                                вания",
  "    объединений              (Орлова Е.С.)      ного бюджета",
  "3   Конкурс «Педагог года»   МКУ «ЦРО»          средства       март 2026 г.",
  "                                                областного",
  "                                                бюджета",
].join("\n");

describe("a word Writer broke with no hyphen where a page break cut its row", () => {
  test("is joined whole where its rest is no word, with a note; the row's other cells join as before", () => {
    const plan = read(TEXT);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, Object.values(i.extra)])).toEqual([
      ["1", "Мониторинг вакансий педагогических работников", "Отдел образования", ["без финансирования"]],
      ["2", "Организация работы методических объединений", "Управление образования (Орлова Е.С.)", ["средства муниципального бюджета"]],
      ["3", "Конкурс «Педагог года»", "МКУ «ЦРО»", ["средства областного бюджета"]],
    ]);
    expect(plan.items[1].notes?.map((n) => n.text)).toContain("слово «муниципаль ного» разорвано на краю столбца без дефиса и прочитано как «муниципального»");
    expect(plan.items[0].notes).toBeUndefined();
  });
});
