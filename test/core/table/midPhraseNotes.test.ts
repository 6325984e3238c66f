import { midPhraseNotes, stopsMidPhrase } from "../../../src/core/table/midPhraseNotes";
import type { LineCut, MergedLine } from "../../../src/core/table/cutMergedLine";
import { mergedSheetLayout } from "../../../src/core/table/mergedSheetLayout";

const line = (s: string): MergedLine => ({ words: s.trim().split(/\s+/), indent: s.startsWith(" ") });
/** A cut from [column, words] pairs, in order. */
const cutOf = (...parts: (readonly [number, number])[]): LineCut => {
  let from = 0;
  return { fragments: parts.map(([column, n]) => ({ column, from, to: (from += n) })), score: 0, doubtful: [] };
};

describe("a cell's line that stops in the middle of a phrase (stopsMidPhrase)", () => {
  test.each(["педагогических кадрах по итогам", "методических семинаров в течение", "по итогам учебного", "ГАУ ДПО «Институт развития", "аттестации педагогических работников на"])("«%s» goes on", (t) => {
    expect(stopsMidPhrase(t)).toBe(true);
  });
  test.each(["Сформирован банк данных", "Приказ управления образования", "по итогам учебного года", "директор МКУ «ЦРО»", "Территориальная аттестационная комиссия"])("«%s» may end its cell", (t) => {
    expect(stopsMidPhrase(t)).toBe(false);
  });
});

describe("a cell stopping mid-phrase where its row goes on without it (midPhraseNotes)", () => {
  // Columns: 0 number, 1 name, 2 deadline. The name's line ends «по итогам»; the row's next line was cut into the
  // deadline alone, so «учебного года» went to the deadline, where its wording drew it.
  const lines = [line("2.4 Формирование анализа по итогам до 3 августа"), line(" учебного года")];
  const titles = ["№", "Наименование", "Срок"];

  test("the next line of the row holds nothing of the column: the line is noted", () => {
    const cuts = [cutOf([0, 1], [1, 4], [2, 3]), cutOf([2, 2])];
    const notes = midPhraseNotes(lines, cuts, [1, -1], titles, new Set([0]));
    expect([...notes.keys()]).toEqual([0]);
    expect(notes.get(0)![0]).toContain("«Формирование анализа по итогам» в столбце «Наименование» обрывается на полуслове");
  });

  test("the next line goes on in the column: nothing to note", () => {
    const cuts = [cutOf([0, 1], [1, 4], [2, 3]), cutOf([1, 2])];
    expect(midPhraseNotes(lines, cuts, [1, -1], titles, new Set([0])).size).toBe(0);
  });

  test("the row ends on the line: its open cell is noted all the same", () => {
    const cuts = [cutOf([0, 1], [1, 4], [2, 3]), null];
    expect(midPhraseNotes(lines, cuts, [-1, -1], titles, new Set([0])).get(0)).toHaveLength(1);
  });
});

describe("a cell whose quote opened on a line above and never closed (midPhraseNotes)", () => {
  // Columns: 0 number, 1 name, 2 executors. «ГАУ ДПО «Институт» / «развития»: the line «развития» alone closes nothing
  // it opened, but the cell's quote is still open where the row ends (its «образования»» went elsewhere).
  const lines = [line("4.1.1 Реализация семинаров ГАУ ДПО «Институт"), line(" для молодых специалистов развития")];
  const titles = ["№", "Наименование", "Ответственные"];

  test("the cell's last line is noted", () => {
    const cuts = [cutOf([0, 1], [1, 2], [2, 3]), cutOf([1, 3], [2, 1])];
    const notes = midPhraseNotes(lines, cuts, [1, -1], titles, new Set([0]));
    expect(notes.get(1)?.some((n) => n.includes("«развития» в столбце «Ответственные» обрывается"))).toBe(true);
  });

  test("a cell that closes its quote is not", () => {
    const closed = [lines[0], line(" для молодых специалистов развития образования»")];
    const cuts = [cutOf([0, 1], [1, 2], [2, 3]), cutOf([1, 3], [2, 2])];
    expect(midPhraseNotes(closed, cuts, [1, -1], titles, new Set([0])).size).toBe(0);
  });
});

describe("the merged layout notes a row whose cell stops mid-phrase (mergedSheetLayout)", () => {
  test("a name cut short at its row's end is a guess, whatever the line's own cut", () => {
    const merged = [
      "№ п/п Наименование мероприятия Ответственный исполнитель Срок исполнения Ожидаемый результат",
      "1.1. Мониторинг потребности образовательных Иванова А.А., главный до 1 марта 2026 Аналитическая справка",
      " организаций в педагогических кадрах в специалист года",
      "1.2. Формирование банка вакансий Отдел кадров ежемесячно Банк вакансий обновлён",
    ].join("\n");
    const layout = mergedSheetLayout(merged)!;
    expect((layout.notes.get(3) ?? []).some((n) => n.includes("«организаций в педагогических кадрах в»") && n.includes("обрывается на полуслове"))).toBe(true);
    expect((layout.notes.get(4) ?? []).some((n) => n.includes("обрывается"))).toBe(false);
  });
});
