import { structurePlan } from "../../../../src/core/plan";
import type { Plan } from "../../../../src/core/plan/types";
import { readPositionedText, type PositionedWord } from "../../../../src/core/table/positioned";
import type { RulingLine } from "../../../../src/core/table/positioned/types";
import { readText } from "../../../../src/io/readInput";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A road map's funding by year: «Объём финансирования, тыс. руб.» merged over «2027 г. | 2028 г.», the sums under
 * them («–», «1 440,0»), the column numbers 1…7 under the header. The sub-captions open with a number, and in a ruled
 * PDF a rule closes the merged caption over them alone; neither ends the header. Sums by year are no schedule grid:
 * the columns are text named by both levels, as a sheet names them.
 */
const FUNDING = "Объём финансирования, тыс. руб.";
const EXTRA = [`${FUNDING} 2027 г.`, `${FUNDING} 2028 г.`];
const ROWS = [
  ["1.1", "Мониторинг потребности в кадрах", "Управление образования", "ежегодно, до 15 марта", "–", "–", "аналитическая справка"],
  ["1.2", "Выплата надбавки молодым специалистам", "МКУ «Централизованная бухгалтерия»", "2027–2028 гг.", "1 440,0", "1 520,0", "надбавку получают 40 педагогов"],
  ["1.3", "Конкурс «Педагогический дебют»", "Информационно-методический центр", "март – апрель 2027 г.", "85,0", "90,0", "участие 15 педагогов"],
];
const cells = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, ...EXTRA.map((h) => i.extra[h]), i.result]);

describe("funding by year under one merged caption", () => {
  test("layout text: the years are two text columns; the column numbers are no item", () => {
    const text = [
      "№     Мероприятие             Исполнитель           Срок          Объём финансирования,   Ожидаемый",
      "п/п                                                                   тыс. руб.          результат",
      "                                                                 2027 г.     2028 г.",
      " 1          2                       3                  4            5           6             7",
      "1.1   Мониторинг потребности  Управление            ежегодно,        –           –      аналитическая",
      "      в кадрах                образования           до 15 марта                         справка",
      "1.2   Выплата надбавки        МКУ «Централизованная 2027–2028     1 440,0     1 520,0   надбавку получают",
      "      молодым специалистам    бухгалтерия»          гг.                                 40 педагогов",
      "1.3   Конкурс «Педагогический Информационно-        март –           85,0        90,0    участие 15",
      "      дебют»                  методический центр    апрель 2027 г.                      педагогов",
    ].join("\n");
    const plan = structureOrFail(readText(text, "plan.txt", ".txt"));
    expect(plan.columns.extra).toEqual(EXTRA);
    expect(cells(plan)).toEqual(ROWS);
    expect(plan.items.map((i) => i.deadline.kind)).toEqual(["recurring", "period", "period"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("ruled PDF: the rule under the merged caption closes that cell, not the header", () => {
    const CHAR = 4;
    const LEADING = 14;
    const left = [40, 80, 260, 440, 560, 620, 680];
    const right = 860;
    const words: PositionedWord[] = [];
    let runId = 0;
    const put = (text: string, x: number, line: number) => {
      const id = runId++;
      for (const m of text.matchAll(/\S+/g)) words.push({ text: m[0], x: x + m.index! * CHAR, y: 40 + line * LEADING, width: m[0].length * CHAR, height: 10, page: 1, run: id });
    };
    const centre = (text: string, x0: number, x1: number, line: number) => put(text, (x0 + x1) / 2 - (text.length * CHAR) / 2, line);
    const ruleAt = (line: number, x0 = left[0] - 2, x1 = right): RulingLine => ({ page: 1, x0, x1, y0: 40 + line * LEADING - 2, y1: 40 + line * LEADING - 2 });
    ["№", "Мероприятие", "Исполнитель", "Срок"].forEach((h, c) => put(h, left[c] + 2, 0));
    put("п/п", left[0] + 2, 1);
    centre("Объём", left[4], left[6], 0);
    centre("финансирования,", left[4], left[6], 1);
    centre("тыс. руб.", left[4], left[6], 2);
    put("Ожидаемый", left[6] + 2, 0);
    put("результат", left[6] + 2, 1);
    centre("2027 г.", left[4], left[5], 3);
    centre("2028 г.", left[5], left[6], 3);
    left.forEach((x, c) => centre(String(c + 1), x, left[c + 1] ?? right, 4));
    const rules: RulingLine[] = [ruleAt(0), ruleAt(3, left[4], left[6]), ruleAt(4), ruleAt(5)];
    ROWS.forEach((row, k) => {
      row.forEach((text, c) => put(text, left[c] + 2, 5 + k));
      rules.push(ruleAt(6 + k));
    });
    left.forEach((x) => rules.push({ page: 1, x0: x - 2, x1: x - 2, y0: 40 - 2, y1: 40 + 8 * LEADING }));
    const r = structurePlan({ name: "plan.pdf", sheet: null, blocks: readPositionedText(words, rules, "pdf") });
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.columns.extra).toEqual(EXTRA);
    expect(cells(r.plan)).toEqual(ROWS);
  });
});
