import { assignColumns, type Assignment, type RowLine } from "../../../../src/core/plan/lines/assignColumns";
import { assignmentDoubts, documentContext, type Doubt } from "../../../../src/core/plan/lines/assignmentDoubt";
import type { TextColumn } from "../../../../src/core/plan/lines/lineEvidence";
import { recoverFromLines } from "../../../../src/core/plan/lines/recoverFromLines";
import type { Line } from "../../../../src/core/plan/lines/segmentRows";
import type { GridRow } from "../../../../src/core/grid";

const ORDER: readonly TextColumn[] = ["name", "responsible", "deadline", "result"];
const rowLines = (texts: readonly string[]): RowLine[] => texts.map((text) => ({ text, gapBefore: false }));
const NAMED = documentContext(ORDER, [], []);
/** No header: no column is known to be missing, so only the lines themselves speak. */
const LOOSE = documentContext([], [], []);
const doubtsOf = (texts: readonly string[], assignment: Assignment, ctx = LOOSE) => assignmentDoubts([{ texts, assignment }], { ...ctx, given: new Set() });
const kinds = (ds: readonly Doubt[]) => ds.map((d) => d.kind);
/** A reading as a layout would give it, with no rival: what the line's words say is then the only evidence. */
const chosen = (columns: readonly TextColumn[]): Assignment => ({ columns, score: 0, doubtful: [], alternatives: [{ columns, score: 0 }] });

describe("doubts of a row read from lines without cells", () => {
  test("a row whose every line says what it is reads without doubt", () => {
    const texts = ["Проведение семинара для наставников", "Орлова Т.В., методист", "до 15 марта", "Протокол семинара"];
    const a = assignColumns(rowLines(texts), ORDER, { first: true, emission: "rows" });
    expect(a.columns).toEqual(["name", "responsible", "deadline", "result"]);
    expect(doubtsOf(texts, a)).toEqual([]);
  });

  test("a reading as good as the chosen one within a point makes the lines it places elsewhere guesses", () => {
    const texts = ["Семинар", "отдел кадров"];
    const a: Assignment = {
      columns: ["name", "responsible"],
      score: 3,
      doubtful: [],
      alternatives: [
        { columns: ["name", "responsible"], score: 3 },
        { columns: ["name", "name"], score: 2.5 },
        { columns: ["name", "result"], score: 1.2 },
      ],
    };
    expect(doubtsOf(texts, a)).toEqual([{ kind: "close", text: "отдел кадров", chosen: "responsible", other: "name" }]);
    // The runner-up two points behind is no rival.
    const far = { ...a, alternatives: [a.alternatives![0], { columns: ["name", "name"] as TextColumn[], score: 1 }] };
    expect(doubtsOf(texts, far)).toEqual([]);
  });

  test("a word or two that only its neighbours place has rivals further off, where the rival goes on a cell", () => {
    const reading: Assignment = {
      columns: ["name", "result", "result"],
      score: 3,
      doubtful: [],
      alternatives: [
        { columns: ["name", "result", "result"], score: 3 },
        { columns: ["name", "result", "name"], score: 1.8 },
      ],
    };
    const short = ["Встреча с выпускниками", "Проведено 2 встречи", "колледжа"];
    expect(doubtsOf(short, reading)).toEqual([{ kind: "close", text: "колледжа", chosen: "result", other: "name" }]);
    const longer = ["Встреча с выпускниками", "Проведено 2 встречи", "педагогического колледжа района"];
    expect(doubtsOf(longer, reading)).toEqual([]);
  });

  test("a word or two with a rival within a point is a guess though the rival opens a cell with it", () => {
    const reading = (gap: number): Assignment => ({
      columns: ["name", "responsible", "responsible", "deadline"],
      score: 3,
      doubtful: [],
      alternatives: [
        { columns: ["name", "responsible", "responsible", "deadline"], score: 3 },
        { columns: ["name", "responsible", "deadline", "deadline"], score: 3 - gap },
      ],
    });
    const texts = ["Встреча ветеранов", "Совет ветеранов", "вторая половина", "ноября"];
    expect(doubtsOf(texts, reading(0.3))).toEqual([{ kind: "close", text: "вторая половина", chosen: "responsible", other: "deadline" }]);
    // Further off, only a rival that has it go on a cell is one.
    expect(doubtsOf(texts, reading(1.2))).toEqual([]);
  });

  test("a line whose own words name another column is a doubt wherever the layout put it", () => {
    const texts = ["Конкурс молодых педагогов", "ежеквартально"];
    expect(doubtsOf(texts, chosen(["name", "name"]))).toEqual([{ kind: "contradicts", text: "ежеквартально", chosen: "name", other: "deadline" }]);
    expect(doubtsOf(texts, chosen(["name", "deadline"]))).toEqual([]);
  });

  test("the number's line opens the row's first cell whatever its words say; the same words further down are a doubt", () => {
    expect(doubtsOf(["Ежемесячный обзор вакансий", "в школах района"], chosen(["name", "name"]))).toEqual([]);
    expect(kinds(doubtsOf(["Обзор вакансий", "ежемесячно, обзор"], chosen(["name", "name"])))).toEqual(["contradicts"]);
    // A frequency adjective before its noun («ежемесячный обзор») names a thing: no deadline's words (lineEvidence).
    expect(doubtsOf(["Обзор вакансий", "ежемесячный обзор"], chosen(["name", "name"]))).toEqual([]);
  });

  test("a line that ends in a deadline of its own holds two cells; a deadline inside a name's wording does not", () => {
    expect(doubtsOf(["Проведение районного конкурса март"], chosen(["name"]))).toEqual([{ kind: "glued", text: "Проведение районного конкурса март", tail: "март", chosen: "name" }]);
    expect(doubtsOf(["Анализ кадров на 2026 год"], chosen(["name"]))).toEqual([]);
  });

  test("a year after a word that takes no year is a deadline run on; after a preposition of time it is the name's", () => {
    expect(doubtsOf(["Поддержка стажёров для 2028 г.", "педагогов школ"], chosen(["name", "name"]))).toEqual([{ kind: "glued", text: "Поддержка стажёров для 2028 г.", tail: "2028 г.", chosen: "name" }]);
    expect(doubtsOf(["Поддержка стажёров в 2028 г.", "в школах"], chosen(["name", "name"]))).toEqual([]);
  });

  test("a name or executors' cell ending on a semicolon, or executors ending on a body's head alone, lost their end", () => {
    const cut = (texts: readonly string[], columns: readonly TextColumn[]) => doubtsOf(texts, chosen(columns)).filter((d) => d.kind === "cut");
    expect(cut(["Семинар для кураторов", "Центр развития «Ступени»;"], ["name", "responsible"])).toEqual([{ kind: "cut", column: "responsible", last: "Центр развития «Ступени»;" }]);
    expect(cut(["Семинар для кураторов", "Школа № 4, Управление"], ["name", "responsible"])).toEqual([{ kind: "cut", column: "responsible", last: "Школа № 4, Управление" }]);
    // A whole body: its head qualified on the same line or the line above; a result may list on with a semicolon.
    expect(cut(["Семинар для кураторов", "Планово-бюджетный", "отдел"], ["name", "responsible", "responsible"])).toEqual([]);
    expect(cut(["Семинар для кураторов", "Школа № 4, районное управление"], ["name", "responsible"])).toEqual([]);
    expect(cut(["Семинар для кураторов", "проведено 2 занятия;"], ["name", "result"])).toEqual([]);
  });

  test("a bracket the row closes but one column does not: the bracketed words were parted between two columns", () => {
    const texts = ["Опрос выпускников колледжа (Орлова", "Отдел кадров", "Т.В.) и методисты"];
    expect(doubtsOf(texts, chosen(["name", "responsible", "responsible"]))).toEqual([
      { kind: "split_bracket", column: "name" },
      { kind: "split_bracket", column: "responsible" },
    ]);
    // The same lines with the bracket kept in one column, or a row that never closes its bracket, or list markers.
    expect(kinds(doubtsOf(texts, chosen(["name", "responsible", "name"])))).not.toContain("split_bracket");
    expect(kinds(doubtsOf(["Опрос выпускников (Орлова", "Отдел кадров"], chosen(["name", "responsible"])))).not.toContain("split_bracket");
    expect(kinds(doubtsOf(["Опрос: 1) выпускников; 2) родителей", "Отдел кадров"], chosen(["name", "responsible"])))).not.toContain("split_bracket");
  });

  test("a cell that stops mid-phrase lost its end to another column; a result may end on a genitive", () => {
    expect(doubtsOf(["Встреча выпускников с"], chosen(["name"]))).toEqual([{ kind: "cut", column: "name", last: "Встреча выпускников с" }]);
    expect(doubtsOf(["Сформирован банк данных"], chosen(["result"]))).toEqual([]);
  });

  test("a cell ending on a phrase that needs more («на базе»), or on a school year without its noun, is cut", () => {
    const cut = (texts: readonly string[], columns: readonly TextColumn[]) => doubtsOf(texts, chosen(columns)).filter((d) => d.kind === "cut");
    expect(cut(["Работа кружка «Юный педагог» на базе", "Школа № 4"], ["name", "responsible"])).toEqual([{ kind: "cut", column: "name", last: "Работа кружка «Юный педагог» на базе" }]);
    expect(cut(["Набор в профильные классы на 2027/2028", "Школа № 4"], ["name", "responsible"])).toEqual([{ kind: "cut", column: "name", last: "Набор в профильные классы на 2027/2028" }]);
    expect(cut(["Набор в профильные классы на 2027/2028 учебный год", "Школа № 4"], ["name", "responsible"])).toEqual([]);
    expect(cut(["Работа кружка на базе школы № 4", "Школа № 4"], ["name", "responsible"])).toEqual([]);
  });

  test("an executors' cell ending on a position that names no body yet is cut, unless an adjective on the line before makes it whole", () => {
    expect(doubtsOf(["Отдел образования,", "руководители"], chosen(["responsible", "responsible"]))).toEqual([{ kind: "cut", column: "responsible", last: "руководители" }]);
    expect(doubtsOf(["Классные", "руководители"], chosen(["responsible", "responsible"]))).toEqual([]);
  });

  test("a noun alone ending the executors before a result that opens with its plural predicate may be the result's subject", () => {
    const columns: TextColumn[] = ["name", "responsible", "responsible", "responsible", "result", "result"];
    const apart = (texts: readonly string[]) => doubtsOf(texts, chosen(columns)).filter((d) => d.kind === "subject_apart");
    expect(apart(["Конкурс чтецов", "Отдел культуры,", "руководители", "победители", "награждены", "грамотами"])).toEqual([{ kind: "subject_apart", subject: "победители", predicate: "награждены" }]);
    // A party listed after a comma is the executors' own; a genitive is no subject; an impersonal predicate takes none.
    expect(apart(["Конкурс чтецов", "Отдел культуры,", "руководители ОО,", "библиотекари", "награждены", "грамотами"])).toEqual([]);
    expect(apart(["Конкурс чтецов", "Отдел культуры", "администрации", "библиотек", "награждены", "грамотами"])).toEqual([]);
    expect(apart(["Конкурс чтецов", "Управление", "образования,", "организации", "проведено не", "менее 3 туров"])).toEqual([]);
  });

  test("a name opening in lower case, or executors opening on the rest of a position or a body, lost their head", () => {
    const headless = ["Организация семинаров", "управления образования, РМО"];
    expect(doubtsOf(headless, chosen(["name", "responsible"]))).toEqual([{ kind: "headless", column: "responsible", first: "управления образования, РМО" }]);
    for (const first of ["заместитель начальника управления", "руководители ОО", "образовательные организации", "УО, РМО", "Орлова Т.В., методист", "отдел кадров", "управление образования"]) {
      expect(doubtsOf(["Организация семинаров", first], chosen(["name", "responsible"]))).toEqual([]);
    }
    // An item's name opens with a capital: one that opens in lower case took the end of a cell above.
    expect(doubtsOf(["отдела кадров, директор", "УО"], chosen(["name", "responsible"]))).toEqual([{ kind: "headless", column: "name", first: "отдела кадров, директор" }]);
    // After a page break the executors' cell goes on: only the row's first piece opens it.
    const pieces = [
      { texts: ["Организация семинаров", "Орлова Т.В.,"], assignment: chosen(["name", "responsible"]) },
      { texts: ["заместителя начальника"], assignment: chosen(["responsible"]) },
    ];
    expect(assignmentDoubts(pieces, { ...LOOSE, given: new Set() })).toEqual([]);
  });

  test("a name line opening a new phrase with a capital is another cell run in; abbreviations, quotes and sentences are not", () => {
    const texts = ["Мониторинг курсов повышения", "квалификации руководящих работников", "Информационное сопровождение", "УО"];
    expect(doubtsOf(texts, chosen(["name", "name", "name", "responsible"]))).toEqual([{ kind: "capital_inside", column: "name", text: "Информационное сопровождение" }]);
    for (const line of ["ЦРО по итогам года", "«Педагог года»", "в сетевом формате"]) {
      expect(doubtsOf(["Проведение конкурса", line, "УО"], chosen(["name", "name", "responsible"]))).toEqual([]);
    }
    // Inside a quote opened on a line above, a capital is the quoted title's.
    expect(doubtsOf(["Размещение вакансий на портале «Работа", "России» и сайте отдела", "УО"], chosen(["name", "name", "responsible"]))).toEqual([]);
    // A proper name inside the name, where the phrase above goes on: after a word that needs one, or an adjective in
    // an oblique case.
    for (const [above, line] of [["Проведение мероприятий в рамках", "Года педагога и наставника"], ["Участие педагогов во", "Всероссийском конкурсе"], ["Организация участия педагогов", "Всероссийского конкурса «Учитель года»"]]) {
      expect(doubtsOf([above, line, "УО"], chosen(["name", "name", "responsible"]))).toEqual([]);
    }
    // A nominative adjective opens a run-in cell as well as a noun does.
    expect(kinds(doubtsOf(["Мониторинг курсов повышения", "Областной конкурс", "УО"], chosen(["name", "name", "responsible"])))).toEqual(["capital_inside"]);
    // A sentence ended on the line before: the next one may open with a capital.
    expect(doubtsOf(["Проведение конкурса.", "Подведение итогов", "УО"], chosen(["name", "name", "responsible"]))).toEqual([]);
    // The name's lines are read over the row's pieces: a capital after a page break is as much in doubt.
    const pieces = [
      { texts: ["Мониторинг курсов", "УО"], assignment: chosen(["name", "responsible"]) },
      { texts: ["Развитие системы наставничества"], assignment: chosen(["name"]) },
    ];
    expect(kinds(assignmentDoubts(pieces, { ...LOOSE, given: new Set() }))).toEqual(["capital_inside"]);
  });

  test("a deadline cell that reads only in part took a line of another cell", () => {
    const ds = doubtsOf(["до 1 июня", "молодых учителей"], chosen(["deadline", "deadline"]));
    expect(ds).toContainEqual({ kind: "mixed_deadline", cell: "до 1 июня молодых учителей", line: "до 1 июня" });
    expect(doubtsOf(["Декабрь 2026 года –", "январь 2027 года"], chosen(["deadline", "deadline"]))).toEqual([]);
  });

  test("a column the header names and the row left empty is a doubt, unless a block after the table gave it", () => {
    const texts = ["Собеседование с выпускниками", "Заключены договоры"];
    const read = chosen(["name", "result"]);
    expect(kinds(assignmentDoubts([{ texts, assignment: read }], { ...NAMED, given: new Set() }))).toEqual(["missing", "missing"]);
    expect(kinds(assignmentDoubts([{ texts, assignment: read }], { ...NAMED, given: new Set<TextColumn>(["deadline", "responsible"]) }))).toEqual([]);
    // Without a header the columns are not known to exist.
    expect(assignmentDoubts([{ texts, assignment: read }], { ...documentContext([], [], []), given: new Set() })).toEqual([]);
  });

  test("a row with no name lost its lines: the name is expected as the deadline and the executor are", () => {
    const texts = ["Орлова Т.В., методист", "до 15 марта", "программа"];
    expect(assignmentDoubts([{ texts, assignment: chosen(["responsible", "deadline", "result"]) }], { ...NAMED, given: new Set() })).toEqual([{ kind: "missing", column: "name" }]);
  });

  test("a row with no result where the header names one lost its result's lines to a row beside it", () => {
    const texts = ["Семинар наставников", "Орлова Т.В., методист", "до 15 марта"];
    expect(assignmentDoubts([{ texts, assignment: chosen(["name", "responsible", "deadline"]) }], { ...NAMED, given: new Set() })).toEqual([{ kind: "missing", column: "result" }]);
    // A header without a result column expects none.
    const noResult = documentContext(["name", "responsible", "deadline"], [], []);
    expect(assignmentDoubts([{ texts, assignment: chosen(["name", "responsible", "deadline"]) }], { ...noResult, given: new Set() })).toEqual([]);
  });

  test("a row with nothing but its number, and the row below it, which may hold its lines", () => {
    expect(kinds(assignmentDoubts([], { ...NAMED, given: new Set() }))).toEqual(["bare_number"]);
    const texts = ["Анализ кадровой ситуации", "Проведение семинара", "Орлова Т.В., методист", "до 15 марта"];
    const read = chosen(["name", "result", "responsible", "deadline"]);
    expect(kinds(assignmentDoubts([{ texts, assignment: read }], { ...NAMED, given: new Set(), bareAbove: "1" }))).toEqual(["after_bare_number"]);
  });

  test("a caption printed with a column's block after the rows names that column for the document", () => {
    expect([...documentContext(["name"], [], ["1. Семинар", "Ответственный", "исполнитель", "Сроки"]).named].sort()).toEqual(["deadline", "name", "responsible"]);
  });

  test("a caption that ran on into another column's caption leaves that column without a place, in every row", () => {
    const ctx = documentContext(ORDER, [], [], ["Мероприятие", "Исполнитель Источник финансирования", "Срок исполнения", "Конкурс «Педагог года»"]);
    expect(ctx.unplaced).toEqual(["Источник финансирования"]);
    expect(kinds(doubtsOf(["Семинар наставников", "Орлова Т.В.", "май", "программа"], chosen(["name", "responsible", "deadline", "result"]), ctx))).toEqual(["unplaced"]);
  });

  test("a line of the header's captions inside a row is the header again", () => {
    const ctx = documentContext(ORDER, ["Наименование", "Срок", "Ответственный исполнитель", "Результат"], []);
    const texts = ["Семинар наставников", "Ответственный", "Орлова Т.В.", "май"];
    expect(kinds(doubtsOf(texts, chosen(["name", "responsible", "responsible", "deadline"]), ctx))).toContain("caption");
  });
});

/** Lines as a mouse copy of a PDF gives them: the header's captions, then each row's lines. */
const linesOf = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const itemRows = (lines: readonly Line[]): GridRow[] => {
  const table = recoverFromLines(lines)?.find((b) => b.kind === "table");
  return table?.kind === "table" ? table.grid.rows.filter((r) => /^\d/.test(r.cells[0])) : [];
};

describe("notes of the recovered rows", () => {
  test("a header column the lines cannot be read into puts a note on every row", () => {
    const lines = linesOf([
      "№ п/п", "Мероприятие", "Срок", "Исполнитель", "Источник финансирования",
      "1. Семинар для наставников", "до 1 марта", "Орлова Т.В., методист", "бюджет района",
      "2. Конкурс «Молодой учитель»", "в апреле", "Смирнов П.А., методист", "не требуется",
    ]);
    const rows = itemRows(lines);
    expect(rows.map((r) => r.notes?.some((n) => /«Источник финансирования»/.test(n.text)))).toEqual([true, true]);
  });

  test("rows that read whole carry no note; the row whose executor never came says that column is missing", () => {
    const lines = linesOf([
      "№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения",
      "1. Семинар для наставников", "Орлова Т.В., методист", "до 1 марта",
      "2. Конкурс «Молодой учитель»", "Смирнов П.А., методист", "в апреле",
      "3. Собеседование с выпускниками", "в мае",
      "4. Выставка методических пособий", "Кузнецова Е.И., методист", "ежегодно, октябрь",
    ]);
    const rows = itemRows(lines);
    expect(rows.map((r) => r.cells[0])).toEqual(["1.", "2.", "3.", "4."]);
    // Every other row has executors: the row under them takes theirs, as a row under a merged cell (mergedExecutors),
    // and says both.
    expect(rows.filter((r) => r.notes?.length).map((r) => [r.cells[0], r.notes!.map((n) => n.code)])).toEqual([["3.", ["column_uncertain", "merged_continuation"]]]);
    expect(rows[2].notes![0].text).toMatch(/нет текста для столбца «Ответственный»/);
    expect(rows[2].cells[2]).toBe("Смирнов П.А., методист");
  });

  test("a row that took in the header repeated on a new page says so in Russian", () => {
    const lines = linesOf([
      "№ п/п", "Наименование", "Срок", "Ответственный",
      "1. Семинар для наставников", "до 1 марта", "Орлова Т.В., методист",
      "2. Конкурс «Молодой учитель»", "в апреле", "Срок", "Смирнов П.А., методист",
      "3. Выставка методических пособий", "ежегодно, октябрь", "Кузнецова Е.И., методист",
    ]);
    const rows = itemRows(lines);
    expect(rows[1].notes?.some((n) => /похожа на заголовок столбца/.test(n.text))).toBe(true);
    expect(rows[0].notes ?? []).toEqual([]);
  });
});

describe("a rival held back by another row's cell alone stays a doubt", () => {
  // A mouse copy of a row whose executors wrap over four lines beside a one-line result: «начальника управления»
  // stands where the result's second line would.
  const texts = ["Проведение анализа потребности в", "Волкова Н.П., Кузнецова", "январь 2026 г.", "Сформирован банк данных", "педагогических кадрах", "А.В., заместитель", "начальника управления", "образования"];
  const widths = { name: 37, responsible: 25, deadline: 14, result: 23 };
  // Another row's first reading read «Сформирован банк данных вакантных должностей»: this row's one-line result is
  // that cell cut short, and loses for it. That other cell may have taken a line of its neighbour's as well.
  const known = Object.assign((column: TextColumn, text: string) => (column === "result" && text === "Сформирован банк данных" ? -1 : 0), { own: () => 0 });

  test("the line the loss moved is a guess naming the column it lost", () => {
    const a = assignColumns(rowLines(texts), ORDER, { first: true, emission: "rows", widths, knownCell: known });
    expect(a.columns[6]).toBe("result");
    expect(doubtsOf(texts, a)).toContainEqual({ kind: "close", text: "начальника управления", chosen: "result", other: "responsible" });
  });

  test("without that loss, the same rival is weighed at the same distance", () => {
    const none = Object.assign(() => 0, { own: () => 0 });
    const gapOf = (a: Assignment) => a.alternatives![0].score - a.alternatives!.find((r) => r.columns[6] === "responsible")!.score;
    const withLoss = assignColumns(rowLines(texts), ORDER, { first: true, emission: "rows", widths, knownCell: known });
    const without = assignColumns(rowLines(texts), ORDER, { first: true, emission: "rows", widths, knownCell: none });
    expect(gapOf(withLoss)).toBeCloseTo(gapOf(without));
  });
});
