import fc from "fast-check";
import { cutMergedLine, fragmentEvidence, type CutColumn, type LineContext, type MergedLine } from "../../../src/core/table/cutMergedLine";
import { columnWording, wordForm } from "../../../src/core/table/columnWording";
import { cutHeaderLine } from "../../../src/core/table/mergedHeader";
import { mergedSheetLayout, mergedSheetWidths } from "../../../src/core/table/mergedSheetLayout";

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

  test("a closing quote goes with the cell that opened it, not with a column beside it", () => {
    // «образования»» would have wrapped in the result too (it goes on from «Сформирован банк данных»), but only the
    // executors' cell holds the «Институт развития it closes.
    const l = line(" с использованием дистанционных развития образования»");
    const above = [undefined, "молодых специалистов в сетевом формате", "ОО; ГАУ ДПО «Институт", undefined, "Сформирован банк данных"];
    const cut = cutMergedLine(l, COLUMNS, fragmentEvidence(l), { above, belowFirst: [], openQuotes: [0, 0, 1, 0, 0] });
    expect(texts(l, cut)).toEqual([
      [1, "с использованием дистанционных"],
      [2, "развития образования»"],
    ]);
  });

  test("a deadline broken where deadlines break takes the rest, though it reads the same without it", () => {
    // «I полугодие 2024» / «г.»: the year's word goes on with the year (deadlineGoesOn), not at a name's end.
    const columns: readonly CutColumn[] = [
      { key: "number", width: Infinity },
      { key: "name", width: 38 },
      { key: "deadline", width: 16 },
      { key: "responsible", width: 24 },
      { key: "result", width: 24 },
    ];
    const l = line("3.3. населения г. Совет молодых педагогов Аналитическая справка");
    const above = [undefined, "колледжем и центром занятости", "I полугодие 2024", undefined, undefined];
    expect(texts(l, cutMergedLine(l, columns, fragmentEvidence(l), { above, belowFirst: [] }))).toEqual([
      [0, "3.3."],
      [1, "населения"],
      [2, "г."],
      [3, "Совет молодых педагогов"],
      [4, "Аналитическая справка"],
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

  test("a deadline read whole on the line above takes the fragment that changes what it reads", () => {
    // «Декабрь 2027 года» reads as December; «– январь 2028 года» after it makes it run to January: the deadline's.
    const l = line(" выпускников общеобразовательных РМО – январь 2028 года Сформирован банк данных");
    const context = { above: [undefined, "Формирование целевого обучения", undefined, "Декабрь 2027 года", undefined], belowFirst: [] };
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context))).toEqual([
      [1, "выпускников общеобразовательных"],
      [2, "РМО"],
      [3, "– январь 2028 года"],
      [4, "Сформирован банк данных"],
    ]);
  });

  test("a deadline read whole on the line above takes no words that add nothing to it: they end the name", () => {
    // «по запросу» and «к 24 сентября» read whole; «учебного года» after them reads the same and is no deadline by
    // itself: it is the end of the name's «по итогам учебного года», though it would not have fitted the deadline.
    for (const deadline of ["по запросу", "к 24 сентября"]) {
      const l = line(" итогам учебного года");
      const context = { above: [undefined, "квалификации руководящих работников по", "Соколов Т.И.", deadline, "комиссии"], belowFirst: [] };
      expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context, { wholeDeadlines: true }))).toEqual([[1, "итогам учебного года"]]);
    }
    // A year's word says which year the deadline counts in: «2027/2028 учебный» / «год» goes on.
    const l = line(" обучения выпускников год образования");
    const context = { above: [undefined, "Информационное сопровождение целевого", "ИРО", "2027/2028 учебный", "Приказ управления"], belowFirst: [] };
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context, { wholeDeadlines: true }))).toEqual([
      [1, "обучения выпускников"],
      [3, "год"],
      [4, "образования"],
    ]);
  });

  test("a deadline's fragment is weighed by the words a deadline is written with: the cells beside it keep theirs", () => {
    // «по мере Протокол» reads as a deadline to the parser (any word after «по мере»): «Протокол» is no deadline's
    // word, the result's cell starts with it (a layout line of merged seed 10's plan).
    const l = line("1.1.3 Обеспечение участия анализа Орлов А.В.; Кузнецова Л.А. по мере Протокол заседания");
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l)))).toEqual([
      [0, "1.1.3"],
      [1, "Обеспечение участия анализа"],
      [2, "Орлов А.В.; Кузнецова Л.А."],
      [3, "по мере"],
      [4, "Протокол заседания"],
    ]);
  });

  test("a word naming a time is no executor's: a deadline column read too narrow gives the executors none of its words", () => {
    // 15 wide for 18, «III квартал 2026» sticks out: read free of cost as the executors' «образования, III квартал»
    // and a deadline «2026», the narrow width would score as well as the true one (merged seeds 10, 14).
    const narrow = COLUMNS.map((c) => (c.key === "deadline" ? { ...c, width: 15 } : c));
    const l = line("2.2 работников на квалификационные общего образования, III квартал 2026 Информация на");
    const cut = texts(l, cutMergedLine(l, narrow, fragmentEvidence(l)));
    expect(cut.slice(0, 3)).toEqual([
      [0, "2.2"],
      [1, "работников на квалификационные"],
      [2, "общего образования,"],
    ]);
  });

  test("a line cut at its deadline column's true width outscores one too narrow, where the name takes the deadline's words", () => {
    // 14 wide for 18, «третья декада июля» sticks out and the name would take «третья декада» at no cost: the width
    // search then kept the narrower of two equal widths (merged seed 19). A name's line holds a month or a decade
    // seldom; its year («на 2026 год») often, and that costs it nothing.
    const order = (deadline: number): CutColumn[] => [
      { key: "number", width: Infinity },
      { key: "name", width: 38 },
      { key: "deadline", width: deadline },
      { key: "responsible", width: 26 },
      { key: "result", width: 24 },
    ];
    const l = line("1.2. итогам учебного года третья декада июля Л.А. Лебедев семинаров");
    const [narrow, truth] = [14, 18].map((w) => cutMergedLine(l, order(w), fragmentEvidence(l))!);
    expect(texts(l, truth).slice(1, 3)).toEqual([
      [1, "итогам учебного года"],
      [2, "третья декада июля"],
    ]);
    expect(truth.score).toBeGreaterThan(narrow.score);
  });

  test("a deadline's phrase is not parted: «по мере» / «необходимости» keeps «по мере» whole on its first line", () => {
    const l = line("2.4. Предоставление мер социальной Управление образования по мере Выплаты назначены");
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), undefined, { wholeDeadlines: true })).slice(2)).toEqual([
      [2, "Управление образования"],
      [3, "по мере"],
      [4, "Выплаты назначены"],
    ]);
  });

  test("a deadline's preposition stays with its date, and a range broken after it reads as the deadline it opens", () => {
    // «с» would fit the name's line (and a name's line may end with «с»), but not before a date: «с 01.03.2026 по»
    // is the deadline's first line, «15.08.2026» its next; «по» at its end leaves it no less a deadline.
    const l = line(" работников на квалификационные с 01.03.2026 по Информация на");
    const context = { above: [undefined, "Формирование аттестации педагогических", undefined, undefined, undefined], belowFirst: [undefined, "категории", "Фёдорова", "15.08.2026", "официальном"] };
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context, { wholeDeadlines: true }))).toEqual([
      [1, "работников на квалификационные"],
      [3, "с 01.03.2026 по"],
      [4, "Информация на"],
    ]);
    // «главный с» would fit the executors' 26 characters, and the document's wording counts «с» for the columns whose
    // phrases hold it («совместно с», «с участием»; here for the executors'): not the «с» before a date.
    const first = line(" Проведение анализа потребности Л.А. Фёдорова, главный с 01.05.2026 по Проведено не менее 4");
    const below = { above: [], belowFirst: ["3.2", "педагогических", "специалист", "15.12.2026", "семинаров"] };
    const evidence = fragmentEvidence(first);
    const wording: typeof evidence = (from, to, key) => evidence(from, to, key) + (key === "responsible" && first.words.slice(from, to).includes("с") ? 1 : 0);
    expect(texts(first, cutMergedLine(first, COLUMNS, wording, below, { wholeDeadlines: true }))).toEqual([
      [1, "Проведение анализа потребности"],
      [2, "Л.А. Фёдорова, главный"],
      [3, "с 01.05.2026 по"],
      [4, "Проведено не менее 4"],
    ]);
  });

  test("a deadline's words stay together: a part of the year and its number, a period and its year, a day and its month", () => {
    // The document's wording counts the deadline's first words for the executors (0.5 a word, as columnWording weighs
    // a word the other lines put there): «РМО II полугодие» | «2026» would read an executor and a year, and lose the
    // half-year. A part of the year, a month or a day does not leave its number or its year to another cell.
    const cases: [string, string, string][] = [
      ["1.2. Мониторинг вакансий РМО II полугодие 2026 Банк данных", "РМО", "II полугодие 2026"],
      ["1.3. Мониторинг вакансий ОО I квартал 2027 Банк данных", "ОО", "I квартал 2027"],
      ["1.4. Мониторинг вакансий ЦРО декабрь 2026 Банк данных", "ЦРО", "декабрь 2026"],
      ["1.5. Мониторинг вакансий ИРО 15 июня Банк данных", "ИРО", "15 июня"],
    ];
    const deadlineWord = /^(I|II|полугодие|квартал|декабрь|15)$/;
    for (const [text, executor, deadline] of cases) {
      const l = line(text);
      const evidence = fragmentEvidence(l);
      const wording: typeof evidence = (from, to, key) => evidence(from, to, key) + (key === "responsible" ? 0.5 * l.words.slice(from, to).filter((w) => deadlineWord.test(w)).length : 0);
      expect(texts(l, cutMergedLine(l, COLUMNS, wording, undefined, { wholeDeadlines: true }))).toEqual([
        [0, l.words[0]],
        [1, "Мониторинг вакансий"],
        [2, executor],
        [3, deadline],
        [4, "Банк данных"],
      ]);
    }
  });

  test("a surname the cut leaves apart from its initials is a guess, however far ahead the cut is", () => {
    // Executors learnt 4 characters narrower than they were printed: «Морозова Т.И., заместитель» (26) sticks out of
    // 22, and the cut leaves «Морозова» on the name's line. The cut is the least bad reading of those widths, and
    // the person is one cell's: the surname is noted as a guess, with the executors' column as the other reading.
    const columns = COLUMNS.map((c) => (c.key === "responsible" ? { ...c, width: 22 } : c));
    const l = line(" Морозова Т.И., заместитель");
    // The row's result ended on the line above; the executors go on below («начальника управления»).
    const context = { above: [undefined, "квалификации руководящих работников", "развития образования»;", undefined, undefined], belowFirst: [undefined, undefined, "начальника", undefined, undefined], ended: [false, false, false, true, true] };
    const cut = cutMergedLine(l, columns, fragmentEvidence(l), context, { wholeDeadlines: true });
    expect(texts(l, cut)).toEqual([
      [1, "Морозова"],
      [2, "Т.И., заместитель"],
    ]);
    expect(cut!.doubtful).toContainEqual({ word: 0, other: 2 });
  });

  test("a capitalised word that would have fitted on its column's line above goes where it had to wrap", () => {
    // «Протокол заседания РУМО» fits the result's 24 characters, «по плану заседаний РУМО» not the deadline's 18: the
    // abbreviation is the deadline's wrapped word. Only executors, one per line, start a line where a word would fit.
    const l = line(" РУМО комиссии");
    // The name's and the executors' cells ended on lines above (a cell's lines run without a gap).
    const context = { above: [undefined, undefined, undefined, "по плану заседаний", "Протокол заседания"], belowFirst: [], ended: [true, true, true, false, false] };
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context))).toEqual([
      [3, "РУМО"],
      [4, "комиссии"],
    ]);
    const person = line(" Волкова М.Ю. комиссии");
    const executors = { above: [undefined, undefined, "РУМО,", "по плану заседаний", "Протокол заседания"], belowFirst: [] };
    expect(texts(person, cutMergedLine(person, COLUMNS, fragmentEvidence(person), executors))).toEqual([
      [2, "Волкова М.Ю."],
      [4, "комиссии"],
    ]);
  });

  test("executors one per line open a line with a position in lower case, though it would have fitted above", () => {
    // «ОО» / «руководители ОО»: two executors, one per line. «руководители» (12) would have fitted after «ОО» in 26,
    // but a position opens an executor's entry as a capital does: the line is the executors', not the result's.
    const l = line(" педагогических работников руководители ОО");
    const context = { above: [undefined, "Реализация аттестации педагогических", "ОО", "по мере", "Информация на"], belowFirst: [], ended: [true, false, false, true, true] };
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context))).toEqual([
      [1, "педагогических работников"],
      [2, "руководители ОО"],
    ]);
    // The line above's last fragment: a position opening the executors' line below does not say it should have fitted.
    const first = line("2.1 Реализация аттестации педагогических ОО в течение года Информация на");
    const below = { above: [], belowFirst: [undefined, "педагогических", "руководители", undefined, undefined], below: [undefined, "педагогических работников", "руководители ОО", undefined, undefined] };
    expect(texts(first, cutMergedLine(first, COLUMNS, fragmentEvidence(first), below))).toEqual([
      [0, "2.1"],
      [1, "Реализация аттестации педагогических"],
      [2, "ОО"],
      [3, "в течение года"],
      [4, "Информация на"],
    ]);
  });

  test("a cell ended on a line above takes no fragment below it: a cell's lines run without a gap", () => {
    // «РМО» reads as an executor; the name's and the executors' cells ended lines up: it is the result's next word.
    const l = line(" РМО");
    const context = { above: [undefined, undefined, undefined, undefined, "Протокол заседания совета"], belowFirst: [] };
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), { ...context, ended: [true, true, true, false, false] }))).toEqual([[4, "РМО"]]);
    expect(texts(l, cutMergedLine(l, COLUMNS, fragmentEvidence(l), context))).toEqual([[2, "РМО"]]);
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

  test("property: a line cut again under other widths and contexts, from the scores kept of its cuts before, is cut as afresh", () => {
    const word = fc.constantFrom("1.", "2.3", "Мониторинг", "и", "потребности", "Иванова", "А.А.,", "методист", "до", "1", "марта", "2026", "года", "Справка", "«ЦРО»", "ЦРО»", "ежемесячно", "в", "течение", "не", "позднее");
    const phrase = fc.option(fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" ")), { nil: undefined });
    const five = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 5, maxLength: 5 });
    // As the width search cuts a line: the same few contexts again and again, one column's width changed at a time —
    // so that a score kept under one setting is asked for under another that differs in one thing only.
    const context = fc.record({ above: five(phrase), belowFirst: five(phrase), below: five(phrase), ended: five(fc.boolean()), unstarted: five(fc.boolean()), openQuotes: five(fc.integer({ min: 0, max: 1 })) });
    const variant = (c: LineContext, v: number): LineContext =>
      [c, { ...c, below: undefined }, { ...c, ended: c.ended!.map((e) => !e) }, { ...c, unstarted: c.unstarted!.map((e) => !e) }, { ...c, openQuotes: c.openQuotes!.map((q) => 1 - q) }, { ...c, belowFirst: [...c.belowFirst].reverse() }][v];
    const setting = fc.record({
      column: fc.integer({ min: 0, max: 3 }),
      width: fc.constantFrom(6, 10, 14, 22, 30, 46, 70),
      context: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      opts: fc.record({ guesses: fc.boolean(), wholeDeadlines: fc.boolean() }),
    });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.boolean(), context, fc.array(setting, { minLength: 2, maxLength: 8 }), (ws, indent, shared, settings) => {
        const l: MergedLine = { words: ws, indent };
        const kept = fragmentEvidence(l);
        const widths = [14, 14, 14, 14];
        for (const { column, width, context: v, opts } of settings) {
          widths[column] = width;
          const columns: CutColumn[] = [{ key: "number", width: Infinity }, ...(["name", "responsible", "deadline", "result"] as const).map((key, i) => ({ key, width: widths[i] }))];
          const c = v === undefined ? undefined : variant(shared, v);
          const fresh: MergedLine = { words: [...ws], indent };
          expect(cutMergedLine(l, columns, kept, c, opts)).toEqual(cutMergedLine(fresh, columns, fragmentEvidence(fresh), c, opts));
        }
      }),
      { numRuns: 100 },
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

describe("the columns' widths learnt from the lines (mergedSheetLayout)", () => {
  /** Words greedily wrapped at `width` characters, as a layout wraps a cell. */
  const wrap = (text: string, width: number): string[] => {
    const out: string[] = [];
    for (const w of text.split(" ")) {
      const last = out[out.length - 1];
      if (last !== undefined && last.length + 1 + w.length <= width) out[out.length - 1] = `${last} ${w}`;
      else out.push(w);
    }
    return out;
  };
  /** A layout text of rows (cells top-aligned, wrapped at the widths, columns two spaces apart) and its merged split. */
  const layout = (header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]) => {
    const lines = [header.map((h, j) => h.padEnd(widths[j])).join("  ").trimEnd()];
    for (const row of rows) {
      const cells = row.map((c, j) => wrap(c, widths[j]));
      const height = Math.max(...cells.map((c) => c.length));
      for (let k = 0; k < height; k++) lines.push(cells.map((c, j) => (c[k] ?? "").padEnd(widths[j])).join("  ").trimEnd());
    }
    return { lines, merged: lines.map((l) => l.replace(/^ +/, " ").replace(/ +/g, " ")).join("\n") };
  };
  /** Each word's column in a layout text, by where the header's cells start. */
  const columnsOf = (lines: readonly string[], starts: readonly number[]) =>
    lines.map((l) => [...l.matchAll(/\S+/g)].map((m) => starts.filter((s) => s <= m.index!).length - 1));

  test("a wide name column before narrow ones is learnt as wide, and no column narrower than its header cell", () => {
    const header = ["№", "Содержание работы", "Результаты", "Сроки", "Исполнитель"];
    const widths = [5, 40, 22, 16, 24];
    const rows = [
      ["1.1.", "Проведение заседаний муниципальных методических объединений учителей начальных классов по итогам учебного года", "Протокол заседания", "II квартал", "Лебедев Л.А."],
      ["1.2.", "Организация стажировок молодых педагогов на базе опорных школ района с привлечением наставников", "Приказ управления образования", "Декабрь 2026 года", "Новикова О.С., начальник отдела кадров"],
      ["1.3.", "Подготовка предложений по мерам социальной поддержки педагогов, прибывших на работу в сельские школы", "Информация на официальном сайте", "по графику", "А.В. Волкова, методист"],
      ["1.4.", "Анализ потребности общеобразовательных организаций в педагогических кадрах на следующий учебный год", "Аналитическая справка", "Постоянно", "Управление образования"],
      ["1.5.", "Сопровождение участия педагогов в региональных конкурсах профессионального мастерства и обобщение опыта", "Сформирован банк данных", "не позднее 29.10.2026", "М.Ю. Лебедев, РМО"],
    ];
    const { lines, merged } = layout(header, rows, widths);
    const out = mergedSheetLayout(merged)!.text.split("\n");
    const starts = (l: string) => header.map((h) => l.indexOf(h));
    // The rows' first lines hold a fragment of every column: each word where the layout had it. (The rows' further
    // lines, with columns left empty, may still put a word one column off: «наставников» reads as a result's line.)
    const firsts = (ls: readonly string[]) => ls.filter((l) => /^\d/.test(l));
    expect(columnsOf(firsts(out), starts(out[0]))).toEqual(columnsOf(firsts(lines), starts(lines[0])));
  });

  test("a continuation the widths cannot place goes where the other rows put the same words", () => {
    // «договоров о целевом» / «обучении» would have wrapped under the executors as under the result (26 and 24
    // characters wide), and reads on from «методист» as from «10»: the other rows' results say whose words they are.
    const header = ["№", "Мероприятие", "Исполнитель", "Результат"];
    const widths = [5, 38, 26, 24];
    const result = "Заключено не менее 10 договоров о целевом обучении";
    const rows = [
      ["1.1.", "Разработка и утверждение персонифицированной программы наставничества", "Павлова Т.И., методист", result],
      ["1.2.", "Актуализация базы данных вакантных должностей педагогических работников", "Управление образования администрации муниципального района", result],
      ["1.3.", "Мониторинг курсов повышения квалификации руководящих работников", "Отдел кадров управления образования администрации района", result],
      ["1.4.", "Организация стажировок молодых педагогов на базе опорных школ района", "Новикова О.С., начальник отдела кадров управления", result],
    ];
    const { lines, merged } = layout(header, rows, widths);
    const out = mergedSheetLayout(merged)!.text.split("\n");
    const starts = (l: string) => header.map((h) => l.indexOf(h));
    // Row 1.1 (its three lines) as it was laid out; the other rows' lines may still put a word one column off.
    expect(columnsOf(out, starts(out[0])).slice(1, 4)).toEqual(columnsOf(lines, starts(lines[0])).slice(1, 4));
  });
  test("a long table's widths are searched on whole rows: every line sampled has its row's other lines with it", () => {
    // Past the lines the search samples, a line cut with its row's neighbours left out has no context to be cut by.
    const header = ["№", "Наименование мероприятия", "Ответственный", "Срок", "Результат"];
    const widths = [6, 38, 26, 18, 24];
    const cells = [
      ["Проведение методических семинаров для молодых специалистов", "Т.И. Кузнецова, главный специалист отдела общего образования", "в течение 2026 года", "Приказ управления"],
      ["Мониторинг профессиональных дефицитов учителей", "Управление образования", "по мере необходимости", "Аналитическая справка"],
      ["Организация и проведение муниципального конкурса профессионального мастерства", "ГАУ ДПО «Институт развития образования»", "ежеквартально", "Информация на официальном сайте"],
    ];
    const rows = Array.from({ length: 33 }, (_, k) => [`${k + 1}.`, ...cells[k % cells.length]]);
    const { merged } = layout(header, rows, widths);
    const text = merged.split("\n");
    const sampled = new Set(mergedSheetWidths(merged)!.cuts([Infinity, ...widths.slice(1)]).map((c) => c.line - 1));
    expect(text.length - 1).toBeGreaterThan(80);
    expect(sampled.size).toBeGreaterThan(0);
    for (const i of sampled) {
      // A continuation line's row goes on from the line above; a row's next line, if it goes on, is sampled too.
      if (text[i].startsWith(" ")) expect(sampled.has(i - 1)).toBe(true);
      if (text[i + 1]?.startsWith(" ")) expect(sampled.has(i + 1)).toBe(true);
    }
  });

  test("a name column half as wide again as the others is learnt at its width, not where the executors took its words", () => {
    // A merged split of a layout whose name column is 38 characters wide and the others 26, 18 and 24 (sections
    // centred over the table, executors broken by hand). From one width for all or from the name's twice the others',
    // the search settled at a name 28 wide, its lines' ends given to the executors («профессиональных дефицитов» |
    // «учителей с образовательных»); the name is wrapped at 38 («профессиональных дефицитов учителей с», 37, and
    // «привлечением» would not have fitted). (Row 1.1 still puts «ГАУ» and «конкурса» a column off: a cut, not a width.)
    const merged = [
      "№ Наименование мероприятия Ответственные Срок Ожидаемый результат",
      " Раздел 1. Информационное сопровождение",
      "1.1 Организация и проведение ГАУ ДПО «Институт развития ежеквартально Утверждённый план-график",
      " муниципального конкурса образования»",
      " профессионального мастерства «Педагог директор МКУ «ЦРО»",
      " года» по результатам независимой",
      " оценки качества",
      "1.2 Подготовка и направление диагностики руководители по запросу Аналитическая справка",
      " профессиональных дефицитов учителей с образовательных",
      " привлечением ведущих специалистов организаций",
      " регионального института совместно с МБОУ «СОШ № 3»",
      " педагогическим колледжем и центром",
      " занятости населения",
      "1.3 Проведение методических семинаров для Фёдорова Е.Н. по графику Приказ управления",
      " молодых специалистов для педагогов образования",
      " дошкольных образовательных организаций",
      "1.4 Информационное сопровождение кадрового Орлов Т.И. III квартал 2026 Утверждённый план-график",
      " резерва руководителей образовательных года",
      " организаций на территории",
      " муниципального округа",
      " Раздел 2. Привлечение молодых специалистов",
      "2.1 Формирование методических семинаров ИРО по плану заседаний Приказ управления",
      " для молодых специалистов РУМО образования",
      "",
      "2.2 Обеспечение участия анализа ОО до 17 июня 2026 Заключено не менее 10",
      " потребности в педагогических кадрах по Павлова А.В., главный года договоров о целевом",
      " результатам независимой оценки специалист отдела общего обучении",
      " качества образования",
      "2.3 Обеспечение участия курсов повышения Орлов О.С.; МКУ «Центр 04.05.2026 Приказ управления",
      " квалификации руководящих работников развития образования»; образования",
      " Морозова Т.И., заместитель",
      " начальника управления",
      " образования",
      " Раздел 3. Работа с кадровым резервом руководителей",
      "3.1 Информационное сопровождение работы ИРО Постоянно Заключено не менее 10",
      " муниципальных методических объединений договоров о целевом",
      " обучении",
      "3.2 Информационное сопровождение базы Т.И. Гусева согласно плану Утверждённый план-график",
      " данных вакантных должностей",
      " педагогических работников",
    ].join("\n");
    const out = mergedSheetLayout(merged)!.text.split("\n");
    const header = ["№", "Наименование", "Ответственные", "Срок", "Ожидаемый"];
    const starts = header.map((h) => out[0].indexOf(h));
    const columnsAt = (i: number) => columnsOf([out[i]], starts)[0];
    expect(columnsAt(8)).toEqual([1, 1, 1, 1, 2]); // профессиональных дефицитов учителей с | образовательных
    expect(columnsAt(10)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]); // регионального института совместно с | МБОУ «СОШ № 3»
  });
});

describe("the document's own wording of each column (columnWording, mergedSheetLayout)", () => {
  test("a word counts for the column the other lines put it in, not for its own line, and an unseen word for none", () => {
    const lines = [
      ["Иванова", "А.А.", "Приказ", "управления"],
      ["УО", "Приказ", "управления", "образования"],
      ["ИРО", "Справка"],
    ];
    const wording = columnWording(lines, [
      [
        { key: "responsible", from: 0, to: 2 },
        { key: "result", from: 2, to: 4 },
      ],
      [
        { key: "responsible", from: 0, to: 1 },
        { key: "result", from: 1, to: 4 },
      ],
      [
        { key: "responsible", from: 0, to: 1 },
        { key: "result", from: 1, to: 2 },
      ],
    ]);
    // On line 2, «Приказ» was seen in the results of line 0 alone: it weighs for the result, against the executors.
    const result = wording.weights(2, ["Приказ", "Справка", "Новое"], "result");
    const responsible = wording.weights(2, ["Приказ", "Справка", "Новое"], "responsible");
    expect(result[0]).toBeGreaterThan(0);
    expect(responsible[0]).toBeLessThan(0);
    // «Справка» is seen on line 2 only, «Новое» nowhere: neither weighs.
    expect([result[1], result[2], responsible[1], responsible[2]]).toEqual([0, 0, 0, 0]);
    expect(wordForm("«ЦРО»,")).toBe("цро");
    expect(wordForm("11.05.2026")).toBe("00.00.0000");
  });
});

describe("rows parted by blank lines across a page break (mergedSheetLayout)", () => {
  const wrap = (text: string, width: number): string[] => {
    const out: string[] = [];
    for (const w of text.split(" ")) {
      const last = out[out.length - 1];
      if (last !== undefined && last.length + 1 + w.length <= width) out[out.length - 1] = `${last} ${w}`;
      else out.push(w);
    }
    return out;
  };
  const header = ["№", "Мероприятие", "Исполнитель", "Срок", "Результат"];
  const widths = [6, 38, 26, 18, 24];
  /** Rows with their cells at the bottom, a blank line after each, a page number and the header again before `pageAt`. */
  const bottomRows = (rows: readonly (readonly string[])[], pageAt: number) => {
    const headerLine = header.map((h, j) => h.padEnd(widths[j])).join("  ").trimEnd();
    const lines = [headerLine, ""];
    rows.forEach((row, r) => {
      if (r === pageAt) lines.push("", "- 1 -", headerLine);
      const cells = row.map((c, j) => wrap(c, widths[j]));
      const height = Math.max(...cells.map((c) => c.length));
      for (let k = 0; k < height; k++) lines.push(cells.map((c, j) => (c[k - (height - c.length)] ?? "").padEnd(widths[j])).join("  ").trimEnd());
      lines.push("");
    });
    return { lines, merged: lines.map((l) => l.replace(/^ +/, " ").replace(/ +/g, " ")).join("\n") };
  };
  const columnsOf = (lines: readonly string[], starts: readonly number[]) =>
    lines.map((l) => [...l.matchAll(/\S+/g)].map((m) => starts.filter((s) => s <= m.index!).length - 1));

  test("a part after the page holding its own number starts a row: the part above holds one too", () => {
    const rows = [
      ["1.1.", "Мониторинг аттестации педагогических работников на квалификационные категории по результатам независимой оценки", "УО, методист", "не позднее 11.05.2026", "Сформирован банк данных"],
      ["1.2.", "Проведение методических семинаров для молодых специалистов", "заместитель начальника управления образования, Волкова М.Ю., методист, РМО", "к 18 августа", "Информация на официальном сайте"],
      ["1.3.", "Актуализация курсов повышения квалификации руководящих работников", "ИРО", "по плану заседаний", "Протокол заседания комиссии"],
    ];
    const { lines, merged } = bottomRows(rows, 1);
    const out = mergedSheetLayout(merged)!.text.split("\n");
    const starts = (l: string) => header.map((h) => l.indexOf(h));
    // Row 1.2, on the page after the break: the lines above its number's (its executors' first lines, alone on the
    // first) stay where they were, not the ends of row 1.1's cells.
    const from = lines.lastIndexOf(lines[0]) + 1;
    const to = lines.findIndex((l, i) => i >= from && /^\d/.test(l));
    expect(columnsOf(out, starts(out[0])).slice(from, to)).toEqual(columnsOf(lines, starts(lines[0])).slice(from, to));
  });
});

describe("rows whose cells sit at the top (mergedSheetLayout)", () => {
  test("a one-line executor's cell leaves the lines under it to the column that goes on", () => {
    // Row 1.2: «УО» alone in the executors; «договоров о целевом» / «обучении» under it are the result's lines, though
    // they would have wrapped in the executors' column as well. Every row here has its number on its first line: its
    // cells sit at the top, and the executors' cell, empty on the row's first line, starts on no line under it.
    // (Two pages of a plan: the columns' widths are learnt from its rows.)
    const lines = [
      "N п/п    Сроки реализации    Содержание работы                       Ответственный исполнитель   Результаты",
      "                                   Раздел 1. Работа с кадровым резервом руководителей",
      "",
      "1.1.     не позднее          Разработка и утверждение                Павлова Т.И., методист      Заключено не менее 10",
      "         30.01.2026          персонифицированной программы                                       договоров о целевом",
      "                             наставничества в общеобразовательных                                обучении",
      "                             организациях района",
      "",
      "1.2.     согласно плану      Актуализация базы данных вакантных      УО                          Заключено не менее 10",
      "                             должностей педагогических работников                                договоров о целевом",
      "                             совместно с педагогическим колледжем и                              обучении",
      "                             центром занятости населения",
      "",
      "1.3.     Ежемесячно          Мониторинг курсов повышения             УО                          Информация на",
      "                             квалификации руководящих работников     Совет молодых педагогов     официальном сайте",
      "                             совместно с педагогическим колледжем и",
      "                             центром занятости населения",
      "",
      "1.4.     В течении года      Информационное сопровождение            ОО                          Протокол заседания",
      "         (ежеквартально)     персонифицированной программы           Павлова О.С.                комиссии",
      "                             наставничества с участием               директор МКУ «ЦРО»",
      "                             представителей профсоюзной организации",
      "",
      "1.5.     2026 – 2027 годы    Подготовка и направление базы данных    Новикова А.В.               Доля педагогов,",
      "                             вакантных должностей педагогических                                 прошедших обучение, не",
      "                             работников                                                          менее 70 %",
      "",
      "                                      Раздел 2. Меры социальной поддержки педагогов",
      "",
      "2.1.     не позднее          Реализация кадрового резерва            Управление образования      Протокол заседания",
      "         23.03.2026          руководителей образовательных                                       комиссии",
      "                             организаций для педагогов дошкольных",
      "                             образовательных организаций",
      "",
      "2.2.     Декабрь 2026 года   Обеспечение участия курсов повышения    Павлова А.В., методист      Сформирован банк данных",
      "         – январь 2027 года  квалификации руководящих работников     директор МКУ «ЦРО»",
      "                             совместно с педагогическим колледжем и",
      "                             центром занятости населения",
      "",
      "",
      "                                                       Страница 1",
      "\x0cN п/п    Сроки реализации    Содержание работы                       Ответственный исполнитель   Результаты",
      "2.3.     Декабрь 2026 года   Разработка и утверждение анализа        начальник отдела кадров;    Заключено не менее 10",
      "         – январь 2027 года  потребности в педагогических кадрах     Павлова Н.П.                договоров о целевом",
      "                             совместно с педагогическим колледжем и                              обучении",
      "                             центром занятости населения по",
      "                             результатам независимой оценки",
      "                             качества",
      "",
      "2.4.     согласно плану      Подготовка и направление работы         Л.А. Волкова                Проведено не менее 4",
      "                             муниципальных методических объединений                              семинаров",
      "                             по итогам учебного года",
      "",
      "2.5.     по мере             Мониторинг диагностики                  Волкова Е.Н., главный       Аналитическая справка",
      "         необходимости       профессиональных дефицитов учителей     специалист отдела общего",
      "                             совместно с педагогическим колледжем и  образования, ЦРО, А.В.",
      "                             центром занятости населения             Морозова",
      "",
      "                                         3. Аттестация педагогических работников",
      "",
      "3.1.     не позднее          Проведение работы муниципальных         Волкова Л.А., методист      Проведено не менее 4",
      "         17.08.2026          методических объединений для педагогов  Управление образования      семинаров",
      "                             дошкольных образовательных организаций",
      "                             по результатам независимой оценки",
      "                             качества",
      "",
      "3.2.     Ежемесячно          Мониторинг базы данных вакантных        Павлова Е.Н.                Сформирован банк данных",
      "                             должностей педагогических работников",
      "                             на территории муниципального округа",
      "",
      "3.3.     2026 год            Подготовка и направление базы данных    руководители                Доля педагогов,",
      "                             вакантных должностей педагогических     образовательных             прошедших обучение, не",
      "                             работников по итогам учебного года      организаций                 менее 70 %",
      "                                                                     Соколов М.Ю., заместитель",
      "                                                                     начальника управления",
      "                                                                     образования",
      "",
      "3.4.     к 13 мая            Реализация муниципального конкурса      МБОУ «СОШ № 3»; Фёдорова    Аналитическая справка",
      "                             профессионального мастерства «Педагог   О.С., главный специалист",
      "                             года»                                   отдела общего образования",
      "",
      "3.5.     не позднее          Реализация базы данных вакантных        ЦРО; Кузнецова Н.П.,        Аналитическая справка",
      "         21.08.2026          должностей педагогических работников    главный специалист отдела",
      "                             совместно с педагогическим колледжем и  общего образования",
      "                             центром занятости населения",
    ];
    const merged = lines.map((l) => l.replace(/^ +/, " ").replace(/ +/g, " ")).join("\n");
    const out = mergedSheetLayout(merged)!.text.split("\n");
    const header = ["N п/п", "Сроки", "Содержание", "Ответственный", "Результаты"];
    /** Each word's column, line by line, from where it starts. */
    const columnsOf = (ls: readonly string[]) => {
      const at = header.map((h) => ls[0].indexOf(h));
      return ls.map((l) => [...l.matchAll(/\S+/g)].map((m) => at.filter((s) => s <= m.index!).length - 1));
    };
    const from = lines.findIndex((l) => l.startsWith("1.2."));
    const to = lines.findIndex((l) => l.startsWith("1.3."));
    expect(columnsOf(out).slice(from, to)).toEqual(columnsOf(lines).slice(from, to));
  });
});
