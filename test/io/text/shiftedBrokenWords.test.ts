import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/** Column starts: №, event, deadline, a narrow executor column (15 characters at most), result. */
const COLUMNS = [0, 6, 36, 49, 67];
/**
 * One line of the page; `shift` sets the executor and the result that many characters left, as pdftotext -layout
 * sets a line whose text to the left is shorter («ежемесячно МКУ» a few characters left of the rows above it).
 */
const line = (cells: string[], shift = 0) =>
  cells
    .map((c, i) => (i + 1 < cells.length ? c.padEnd(COLUMNS[i + 1] - COLUMNS[i] - (i === 2 ? shift : 0)) : c))
    .join("")
    .trimEnd();

/**
 * A Writer print whose executor column breaks words with no hyphen: «общеобразовател» / «ьных» in a line set where
 * the column's other lines are, «Централизованн» / «ая» (after an opening quote) in lines set three characters left.
 */
const TEXT = [
  line(["№", "Наименование мероприятия", "Срок", "Исполнитель", "Результат"]),
  "",
  line(["1", "Мониторинг вакансий в", "ежемесячно", "Руководители", "банк вакансий"]),
  line(["", "образовательных организациях", "", "общеобразовател", "сформирован"]),
  line(["", "", "", "ьных"]),
  line(["", "", "", "организаций"]),
  line(["2", "Выплата компенсации", "ежегодно", "МКУ", "компенсация"], 3),
  line(["", "расходов на оплату жилья", "", "«Централизованн", "выплачена"], 3),
  line(["", "педагогам сельских школ", "", "ая бухгалтерия", "всем"], 3),
  line(["", "", "", "отдела"], 3),
  line(["", "", "", "образования»"], 3),
  line(["3", "Анкетирование педагогов", "до 1 марта", "Отдел", "справка"]),
  line(["", "", "", "образования (по"]),
  line(["", "", "", "согласованию)"]),
].join("\n");

describe("a word broken with no hyphen in a line pdftotext set a few characters off the column's other lines", () => {
  test("is joined back as in the lines set where the column's others are, an opening quote before it or not", () => {
    const plan = read(TEXT);
    expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([
      ["1", "Руководители общеобразовательных организаций"],
      ["2", "МКУ «Централизованная бухгалтерия отдела образования»"],
      ["3", "Отдел образования (по согласованию)"],
    ]);
  });
});
