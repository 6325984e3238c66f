import type { GridRow } from "../../../../src/core/grid";
import { type Line, segmentRows } from "../../../../src/core/plan/lines/segmentRows";
import { inNumberOrder } from "../../../../src/core/plan/lines/numberOrder";
import { recoverFromLines } from "../../../../src/core/plan/lines/recoverFromLines";

const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const numbers = (texts: readonly string[]) => segmentRows(lines(texts), 0, [])?.segments.map((s) => `${s.kind}:${s.number ?? "-"}`);

describe("item numbers printed as flows of their own (pdftotext without layout)", () => {
  test("a page's numbers of the next section, before its title, open rows of a new list", () => {
    // The second «1.» restarts the list of section II, whose title pdftotext gave after its numbers.
    expect(numbers(["I. Анализ", "1. Мониторинг вакансий", "2. Семинар", "1.", "2.", "II. Привлечение", "Ярмарка вакансий", "Форум"])).toEqual([
      "section:I.",
      "item:1.",
      "item:2.",
      "item:1.",
      "item:2.",
      "section:II.",
    ]);
  });

  test("a row's number given after the next rows' opens its row too", () => {
    expect(numbers(["1.1. Семинар", "1.3.", "1.4.", "1.2.", "Форум", "2.1. Конкурс"])).toEqual(["item:1.1.", "item:1.3.", "item:1.4.", "item:1.2.", "item:2.1."]);
    // A section's number printed apart from its title over its items opens no row of its own list again.
    expect(numbers(["4.1. Семинар", "4.2. Форум", "4.", "4.3. Конкурс"])).toEqual(["item:4.1.", "item:4.2.", "item:4.3."]);
    // A number without its dot (a page's, a column's) is left to the numbering.
    expect(numbers(["1. Семинар", "май", "5", "2. Форум", "июнь"])).toEqual(["item:1.", "item:2."]);
  });
});

describe("item rows put back in their numbers' order", () => {
  const row = (number: string, name = ""): GridRow => ({ cells: [number, name], row: 0 });
  const numberOf = (r: GridRow) => (r.cells[1] === "§" ? null : r.cells[0]);
  const order = (rows: readonly GridRow[]) => inNumberOrder(rows, numberOf).map((r) => r.cells[0]);

  test("a number given after later ones goes back after the one it follows, and says so", () => {
    const rows = inNumberOrder([row("1.1."), row("1.3."), row("1.4."), row("1.2.")], numberOf);
    expect(rows.map((r) => r.cells[0])).toEqual(["1.1.", "1.2.", "1.3.", "1.4."]);
    expect(rows[1].notes?.[0].text).toContain("после пункта 1.1.");
    // The rows it went back over may hold its lines.
    expect(rows[2].notes?.[0].code).toBe("column_uncertain");
    expect(rows[0].notes).toBeUndefined();
  });

  test("a list restarting under a new section stays where it is; a first number of the same list goes back", () => {
    expect(order([row("1."), row("2."), row("4."), row("1."), row("2.")])).toEqual(["1.", "2.", "4.", "1.", "2."]);
    expect(order([row("5.3."), row("5.4."), row("5.1."), row("5.2.")])).toEqual(["5.1.", "5.2.", "5.3.", "5.4."]);
  });

  test("numbers that restart in sections move within their section only; numbers running through the plan cross titles", () => {
    expect(order([row("I", "§"), row("1."), row("4."), row("II", "§"), row("2."), row("1.")])).toEqual(["I", "1.", "4.", "II", "2.", "1."]);
    expect(order([row("I", "§"), row("1."), row("4."), row("5."), row("II", "§"), row("2."), row("3."), row("6.")])).toEqual(["I", "1.", "2.", "3.", "4.", "5.", "II", "6."]);
  });

  test("a document whose numbers pdftotext gave out of order finds every item", () => {
    const text = ["№", "Наименование мероприятия", "Срок", "1.", "", "Семинар для педагогов", "май", "", "3.", "", "Конкурс молодых педагогов", "июнь", "", "2.", "", "Форум наставников", "июль"];
    const blocks = recoverFromLines(text.flatMap((t, i) => (t ? [{ row: i + 1, text: t }] : [])))!;
    const table = blocks.find((b) => b.kind === "table");
    const rows = table?.kind === "table" ? table.grid.rows.slice(1).map((r) => r.cells[0]) : [];
    expect(rows).toEqual(["1.", "2.", "3."]);
  });
});
