import fc from "fast-check";
import { assignColumns, rankReadings, readingMemo, type RowLine } from "../../../../src/core/plan/lines/assignColumns";
import type { TextColumn } from "../../../../src/core/plan/lines/lineEvidence";

const rowLines = (texts: readonly string[], gaps: readonly number[] = []): RowLine[] => texts.map((text, i) => ({ text, gapBefore: gaps.includes(i) }));
const cells = (texts: readonly string[], columns: readonly TextColumn[]) => {
  const out: Partial<Record<TextColumn, string>> = {};
  columns.forEach((c, i) => (out[c] = out[c] ? `${out[c]} ${texts[i]}` : texts[i]));
  return out;
};

describe("a row's lines given to columns", () => {
  test("a PDF copied with the mouse: every visual line of the row gives each cell's piece in column order", () => {
    // Name 3 lines, executors 3, deadline 1, result 2, read row by row; the widths as the document's rows show them.
    const texts = ["Разработка и утверждение базы данных", "руководители", "в течение года", "Приказ управления", "вакантных должностей педагогических", "образовательных", "образования", "работников", "организаций"];
    const widths = { name: 37, responsible: 25, deadline: 16, result: 23 };
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true, widths, emission: "rows" });
    expect(cells(texts, a.columns)).toEqual({
      name: "Разработка и утверждение базы данных вакантных должностей педагогических работников",
      responsible: "руководители образовательных организаций",
      deadline: "в течение года",
      result: "Приказ управления образования",
    });
  });

  test("an on-demand deadline keeps its last words («по мере» / «поступления» / «заявлений»), the result opens after them", () => {
    // krasnopolsky-2029 3.3 in drawing order, its source of funding left out: the deadline's wrap reads as its own.
    const texts = ["Предоставление служебного жилья", "педагогическим работникам сельских", "общеобразовательных организаций", "главы муниципальных", "районов (по согласованию)", "по мере", "поступления", "заявлений", "обеспечены жильём не", "менее 20 педагогов"];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({ deadline: "по мере поступления заявлений", result: "обеспечены жильём не менее 20 педагогов" });
  });

  test("a name's wrap opening with a feminine adjective in an oblique case stays the name's («дорожной карты»)", () => {
    // krasnopolsky-2029 4.3 in drawing order: no executors' cell opens with «дорожной», and the position opens it after.
    const texts = ["Подготовка доклада о ходе реализации", "дорожной карты", "начальник отдела кадровой", "политики министерства", "Кузнецова Е.А.", "до 20 января", "доклад направлен", "министру образования"];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({ name: "Подготовка доклада о ходе реализации дорожной карты", responsible: "начальник отдела кадровой политики министерства Кузнецова Е.А." });
  });

  test("a result may open in lower case with the adjective of the thing made: the executors' cell ends before it", () => {
    // Writer's drawing order, each cell's lines together: «школ» ends the executors, «аналитический» / «отчёт» is the result.
    const texts = ["Проведение анализа", "потребности в", "педагогических кадрах", "ежегодно до 1", "сентября", "Отдел образования", "администрации", "округа, директора", "школ", "аналитический", "отчёт"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toEqual({
      name: "Проведение анализа потребности в педагогических кадрах",
      deadline: "ежегодно до 1 сентября",
      responsible: "Отдел образования администрации округа, директора школ",
      result: "аналитический отчёт",
    });
    // A noun's genitive plural in «-ий» is no such adjective: it ends the executors' cell («организаций»; the word
    // Writer broke at the column's edge is joined later, brokenWords).
    const other = ["Сбор сведений о педагогах", "пенсионного возраста,", "планирующих прекратить", "трудовую деятельность", "до 1 марта", "2029 г.", "Руководители", "общеобразовател", "ьных", "организаций", "сведения", "представлены в", "отдел", "образования"];
    const b = assignColumns(rowLines(other), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(other, b.columns).responsible).toBe("Руководители общеобразовател ьных организаций");
  });

  test("a result of one word naming the thing gathered («отзывы») is no more of the executors' list", () => {
    // Writer's drawing order: the result's only line stands under the executors' last party.
    const texts = ["Взаимопосещение уроков", "молодыми учителями", "в течение года", "заместители", "директоров, наставники", "отзывы"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toEqual({
      name: "Взаимопосещение уроков молодыми учителями",
      deadline: "в течение года",
      responsible: "заместители директоров, наставники",
      result: "отзывы",
    });
  });

  test("a result opening in lower case with a noun in the nominative is no more of the executors' parties named whole", () => {
    // Writer's drawing order: «округа» ends the second party; «потребность» / «определена…» is the result's subject
    // and predicate, not a body's name going on (that goes on in the genitive: «администрации» / «округа»).
    const texts = ["Прогноз потребности в", "учителях по предметам", "на период до 2030 года", "февраль–март", "2028 г.", "Управление образования", "администрации", "округа", "Комитет по финансам", "администрации", "округа", "потребность", "определена по", "12 предметам"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toEqual({
      name: "Прогноз потребности в учителях по предметам на период до 2030 года",
      deadline: "февраль–март 2028 г.",
      responsible: "Управление образования администрации округа Комитет по финансам администрации округа",
      result: "потребность определена по 12 предметам",
    });
    const other = ["Сверка штатных расписаний", "школ с учебными планами", "ежегодно, до", "1 сентября", "Отдел образования", "администрации", "района", "руководители", "общеобразовательных", "организаций", "соответствие", "штатной", "численности", "учебным", "планам – 100 %"];
    const b = assignColumns(rowLines(other), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(other, b.columns).responsible).toBe("Отдел образования администрации района руководители общеобразовательных организаций");
  });

  test("a tall name's last line stays in the name: its guillemets close there, an adjective waits for its noun", () => {
    // Read row by row, the lone last lines could as well end the result: only the wording tells them apart.
    const texts = ["к 13 мая", "Реализация муниципального конкурса", "МБОУ «СОШ № 3»; Фёдорова", "Аналитическая справка", "профессионального мастерства «Педагог", "О.С., главный специалист", "года»", "отдела общего образования"];
    const widths = { name: 37, responsible: 24, deadline: 15, result: 23 };
    const a = assignColumns(rowLines(texts), ["deadline", "name", "responsible", "result"], { first: true, widths, emission: "rows" });
    expect(cells(texts, a.columns)).toEqual({
      deadline: "к 13 мая",
      name: "Реализация муниципального конкурса профессионального мастерства «Педагог года»",
      responsible: "МБОУ «СОШ № 3»; Фёдорова О.С., главный специалист отдела общего образования",
      result: "Аналитическая справка",
    });
    const other = ["Мониторинг аттестации педагогических", "РМО", "Информация на", "работников на квалификационные", "официальном сайте", "категории"];
    const b = assignColumns(rowLines(other), ["name", "responsible", "result"], { first: true, widths, emission: "rows" });
    expect(cells(other, b.columns).name).toBe("Мониторинг аттестации педагогических работников на квалификационные категории");
  });

  test("pdftotext without layout: each cell whole, cells apart by blank lines", () => {
    const texts = ["Ведение реестра вакантных должностей", "педагогических работников", "Кравцова Е.Н., главный специалист", "ежемесячно до 5 числа", "Актуальный реестр вакансий на", "сайте"];
    const a = assignColumns(rowLines(texts, [2, 3, 4]), ["name", "responsible", "deadline", "result"], { first: true });
    expect(cells(texts, a.columns)).toEqual({
      name: "Ведение реестра вакантных должностей педагогических работников",
      responsible: "Кравцова Е.Н., главный специалист",
      deadline: "ежемесячно до 5 числа",
      result: "Актуальный реестр вакансий на сайте",
    });
  });

  test("a line ending on «;» is followed by more of its cell: the next party, the list's next item", () => {
    // pdftotext -raw of a browser's print: each cell whole, one after another, no blank lines between them.
    const texts = ["муниципальный этап Всероссийского", "конкурса «Учитель года России»", "ежегодно, январь –", "февраль", "Управление образования;", "МКУ «Сосногорский ИМЦ»", "приказ об итогах конкурса;", "участие победителя в", "республиканском этапе"];
    const widths = { name: 38, deadline: 17, responsible: 24, result: 27 };
    // Other rows of the document hold «Управление образования» as their whole executors' cell (learnCells).
    const knownCell = (column: TextColumn, text: string) => (column === "responsible" && /^Управление образования;?$/u.test(text) ? 2 : 0);
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, widths, emission: "cells", knownCell });
    expect(cells(texts, a.columns)).toEqual({
      name: "муниципальный этап Всероссийского конкурса «Учитель года России»",
      deadline: "ежегодно, январь – февраль",
      responsible: "Управление образования; МКУ «Сосногорский ИМЦ»",
      result: "приказ об итогах конкурса; участие победителя в республиканском этапе",
    });
  });

  test("pdftotext on Writer's PDF: close cells read baseline by baseline in one flow, a far cell a flow of its own after a blank line", () => {
    // Name, deadline and executors stand close and come as one flow, line by line; the result is a flow of its own.
    const texts = ["Формирование банка", "ежемесячно,", "Отдел", "вакансий", "до 10 числа", "образования", "и его", "(Орлова Н.С.)", "размещение на сайте", "банк вакансий на сайте"];
    const order: TextColumn[] = ["name", "deadline", "responsible", "result"];
    const want = { name: "Формирование банка вакансий и его размещение на сайте", deadline: "ежемесячно, до 10 числа", responsible: "Отдел образования (Орлова Н.С.)", result: "банк вакансий на сайте" };
    expect(cells(texts, assignColumns(rowLines(texts, [9]), order, { first: true, emission: "flows" }).columns)).toEqual(want);
    // Flows of whole cells are read as cells are.
    const whole = ["Формирование банка вакансий", "и его размещение на сайте", "ежемесячно, до 10 числа", "Отдел образования (Орлова Н.С.)", "банк вакансий на сайте"];
    expect(cells(whole, assignColumns(rowLines(whole, [2, 3, 4]), order, { first: true, emission: "flows" }).columns)).toEqual(want);
  });

  test("a row too long to be ranked every way is ranked by its flows when it comes as flows", () => {
    // Thirty-six lines in four columns are more readings than a row is ranked by (C(39, 3) = 9,139); its three flows
    // leave a few dozen: a narrow name with the deadline's two lines between its first ones, the executors, the result.
    const name = ["Организация", "и проведение", "муниципального", "конкурса", "профессионального", "мастерства", "«Педагог года»", "среди", "учителей", "общеобразовательных", "организаций", "округа", "с привлечением", "представителей", "профсоюзной", "организации", "и родительской", "общественности", "в очном", "формате"];
    const flow = [name[0], "ежегодно,", name[1], "февраль – март", ...name.slice(2)];
    const executors = ["Управление", "образования,", "руководители", "общеобразовательных", "организаций,", "районная", "организация", "Профсоюза"];
    const result = ["конкурс", "проведён,", "победители", "награждены,", "материалы", "размещены"];
    const texts = [...flow, ...executors, ...result];
    const order: TextColumn[] = ["name", "deadline", "responsible", "result"];
    const a = assignColumns(rowLines(texts, [flow.length, flow.length + executors.length]), order, { first: true, emission: "flows" });
    expect(cells(texts, a.columns)).toEqual({ name: name.join(" "), deadline: "ежегодно, февраль – март", responsible: executors.join(" "), result: result.join(" ") });
  });

  test("a row of more flows than columns is read the other ways", () => {
    const texts = ["Мониторинг", "ежегодно", "Управление образования", "справка", "не требуется"];
    const a = assignColumns(rowLines(texts, [1, 2, 3, 4]), ["name", "deadline", "responsible"], { first: true, emission: "flows" });
    expect(a.columns).toHaveLength(5);
  });

  test("the header's order is followed: a deadline column before the name", () => {
    const texts = ["до 1 марта", "Мониторинг потребности в кадрах", "Смирнова Е.А., методист", "Аналитическая справка"];
    const a = assignColumns(rowLines(texts), ["deadline", "name", "responsible", "result"], { first: true });
    expect(a.columns).toEqual(["deadline", "name", "responsible", "result"]);
  });

  test("a piece after a page break goes on in the cells the break cut", () => {
    const before = { name: { last: "Разработка и утверждение аттестации в сетевом формате с использованием", cut: true }, responsible: { last: "М.Ю. Лебедев", cut: false } };
    const a = assignColumns(rowLines(["дистанционных технологий"]), ["name", "responsible", "deadline", "result"], { first: false, before, emission: "rows" });
    expect(a.columns).toEqual(["name"]);
  });

  test("a cell the page cut is read whole after the break: the deadline's year word and the result's last word go on their cells", () => {
    // A copy with the mouse of a row cut by the page's foot (interleaved seed 10, item 4.1.5): above the break
    // «…анализа» | «Н.П. Лебедев» | «I полугодие 2026» | «Приказ управления», below it the rest, row by row. Alone,
    // «г.» parses as no deadline and «образования» is no result the document repeats, so both went elsewhere (the
    // year word to the result, the result's word to the name); with their cells' text before the break they are
    // «I полугодие 2026 г.» and «Приказ управления образования».
    const before = {
      name: { last: "Информационное сопровождение анализа", cut: true, cell: "Информационное сопровождение анализа" },
      responsible: { last: "Н.П. Лебедев", cut: true, cell: "Н.П. Лебедев" },
      deadline: { last: "I полугодие 2026", cut: true, cell: "I полугодие 2026" },
      result: { last: "Приказ управления", cut: true, cell: "Приказ управления" },
    };
    const texts = ["потребности в педагогических кадрах", "ДОО", "г.", "образования", "руководители", "образовательных", "организаций"];
    const knownCell = (column: TextColumn, text: string) => (column === "result" && text === "Приказ управления образования" ? 2 : 0);
    const widths = { name: 37, responsible: 25, deadline: 14, result: 23 };
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: false, before, widths, knownCell, emission: "rows" });
    expect(cells(texts, a.columns)).toEqual({ name: "потребности в педагогических кадрах", responsible: "ДОО руководители образовательных организаций", deadline: "г.", result: "образования" });
  });

  test("a row too long to weigh every reading (a list of forty executors) is read line by line, every line a guess", () => {
    // Forty lines in four columns would be C(43, 3) = 12,341 readings × 2 orders: past the budget, each line goes to
    // the column its own clues favour, and every choice carries a column_uncertain doubt instead of a confident one.
    const texts = ["Организация наставничества молодых педагогов", ...Array.from({ length: 38 }, (_, i) => `Иванова ${String.fromCharCode(1040 + (i % 28))}.И., учитель школы № ${i + 1}`), "до 1 марта 2026 г."];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true });
    expect(a.columns).toHaveLength(texts.length);
    expect(a.doubtful.map((d) => d.line)).toEqual(texts.map((_, i) => i));
    expect(a.columns[texts.length - 1]).toBe("deadline");
  });

  test("pdftotext cell by cell: a name's wrapped lines in lower case stay in the name when the row's executors are printed elsewhere", () => {
    // The row's executors came out of place; the name's last lines must not open an executors' cell to fill it.
    const texts = ["Ежемесячно", "Мониторинг базы данных вакантных должностей", "педагогических работников на территории муниципального", "округа", "Сформирован банк данных"];
    const a = assignColumns(rowLines(texts, [1, 4]), ["deadline", "name", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toEqual({
      deadline: "Ежемесячно",
      name: "Мониторинг базы данных вакантных должностей педагогических работников на территории муниципального округа",
      result: "Сформирован банк данных",
    });
  });

  test("a deadline that follows another body's schedule keeps its owner's lines, however much they read as executors", () => {
    // pdftotext cell by cell: «по графику» / «ИРО» is the deadline, the МКУ after it the executors.
    const texts = ["Курсы повышения", "квалификации для", "учителей", "по графику", "ИРО", "МКУ", "«Методический", "центр»", "обучено не менее", "40 педагогов"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({ deadline: "по графику ИРО", responsible: "МКУ «Методический центр»" });
    // Its legal form and its name in quotes, and a phrase in the genitive; a source of funding is no owner.
    const quoted = ["Обучение педагогов по программам", "повышения квалификации", "по графику", "ГАОУ ДПО", "«Институт", "развития", "образования»", "Руководители ОО", "удостоверения"];
    expect(cells(quoted, assignColumns(rowLines(quoted), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" }).columns)).toMatchObject({
      deadline: "по графику ГАОУ ДПО «Институт развития образования»",
      responsible: "Руководители ОО",
    });
    const fairs = ["Участие в ярмарках вакансий", "по графику", "проведения", "ярмарок", "Управление", "образования", "информация о вакансиях"];
    expect(cells(fairs, assignColumns(rowLines(fairs), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" }).columns)).toMatchObject({
      deadline: "по графику проведения ярмарок",
      responsible: "Управление образования",
    });
  });

  test("an executors' cell still opens in lower case with a position", () => {
    const texts = ["Организация наставничества", "руководители образовательных", "организаций", "в течение года", "Приказ об организации наставничества"];
    const a = assignColumns(rowLines(texts, [1, 3, 4]), ["name", "responsible", "deadline", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns).responsible).toBe("руководители образовательных организаций");
  });
});

describe("text in drawing order from a Writer PDF (a browser's copy): where the executors' cell ends", () => {
  test("a lower-case line after an executor ended whole (an abbreviation, initials, a closing bracket) opens the next cell", () => {
    const texts = ["1.2. Изучение запросов", "молодых учителей", "до 01.04.2027", "Отдел", "образования", "(Лебедева О.Н.);", "заместители по УМР", "не", "требуется", "анкеты", "обработаны"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toEqual({
      name: "1.2. Изучение запросов молодых учителей",
      deadline: "до 01.04.2027",
      responsible: "Отдел образования (Лебедева О.Н.); заместители по УМР",
      result: "не требуется анкеты обработаны",
    });
  });

  test("a deadline broken after «не позднее» stays one cell", () => {
    const texts = ["3. Уточнение списка", "выпускников на", "2028/2029 учебный год", "не позднее", "15.05.2028", "Отдел", "образования", "(Титова В.В.)", "список", "выпускников"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({ deadline: "не позднее 15.05.2028", responsible: "Отдел образования (Титова В.В.)" });
  });
});

describe("text in drawing order: an executors' cell typed one party to a paragraph", () => {
  // A web page printed by Chromium, its text in drawing order (pdftotext, Firefox's copy): each cell's lines together.
  // The widths are the document's, learnt from its rows: the next party's first word would have fitted on the line
  // before, but a paragraph of its own is no wrap.
  const widths = { name: 28, responsible: 17, deadline: 14, result: 13 };
  test("a body named after an abbreviation is the cell's next party, not the result's first line", () => {
    const texts = ["Мониторинг курсов повышения", "квалификации руководящих", "работников совместно с", "педагогическим колледжем и", "центром занятости населения", "Ежемесячно", "УО", "Совет молодых", "педагогов", "Информация на", "официальном", "сайте"];
    // Other rows of the document name «УО» alone (learnCells): a cell of that alone gains.
    const knownCell = Object.assign((column: TextColumn, text: string) => (column === "responsible" && text === "УО" ? 2 : 0), { own: () => 0 });
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, widths, emission: "cells", knownCell });
    expect(cells(texts, a.columns)).toMatchObject({ responsible: "УО Совет молодых педагогов", deadline: "Ежемесячно", result: "Информация на официальном сайте" });
  });

  test("a position alone, then a body: both the executors' cell's, the position not the name's last line", () => {
    const texts = ["Мониторинг предложений по", "мерам социальной поддержки", "педагогов по итогам учебного года", "методист", "МКУ «Центр", "развития", "образования»", "к 24 сентября", "Сформирован", "банк данных"];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true, widths: { ...widths, name: 33 }, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({
      name: "Мониторинг предложений по мерам социальной поддержки педагогов по итогам учебного года",
      responsible: "методист МКУ «Центр развития образования»",
    });
  });

  test("the next party gains no more than its continuation: the cell does not run on over the deadline and result below", () => {
    // pdftotext -raw of a Word PDF (priozerny-2027 3.3): a row's lines after its name, the executors of the row above
    // printed out of place between; a bracketed person ends a party whole, and the body after it opens the next.
    const texts = ["Направление педагогов на", "курсы повышения", "квалификации в ГАУ ДПО", "«Институт развития", "образования»", "МБУ", "«Информацион", "нометодический", "центр»", "(Кузнецова", "Л.П.)", "Управление", "образования", "по графику", "института", "–", "–", "не менее 120", "педагогов", "ежегодно"];
    const a = assignColumns(rowLines(texts, [0, 5, 13, 15, 16, 17]), ["name", "deadline", "result", "responsible"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns).deadline).toBe("по графику института");
  });

  test("a body named on a paragraph of its own after a body's name ending on a genitive is the cell's next party", () => {
    // pdftotext -raw of a Word PDF: each cell whole. «организаций» is short of the column's width, and «Совет» would
    // have fitted after it: no wrap, a paragraph of its own; the result below opens with its predicate.
    const texts = ["Организация встреч", "учащихся 10–11 классов", "со студентами", "педагогических вузов", "в течение", "учебного года", "Руководители", "общеобразовательных", "организаций", "Совет молодых", "педагогов района", "проведено не", "менее 6 встреч"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, widths: { name: 22, deadline: 13, responsible: 19, result: 14 }, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({ responsible: "Руководители общеобразовательных организаций Совет молодых педагогов района", result: "проведено не менее 6 встреч" });
  });

  test.each([
    // «района» ends a body's name; the next body opens a paragraph of its own, where the result's line would open.
    [["Чествование педагогов-", "ветеранов и вручение", "наград", "октябрь", "ежегодно", "Администрация", "Листвянского", "муниципального", "района", "Отдел образования", "администрации", "района", "награждено не", "менее 10 педагогов"], "Администрация Листвянского муниципального района Отдел образования администрации района"],
    [["Выплата", "единовременного", "пособия молодым", "специалистам", "ежегодно, до 1", "декабря", "Отдел образования", "администрации", "района", "МКУ", "«Централизованная", "бухгалтерия»", "пособие", "получили не", "менее 5 молодых", "специалистов"], "Отдел образования администрации района МКУ «Централизованная бухгалтерия»"],
  ])("a body's name ending on a genitive, then a body: the cell's next party (%#)", (texts, responsible) => {
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, widths: { name: 22, deadline: 13, responsible: 19, result: 18 }, emission: "cells" });
    expect(cells(texts, a.columns).responsible).toBe(responsible);
  });

  test("a deadline's tail in the genitive before a body opens no executors' cell: only a cell that opened with a party goes on to the next", () => {
    // pdftotext -raw (as ozerny-2027 2.3): the deadline «по мере» / «поступления» / «заявлений» wrapped, then the
    // executors; «заявлений» / «Администрация…» would read as a party's end and the next party were the cell's first
    // line not asked to open a party.
    const texts = ["Предоставление жилья", "педагогическим", "работникам, прибывшим", "на работу в сельские", "школы", "по мере", "поступления", "заявлений", "Администрация Озёрного", "муниципального округа", "жильём обеспечены", "все нуждающиеся"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, widths: { name: 22, deadline: 12, responsible: 22, result: 17 }, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({ deadline: "по мере поступления заявлений", responsible: "Администрация Озёрного муниципального округа" });
  });

  test("a title in quotes that closes the name is no party before a position: it stays the name's", () => {
    const texts = ["Подготовка и направление", "муниципального конкурса", "профессионального мастерства", "«Педагог года»", "ведущий инспектор", "I квартал", "Утверждённый", "план-график"];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true, widths, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({ name: "Подготовка и направление муниципального конкурса профессионального мастерства «Педагог года»", responsible: "ведущий инспектор" });
  });
});

describe("text in drawing order: a row cut by a page break", () => {
  test("a capitalised genitive after the break goes on the name, not an executors' cell that ended a party whole", () => {
    // A web page printed by Chromium: the name's «… образовательных организаций» / «Озёрского муниципального округа»
    // cut by the page, the executors' cell closed on a bracketed person before it.
    const before = {
      name: { last: "организаций", cut: true, short: false, cell: "Создание межведомственной рабочей группы по кадровому обеспечению образовательных организаций" },
      responsible: { last: "(Ситникова О.В.)", cut: true, short: true, cell: "Управление образования (Ситникова О.В.)" },
      deadline: { last: "01.04.2033", cut: true, short: true, cell: "не позднее 01.04.2033" },
      result: { last: "год", cut: true, short: true, cell: "приказ о составе рабочей группы; не менее 2 заседаний в год" },
    };
    const texts = ["Озёрского", "муниципального", "округа"];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: false, emission: "cells", before });
    expect(a.columns).toEqual(["name", "name", "name"]);
  });
});

describe("text in drawing order: an executor's body and person wrapped over narrow lines", () => {
  test("a legal form alone on its line and the initials closing a bracket stay in the executors' cell", () => {
    const texts = ["2.3. Смотр методических", "разработок", "март 2027 г.", "МАУ", "«Центр оценки", "качества» (Лаптев", "С.Р.)", "отобраны лучшие", "разработки"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    expect(cells(texts, a.columns)).toMatchObject({ responsible: "МАУ «Центр оценки качества» (Лаптев С.Р.)", result: "отобраны лучшие разработки" });
  });
});

describe("a narrow executors' column interleaved with the name's lines: a position's body", () => {
  test("the genitive after a position that names no body yet is its body, not the name's last line; the next party opens capitalised", () => {
    // pdftotext without layout on a narrow executors' column: its lines between the name's, baseline by baseline.
    const texts = ["в течение года", "Проведение совещания с руководителями по вопросам", "Лаптева О.С.,", "кадрового обеспечения в новом учебном году", "начальник", "отдела опеки;", "ИМЦ; Совет", "молодых", "педагогов"];
    const widths = { name: 50, responsible: 13 };
    const a = assignColumns(rowLines(texts), ["deadline", "name", "responsible", "result"], { first: true, widths, emission: "rows" });
    expect(cells(texts, a.columns)).toMatchObject({
      name: "Проведение совещания с руководителями по вопросам кадрового обеспечения в новом учебном году",
      responsible: "Лаптева О.С., начальник отдела опеки; ИМЦ; Совет молодых педагогов",
    });
  });
});

describe("the consent bare on its own line under an executor", () => {
  test("stays with the executors beside a deadline that parses with it too; a lower-case line after it opens no executor", () => {
    // Name, executors, deadline, result read row by row: «по согласованию» stands where the deadline's second line
    // would, and «до 22 октября по согласованию» parses as well (on demand); the executor «ОО» ended whole before it.
    const texts = ["Проведение базы данных вакантных", "ОО", "до 22 октября", "Заключено не менее 10", "должностей педагогических работников", "по согласованию", "договоров о целевом", "обучении"];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true, emission: "rows" });
    expect(cells(texts, a.columns)).toEqual({
      name: "Проведение базы данных вакантных должностей педагогических работников",
      responsible: "ОО по согласованию",
      deadline: "до 22 октября",
      result: "Заключено не менее 10 договоров о целевом обучении",
    });
  });

  test("is the deadline where the row has no other deadline", () => {
    const texts = ["Проведение семинара для молодых", "ИМЦ", "по согласованию", "Протокол", "педагогов"];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true, emission: "rows" });
    expect(cells(texts, a.columns).deadline).toBe("по согласованию");
  });
});

describe("a memo kept across a table's rows", () => {
  // Lines of a mouse copy's rows, as they wrap in their cells: a row is any run of them, read any way.
  const LINES = [
    "Организация и проведение методических",
    "семинаров для молодых специалистов для",
    "педагогов дошкольных образовательных",
    "организаций",
    "директор МКУ «ЦРО»",
    "Фёдорова О.С., главный специалист",
    "отдела общего образования",
    "ежемесячно до 5",
    "числа",
    "II квартал 2026 года",
    "Приказ управления",
    "образования",
    "Аналитическая справка",
    "Реализация конкурса «Педагог",
    "года»",
    "УО, руководители ОО",
  ];
  const COLUMNS: readonly TextColumn[] = ["name", "responsible", "deadline", "result"];
  const row = fc.record({
    picks: fc.array(fc.integer({ min: 0, max: LINES.length - 1 }), { minLength: 1, maxLength: 11 }),
    gaps: fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
    numberAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    emission: fc.constantFrom("rows", "cells", "flows", undefined),
    rescored: fc.constantFrom(4, undefined),
  });

  test("changes no reading: a row ranks the same with the memo other rows filled as with none", () => {
    // The centred rows' readings are listed once per size and shared: a row of another size, or the same size with
    // the number elsewhere, must not be read with them.
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const memo = readingMemo();
        for (const r of rows) {
          const texts = r.picks.map((k) => LINES[k]);
          const lines: RowLine[] = texts.map((text, i) => ({ text, gapBefore: i > 0 && r.gaps[i] }));
          const emission = r.numberAt !== undefined ? "rows" : r.emission;
          const opts = { first: true, emission, numberAt: r.numberAt, rescored: r.rescored } as const;
          expect(rankReadings(lines, COLUMNS, { ...opts, memo })).toEqual(rankReadings(lines, COLUMNS, opts));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("doubt weighed without the row's own first reading", () => {
  const texts = ["Проведение семинара", "для педагогов", "Орлова Т.В., методист"];
  const lines = texts.map((text) => ({ text, gapBefore: false }));
  const order: TextColumn[] = ["name", "responsible"];
  // The name cut short of the row's own first-reading name, and of no other row's: it loses for that alone.
  const loss = (column: TextColumn, text: string) => (column === "name" && text === "Проведение семинара" ? -1 : 0);

  test("a reading the own first reading alone held back is weighed as a rival at its fair score", () => {
    const plain = assignColumns(lines, order, { first: true, emission: "rows", knownCell: loss });
    const fair = assignColumns(lines, order, { first: true, emission: "rows", knownCell: Object.assign(loss, { own: loss }) });
    expect(fair.columns).toEqual(plain.columns);
    const scoreOf = (a: typeof plain, cols: readonly TextColumn[]) => a.alternatives?.find((r) => r.columns.join() === cols.join())?.score;
    const cut: TextColumn[] = ["name", "responsible", "responsible"];
    expect(scoreOf(fair, cut)).toBeCloseTo(scoreOf(plain, cut)! + 1);
  });
});

describe("doubt weighed with the row's own first reading where that brings a rival closer", () => {
  const texts = ["Проведение семинара", "для педагогов", "Орлова Т.В., методист"];
  const lines = texts.map((text) => ({ text, gapBefore: false }));
  const order: TextColumn[] = ["name", "responsible"];
  const rivalColumns: TextColumn[] = ["responsible", "responsible", "responsible"];
  // The rival repeats the row's own first-reading executors, and no other row's: its gain is the row's own say.
  const gain = (column: TextColumn, text: string) => (column === "responsible" && text.startsWith("Проведение семинара") ? 0.5 : 0);

  test("the rival's gap to the best is not widened by leaving that gain out: the closer of the two gaps is kept", () => {
    const plain = assignColumns(lines, order, { first: true, emission: "rows", knownCell: gain });
    const fair = assignColumns(lines, order, { first: true, emission: "rows", knownCell: Object.assign(gain, { own: gain }) });
    expect(plain.columns).not.toEqual(rivalColumns);
    expect(fair.columns).toEqual(plain.columns);
    const gapOf = (a: typeof plain) => {
      const best = a.alternatives!.find((r) => r.columns.join() === a.columns.join())!.score;
      return best - a.alternatives!.find((r) => r.columns.join() === rivalColumns.join())!.score;
    };
    expect(gapOf(fair)).toBeCloseTo(gapOf(plain));
  });
});
