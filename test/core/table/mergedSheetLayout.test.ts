import fc from "fast-check";
import { cutMergedLine, fragmentEvidence, type CutColumn, type MergedLine } from "../../../src/core/table/cutMergedLine";
import { cutHeaderLine } from "../../../src/core/table/mergedHeader";
import { mergedSheetLayout } from "../../../src/core/table/mergedSheetLayout";

/**
 * A layout text split at every space with the runs merged (issue 13, item 5): the header cut by the synonym
 * catalogue, the lines cut by their columns' widths and wording, and the lines laid out in columns again.
 */
const words = (s: string) => s.split(" ");
const line = (s: string): MergedLine => ({ words: s.trim().split(/\s+/), indent: s.startsWith(" ") });

describe("the header line cut into its cells (cutHeaderLine)", () => {
  test("each cell names one column, from its first word on", () => {
    expect(cutHeaderLine(words("№ п/п Содержание работы Ответственный исполнитель Сроки реализации Результаты"))).toEqual({
      keys: ["number", "name", "responsible", "deadline", "result"],
      starts: [0, 2, 4, 6, 8],
    });
    expect(cutHeaderLine(words("N п/п Период реализации Наименование мероприятия Ответственные исполнители Форма отчётности"))?.keys).toEqual(["number", "deadline", "name", "responsible", "result"]);
  });

  test("a capitalised word inside a cell starts the next cell", () => {
    // «Форма отчётности» names the result from its second word, «Период реализации Форма» the deadline from its
    // first: the capital of «Форма» tells where the cell starts.
    expect(cutHeaderLine(words("№ п/п Содержание работы Ответственные исполнители Период реализации Форма отчётности"))).toEqual({
      keys: ["number", "name", "responsible", "deadline", "result"],
      starts: [0, 2, 4, 6, 8],
    });
  });

  test("a line naming fewer than three columns, or none of the name, is no header", () => {
    expect(cutHeaderLine(words("Начальник управления образования ____________ Н.Г. Сорокина"))).toBeNull();
    expect(cutHeaderLine(words("Срок исполнения Ответственный"))).toBeNull();
  });
});

const COLUMNS: readonly CutColumn[] = [
  { key: "number", width: Infinity },
  { key: "name", width: 38 },
  { key: "responsible", width: 26 },
  { key: "deadline", width: 18 },
  { key: "result", width: 24 },
];
const texts = (l: MergedLine, cut: ReturnType<typeof cutMergedLine>) => cut!.fragments.map((f) => [f.column, l.words.slice(f.from, f.to).join(" ")]);

describe("a line cut into its columns' fragments (cutMergedLine)", () => {
  test("the widths and the wording part the columns", () => {
    const l = line("1.2. Организация и проведение методических директор МКУ «ЦРО» ежемесячно до 5 Приказ управления");
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l)))).toEqual([
      [0, "1.2."],
      [1, "Организация и проведение методических"],
      [2, "директор МКУ «ЦРО»"],
      [3, "ежемесячно до 5"],
      [4, "Приказ управления"],
    ]);
  });

  test("the lines above say which columns go on: a wrap that would not have fitted, a phrase left open", () => {
    // «вакантных должностей педагогических» (35) + «работников» would not have fitted in 38: the name goes on;
    // «образовательных» (15) + «организаций» would not have fitted in 26, and an adjective leaves its phrase open:
    // so do the executors.
    const l = line(" работников организаций в течение года образования");
    const context = { above: [undefined, "вакантных должностей педагогических", "образовательных", undefined, "Приказ управления"], belowFirst: [] };
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context))).toEqual([
      [1, "работников"],
      [2, "организаций"],
      [3, "в течение года"],
      [4, "образования"],
    ]);
  });

  test("a deadline left unread on the line above takes the fragment that completes it", () => {
    // «в течение учебного» reads as no deadline, «в течение учебного года» does: «года» is the deadline's, and
    // «района» goes on with the name (it would not have fitted on the name's line above).
    const l = line(" организаций района года");
    const context = { above: [undefined, "Проведение методической работы в сельских", undefined, "в течение учебного", "Проведено не менее 4"], belowFirst: [] };
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context))).toEqual([
      [1, "организаций района"],
      [3, "года"],
    ]);
  });

  test("a line that was not indented starts in the first column: without a number there, no cut", () => {
    const l = line("Начальник управления образования Н.Г. Сорокина");
    expect(cutMergedLine(l, COLUMNS, fragmentEvidence(l))).toBeNull();
  });

  test("property: the fragments are the line's words, each once, in order, in columns left to right", () => {
    const word = fc.constantFrom("1.", "2.3", "Мониторинг", "и", "потребности", "Иванова", "А.А.,", "методист", "до", "1", "марта", "2026", "года", "Справка", "ИРО", "«ЦРО»", "ежемесячно", "в", "течение");
    const widths = fc.array(fc.integer({ min: 4, max: 40 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), fc.boolean(), widths, (ws, indent, w) => {
        const l: MergedLine = { words: ws, indent };
        const columns: CutColumn[] = [{ key: "number", width: Infinity }, ...(["name", "responsible", "deadline", "result"] as const).map((key, i) => ({ key, width: w[i] }))];
        const cut = cutMergedLine(l, columns, fragmentEvidence(l));
        if (cut === null) return;
        expect(cut.fragments.flatMap((f) => ws.slice(f.from, f.to))).toEqual(ws);
        expect(cut.fragments.every((f, i) => f.from < f.to && (i === 0 ? f.from === 0 : f.from === cut.fragments[i - 1].to && f.column > cut.fragments[i - 1].column))).toBe(true);
        expect(cut.fragments[0].column === 0).toBe(!indent);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the lines laid out in columns again (mergedSheetLayout)", () => {
  const merged = [
    " План мероприятий на 2026 год",
    "",
    "№ п/п Наименование мероприятия Ответственный исполнитель Срок исполнения Ожидаемый результат",
    "1. Выявление кадровых потребностей",
    "1.1. Мониторинг потребности Иванова А.А., главный до 1 марта 2026 Аналитическая справка",
    " образовательных организаций в специалист года",
    " педагогических кадрах",
    "1.2. Формирование банка вакансий и Отдел кадров управления ежемесячно Банк вакансий обновлён",
    " размещение информации на официальном образования",
    " сайте",
  ].join("\n");

  test("each line keeps its words in order, the header's cells and the rows' fragments start at the same places", () => {
    const layout = mergedSheetLayout(merged)!;
    const out = layout.text.split("\n");
    expect(out.map((l) => l.split(/\s+/).filter(Boolean))).toEqual(merged.split("\n").map((l) => l.split(/\s+/).filter(Boolean)));
    const at = (l: string, word: string) => l.indexOf(word);
    expect(at(out[4], "Мониторинг")).toBe(at(out[2], "Наименование"));
    expect(at(out[4], "Иванова")).toBe(at(out[2], "Ответственный"));
    expect(at(out[4], "до")).toBe(at(out[2], "Срок"));
    expect(at(out[4], "Аналитическая")).toBe(at(out[2], "Ожидаемый"));
    expect(at(out[5], "образовательных")).toBe(at(out[2], "Наименование"));
    expect(at(out[5], "специалист")).toBe(at(out[2], "Ответственный"));
    // The heading stays whole at the left edge.
    expect(out[3]).toBe("1. Выявление кадровых потребностей");
  });

  test("no plan header among the lines: nothing to lay out", () => {
    expect(mergedSheetLayout("Начальник управления образования\n Иванова А.А.")).toBeNull();
  });

  test("property: no word is lost or added, whatever the lines", () => {
    const word = fc.constantFrom("1.", "1.1.", "Мероприятие", "Срок", "Исполнитель", "Результат", "№", "п/п", "в", "течение", "года", "ИРО", "Иванова", "А.А.", "-", "1", "Приказ");
    const lineArb = fc.tuple(fc.boolean(), fc.array(word, { maxLength: 12 })).map(([indent, ws]) => (ws.length ? (indent ? " " : "") + ws.join(" ") : ""));
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), (ls) => {
        const text = ["№ п/п Мероприятие Исполнитель Срок Результат", ...ls].join("\n");
        const layout = mergedSheetLayout(text);
        if (layout === null) return;
        expect(layout.text.split("\n").map((l) => l.split(/\s+/).filter(Boolean))).toEqual(text.split("\n").map((l) => l.split(/\s+/).filter(Boolean)));
      }),
      { numRuns: 15 },
    );
  });
});
