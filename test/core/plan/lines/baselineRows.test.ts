import { baselineCells } from "../../../../src/core/plan/lines/baselineCells";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A table copied out of a PDF viewer that gives a row baseline by baseline across all its cells (Acrobat's copy, a PDF
 * that draws each baseline of a row at once): each cell is wrapped in its own column, and a line holds every cell's
 * line at that height, glued by one space. Hand-made: four cells wrapped at 40, 26, 16 and 24 characters.
 */
const COPIED = [
  "ПЛАН МЕРОПРИЯТИЙ",
  "по обеспечению общеобразовательных организаций района педагогическими кадрами на 2027 год",
  "№ п/п Наименование мероприятия Ответственный исполнитель Срок Результат",
  "1. Проведение мониторинга Отдел образования ежеквартально Аналитическая справка о",
  "укомплектованности общеобразовательных администрации района потребности в кадрах",
  "организаций педагогическими кадрами",
  "2. Организация наставничества для молодых руководители в течение Закреплены наставники",
  "учителей общеобразовательных учебного года",
  "организаций",
  "3. Заключение договоров о целевом обучении Семенова О.В., заместитель до 1 июня 2027 Заключено не менее 5",
  "с выпускниками школ района начальника отдела г. договоров",
  "4. Размещение вакансий на портале «Работа в МКУ «Методический центр» ежемесячно Сведения о вакансиях",
  "России» размещены",
  "",
  "Начальник отдела образования О.В. Семенова",
].join("\n");

const TRUTH = [
  ["1", "Проведение мониторинга укомплектованности общеобразовательных организаций педагогическими кадрами", "Отдел образования администрации района", "ежеквартально", "Аналитическая справка о потребности в кадрах"],
  ["2", "Организация наставничества для молодых учителей", "руководители общеобразовательных организаций", "в течение учебного года", "Закреплены наставники"],
  ["3", "Заключение договоров о целевом обучении с выпускниками школ района", "Семенова О.В., заместитель начальника отдела", "до 1 июня 2027 г.", "Заключено не менее 5 договоров"],
  ["4", "Размещение вакансий на портале «Работа в России»", "МКУ «Методический центр»", "ежемесячно", "Сведения о вакансиях размещены"],
];

/** The rows of COPIED, each as its lines with the number cut off the first. */
function copiedRows(): string[][] {
  const rows = COPIED.split("\n").slice(3, 13);
  const starts = rows.flatMap((l, i) => (/^\d\.\s/.test(l) ? [i] : []));
  return starts.map((s, k) => rows.slice(s, starts[k + 1] ?? rows.length).map((l, j) => (j === 0 ? l.replace(/^\d\.\s/, "") : l)));
}

describe("rows given baseline by baseline across their cells", () => {
  test("each row's lines are cut into its cells: wrapped in their columns, going on from line to line", () => {
    const read = baselineCells(copiedRows(), ["name", "responsible", "deadline", "result"])!;
    const cells = read.map((r) => r.cells.map((lines) => lines.join(" ")));
    // A name whose first line is short (its next word is long: «укомплектованности») still takes its three lines, and
    // a title in quotes wrapped inside the name stays there.
    expect([cells[0], cells[3]]).toEqual([TRUTH[0].slice(1), TRUTH[3].slice(1)]);
    // Where the row's words fit two cuts nearly as well (a position's body, «начальника отдела», reads on in the name
    // too), the reading says it is unsure.
    read.forEach((r, k) => {
      if (cells[k].join("|") !== TRUTH[k].slice(1).join("|")) expect(r.doubtful).toBe(true);
    });
  });

  test("the text reads as the plan it was copied from: every deadline its own, every word kept, guesses noted", () => {
    const doc = readTextDocument(COPIED, "plan.txt");
    const plan = structureOrFail(doc);
    expect(plan.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(plan.items.map((i) => i.deadline.kind)).not.toContain("unparsed");
    expect(plan.items[0].name).toBe(TRUTH[0][1]);
    plan.items.forEach((item, k) => {
      const exact = [item.name, item.responsible.text, item.deadline.text, item.result].join("|") === TRUTH[k].slice(1).join("|");
      if (!exact) expect(item.notes?.map((n) => n.code)).toContain("column_uncertain");
    });
    expect(lostWords(COPIED, plan)).toEqual([]);
  });
});
