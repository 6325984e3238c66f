import { flowColumn } from "../../../../src/core/plan/lines/runFlows";
import { readsAsName } from "../../../../src/core/plan/lines/numberColumn";
import { type Line, segmentRows } from "../../../../src/core/plan/lines/segmentRows";

/** Lines as the text reader gives them: an empty string is a blank line (rows counted with it, no line of its own). */
const lines = (texts: readonly string[]): Line[] => texts.flatMap((text, i) => (text ? [{ row: i + 1, text }] : []));
const refs = (texts: readonly string[]) => texts.map((text, index) => ({ index, text }));

// A Writer table typed as the official fixtures are (Times 12 pt, cells padded 2 pt), through pdftotext without
// -layout (generated seed 3 of lo-docx-pdftotext-raw-tight): the page's numbers first, then the names of the first
// two rows run together (the rows stand 18.0 pt apart), then each row's result, deadline and executors as blocks in
// turn, the third row's name among them.
const PAGE = [
  "1. Повышение профессионального мастерства",
  "1.1",
  "",
  "1.2",
  "",
  "1.3",
  "",
  "Формирование диагностики",
  "профессиональных дефицитов учителей в",
  "общеобразовательных организациях",
  "района",
  "Актуализация работы муниципальных",
  "методических объединений",
  "",
  "Сформирован банк",
  "данных",
  "",
  "по мере",
  "необходимости",
  "",
  "О.С. Павлова, начальник",
  "отдела кадров",
  "",
  "Утверждённый план-график",
  "",
  "ежемесячно до 5",
  "числа",
  "",
  "образовательные",
  "организации; заместитель",
  "начальника управления",
  "",
  "Реализация диагностики",
  "профессиональных дефицитов учителей",
  "",
  "Заключено не менее 10",
  "договоров о целевом",
  "обучении",
  "",
  "до 17 января",
  "",
  "МБОУ «СОШ № 3»",
];

describe("the other columns' blocks after a run of numbers' names, given column by column (runFlows)", () => {
  test("each block goes to the first row of the run that lacks its column; a name among them to the row with none", () => {
    const seg = segmentRows(lines(PAGE), 0, [])!;
    const items = seg.segments.filter((s) => s.kind === "item");
    expect(items.map((s) => s.pieces.flat().map((r) => r.text).join(" / "))).toEqual([
      "Формирование диагностики / профессиональных дефицитов учителей в / общеобразовательных организациях / района / Сформирован банк / данных / по мере / необходимости / О.С. Павлова, начальник / отдела кадров",
      "Актуализация работы муниципальных / методических объединений / Утверждённый план-график / ежемесячно до 5 / числа / образовательные / организации; заместитель / начальника управления",
      "Реализация диагностики / профессиональных дефицитов учителей / Заключено не менее 10 / договоров о целевом / обучении / до 17 января / МБОУ «СОШ № 3»",
    ]);
    // The rows say their cells were given by order; the third row's name is read with its other lines, not held whole
    // (a flow may hold a whole row's lines baseline by baseline).
    expect(items.map((s) => s.cellsByOrder)).toEqual([true, true, true]);
    expect(items[2].nameLines).toBeUndefined();
  });

  // A block of no column (a page's furniture, a cell's second paragraph) may stand anywhere among the blocks: past it
  // their order no longer says whose they are, and their count does.
  const stray = [...PAGE.slice(0, 28), "Совместно с колледжем", "", ...PAGE.slice(28)];
  const texts = (s: { pieces: readonly (readonly { text: string }[])[] }) => s.pieces.map((p) => p.map((r) => r.text));

  test("past a block of no column, a column whose blocks are as many as the rows lacking it still goes in order; the stray block stays with the run's last row", () => {
    const items = segmentRows(lines(stray), 0, [])!.segments.filter((s) => s.kind === "item");
    expect(texts(items[1])).toEqual([["Актуализация работы муниципальных", "методических объединений", "Утверждённый план-график", "ежемесячно до 5", "числа", "образовательные", "организации; заместитель", "начальника управления"]]);
    expect(texts(items[2])).toEqual([
      ["Реализация диагностики", "профессиональных дефицитов учителей", "Заключено не менее 10", "договоров о целевом", "обучении", "до 17 января", "МБОУ «СОШ № 3»"],
      ["Совместно с колледжем"],
    ]);
    expect(items.map((s) => s.cellsByOrder)).toEqual([true, true, true]);
  });

  test("past a block of no column, a column whose blocks count more than the rows lacking it gives none: they stay with the run's last row", () => {
    const page = [...stray.slice(0, -3), "ежеквартально", "", ...stray.slice(-3)];
    const items = segmentRows(lines(page), 0, [])!.segments.filter((s) => s.kind === "item");
    expect(texts(items[2])).toEqual([
      ["Реализация диагностики", "профессиональных дефицитов учителей", "Заключено не менее 10", "договоров о целевом", "обучении", "МБОУ «СОШ № 3»"],
      ["Совместно с колледжем", "ежеквартально", "до 17 января"],
    ]);
  });

  test("a block's column by its clues: a deadline, a name, executors, a result; none where they do not lead", () => {
    expect(flowColumn(refs(["по мере", "необходимости"]), readsAsName)).toBe("deadline");
    expect(flowColumn(refs(["Реализация диагностики", "профессиональных дефицитов"]), readsAsName)).toBe("name");
    expect(flowColumn(refs(["О.С. Павлова, начальник", "отдела кадров"]), readsAsName)).toBe("responsible");
    expect(flowColumn(refs(["Заключено не менее 10", "договоров"]), readsAsName)).toBe("result");
    expect(flowColumn(refs(["Совместно с колледжем"]), readsAsName)).toBeNull();
  });
});
