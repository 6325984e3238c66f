import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string): Plan => structureOrFail(readText(text, "plan.txt", ".txt"));

/** Text at the given offsets, one space at least between two pieces. */
const at = (...pieces: [number, string][]) => pieces.reduce((out, [x, t]) => (out.length < x || out === "" ? out.padEnd(x) + t : `${out} ${t}`), "");

/**
 * pdftotext places each line of a Writer row on its own: the row's first line, its number's, may stand two characters
 * left of the lines under it as far as its deadline, so the executors' first word comes one space after the deadline
 * («ежеквартально МКУ») and, measured against the lines under it, starts before the executors' column. The line's other
 * cells show the squeeze (its name two characters left of the name's other lines): measured with it, the word starts
 * where the executors' lines do.
 */
const TEXT = [
  at([0, "№"], [7, "Мероприятие"], [36, "Срок"], [50, "Ответственный"], [70, "Результат"]),
  at([0, "п/п"], [36, "исполнения"], [50, "исполнитель"]),
  "",
  at([0, "1.1."], [7, "Мониторинг вакансий"], [36, "до 1 марта"], [50, "Отдел образования"], [70, "справка"]),
  at([7, "педагогических работников"], [36, "2027 г."], [50, "(Крылова И.П.)"], [70, "в управление"]),
  at([0, "1.2."], [5, "Организация работы"], [34, "ежеквартально"], [48, "МКУ"], [70, "проведено не"]),
  at([7, "муниципального клуба"], [50, "«Методический центр»"], [70, "менее 9 заседаний"]),
  at([7, "молодых педагогов"], [50, "(Осипова Т.Г.)"]),
  at([0, "1.3."], [7, "Подготовка отчёта о"], [36, "ежегодно до"], [50, "Отдел образования"], [70, "отчёт"]),
  at([7, "выполнении плана"], [36, "20 января"]),
].join("\n");

describe("layout text: a row's first line squeezed left of the lines under it", () => {
  test("the executors' first word one space after the deadline is the executors'", () => {
    const plan = read(TEXT);
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text])).toEqual([
      ["1.1", "до 1 марта 2027 г.", "Отдел образования (Крылова И.П.)"],
      ["1.2", "ежеквартально", "МКУ «Методический центр» (Осипова Т.Г.)"],
      ["1.3", "ежегодно до 20 января", "Отдел образования"],
    ]);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});
