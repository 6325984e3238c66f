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
/** Three years under a caption that the three sub-columns are named by. */
const three = ["2026 г.", "2027 г.", "2028 г."].map((y) => `Финансовое обеспечение, тыс. руб. ${y}`);
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

  // A caption typed at its merged cell's left, narrower than the three years under it: the last year stands beside the
  // caption, short of the next one, and is under it all the same.
  test("layout text: three years under a caption narrower than they are", () => {
    const text = [
      "N     Мероприятие             Финансовое обеспечение, тыс. руб.          Ответственный        Срок исполнения   Результат",
      "п/п                                                                       исполнитель",
      "                              2026 г.        2027 г.         2028 г.",
      "1     2                       3              4               5            6                    7                 8",
      "1.1   Мониторинг потребности  –              –               –            Управление           ежегодно,         аналитическая",
      "      в кадрах                                                            образования          до 15 марта       справка",
      "1.2   Выплата надбавки        2 608,0        –               23 334,0     МКУ «ЦБ»             2026–2028 гг.     надбавку получают",
      "      молодым специалистам                                                                                       40 педагогов",
    ].join("\n");
    const plan = structureOrFail(readText(text, "plan.txt", ".txt"));
    expect(plan.columns.extra).toEqual(three);
    expect(plan.items.map((i) => [i.number, ...three.map((h) => i.extra[h]), i.responsible.text])).toEqual([
      ["1.1", "–", "–", "–", "Управление образования"],
      ["1.2", "2 608,0", "–", "23 334,0", "МКУ «ЦБ»"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  // Writer centres captions in their rows and breaks a word a narrow column cannot hold («исполнени» / «я»): the
  // broken end shares the sub-captions' line, and the header goes on through it.
  test("layout text of a Writer PDF: a caption's broken end on the years' line", () => {
    const text = [
      "                                   Финансовое обеспечение, тыс.                            Срок",
      " N                                                                Ответственный",
      "             Мероприятие                       руб.                                     исполнени      Результат",
      "п/п                                                                исполнитель",
      "                                    2026 г.   2027 г.   2028 г.                              я",
      " 1                 2                   3         4         5            6                   7              8",
      "1.1    Мониторинг потребности      –           –          –          Управление         ежегодно     аналитическая",
      "       в кадрах                                                      образования                     справка",
      "1.2    Выплата надбавки молодым    2 608,0     –          23 334,0   МКУ «ЦБ»           2026–2028    надбавку получают",
      "       специалистам                                                                     гг.          40 педагогов",
    ].join("\n");
    const plan = structureOrFail(readText(text, "plan.txt", ".txt"));
    expect(plan.columns.deadline).toBe("Срок исполнения");
    expect(plan.columns.extra).toEqual(three);
    expect(plan.items.map((i) => [i.number, ...three.map((h) => i.extra[h]), i.deadline.text])).toEqual([
      ["1.1", "–", "–", "–", "ежегодно"],
      ["1.2", "2 608,0", "–", "23 334,0", "2026–2028 гг."],
    ]);
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

  // pdf-lib and Word print a caption at its merged cell's left: the last of three years stands beside it, under no
  // caption, short of the next column's; it is a sub-caption all the same, not the first item.
  test("ruled PDF: a year beside a caption narrower than the years under it", () => {
    const CHAR = 4;
    const LEADING = 14;
    const left = [40, 80, 260, 340, 420, 500, 640, 740];
    const right = 860;
    const words: PositionedWord[] = [];
    let runId = 0;
    const put = (text: string, x: number, line: number) => {
      const id = runId++;
      for (const m of text.matchAll(/\S+/g)) words.push({ text: m[0], x: x + m.index! * CHAR, y: 40 + line * LEADING, width: m[0].length * CHAR, height: 10, page: 1, run: id });
    };
    const ruleAt = (line: number, x0 = left[0] - 2, x1 = right): RulingLine => ({ page: 1, x0, x1, y0: 40 + line * LEADING - 2, y1: 40 + line * LEADING - 2 });
    const years = ["2026 г.", "2027 г.", "2028 г."];
    const headers = three;
    put("№", left[0] + 2, 0);
    put("п/п", left[0] + 2, 1);
    put("Мероприятие", left[1] + 2, 0);
    put("Финансовое обеспечение, тыс. руб.", left[2] + 2, 0);
    put("Ответственный", left[5] + 2, 0);
    put("исполнитель", left[5] + 2, 1);
    put("Срок", left[6] + 2, 0);
    put("Результат", left[7] + 2, 0);
    years.forEach((y, c) => put(y, left[2 + c] + 2, 2));
    left.forEach((x, c) => put(String(c + 1), x + 2, 3));
    const rows = [
      ["1.1", "Мониторинг потребности", "–", "–", "–", "Управление образования", "ежегодно, до 15 марта", "аналитическая справка"],
      ["1.2", "Выплата надбавки", "2 608,0", "–", "23 334,0", "МКУ «ЦБ»", "2026–2028 гг.", "надбавку получают 40 педагогов"],
    ];
    const rules: RulingLine[] = [ruleAt(0), ruleAt(2, left[2], left[5]), ruleAt(3), ruleAt(4)];
    rows.forEach((row, k) => {
      row.forEach((text, c) => put(text, left[c] + 2, 4 + k));
      rules.push(ruleAt(5 + k));
    });
    // The rules between the years start under the merged caption.
    left.forEach((x, c) => rules.push({ page: 1, x0: x - 2, x1: x - 2, y0: 40 + (c === 3 || c === 4 ? 2 : 0) * LEADING - 2, y1: 40 + 6 * LEADING }));
    const r = structurePlan({ name: "plan.pdf", sheet: null, blocks: readPositionedText(words, rules, "pdf") });
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.columns.extra).toEqual(headers);
    expect(r.plan.items.map((i) => [i.number, i.name, ...headers.map((h) => i.extra[h]), i.responsible.text])).toEqual(rows.map((row) => row.slice(0, 6)));
  });
});
