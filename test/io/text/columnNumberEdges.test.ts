import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { numberRowGutters } from "../../../src/io/text/numberRowGutters";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string): Plan => structureOrFail(readText(text, "plan.txt", ".txt"));

/** Column starts: №, event, deadline, executor, a narrow extra column one space after it, result. */
const STARTS = [0, 7, 33, 46, 60, 70];
/**
 * One line of a row: its cells at the columns' starts, the last three moved by `shift` characters (pdftotext -layout
 * sets each row of a Writer table at a grid of its own).
 */
const at = (shift: number, ...cells: string[]) => {
  let out = "";
  cells.forEach((c, i) => {
    if (c === "") return;
    const x = STARTS[i] + (i >= 3 ? shift : 0);
    out = out.length < x || x === 0 ? out.padEnd(x) + c : `${out} ${c}`;
  });
  return out;
};

/**
 * A narrow extra column whose caption Writer filled to its edge: «Вид» one space after «Ответственный», so the
 * two captions read as one and the extra column's cells went into the executors. The column-number row under the
 * header counts six columns: one number inside each, a column edge between two numbers. The numbers row itself is
 * split at the page's edges (a row's own measure moved «4» into the next column, and that column's edge with it).
 */
const HEADER = [
  at(0, "№", "Мероприятие", "Срок", "Ответственный", "Вид", "Результат"),
  at(0, "п/п", "", "исполнения", " исполнитель", "контроля"),
  "  1               2                     3         4               5            6",
];
const BODY = [
  at(0, "1. Кадровое обеспечение"),
  at(2, "1.1.", "Мониторинг вакансий", "ежемесячно", "Отдел", "справка", "банк вакансий"),
  at(2, "", "педагогов", "", "образования", "", "обновлён"),
  at(2, "", "", "", "администрации"),
  at(3, "1.2.", "Анкетирование молодых", "до 1 марта", "Методист", "отчёт", "справка по"),
  at(3, "", "учителей", "2027 г.", "Иванова О.П.", "", "итогам"),
  at(1, "1.3.", "Встреча с выпускниками", "апрель", "Отдел", "акт", "проведено"),
  at(1, "", "педагогического колледжа", "", "образования", "", "3 встречи"),
  at(2, "1.4.", "Чествование наставников", "октябрь", "Администрация", "приказ", "не менее 5"),
  at(2, "", "", "", "района", "", "наставников"),
];
const TEXT = [...HEADER, ...BODY].join("\n");

describe("layout text: column edges from the column-number row under the header", () => {
  test("the gap between two captions that the numbers part is an edge; a header the numbers match gets none", () => {
    expect(numberRowGutters(HEADER, [{ judged: [0, 1], last: 1 }], new Map())).toEqual(new Map([[0, new Set([59])]]));
    // Both lines of the two captions one space apart: one cut down the header parts both.
    const glued = [HEADER[0], at(0, "п/п", "", "исполнения", "  исполнитель", "контроля"), HEADER[2]];
    expect(numberRowGutters(glued, [{ judged: [0, 1], last: 1 }], new Map())).toEqual(new Map([[0, new Set([59])], [1, new Set([59])]]));
    const matched = [at(0, "№", "Мероприятие", "Срок", "Ответственный", "", "Результат"), "  1          2                     3                 4                      5"];
    expect(numberRowGutters(matched, [{ judged: [0], last: 0 }], new Map())).toEqual(new Map());
  });

  test("a narrow extra column printed one space after the executors' is a column of its own", () => {
    const plan = read(TEXT);
    expect(plan.columns.extra).toEqual(["Вид контроля"]);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.extra["Вид контроля"]])).toEqual([
      ["1.1", "Отдел образования администрации", "справка"],
      ["1.2", "Методист Иванова О.П.", "отчёт"],
      ["1.3", "Отдел образования", "акт"],
      ["1.4", "Администрация района", "приказ"],
    ]);
    expect(plan.dropped.filter((d) => d.reason === "column_numbers")).toHaveLength(1);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});
