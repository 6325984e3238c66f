import { takeDrawnExtraCells, takeExtraCells } from "../../../../src/core/plan/lines/extraCells";
import type { TextColumn } from "../../../../src/core/plan/lines/lineEvidence";
import type { Segment } from "../../../../src/core/plan/lines/segmentRows";

/** Item rows as a mouse copy gives them: each row's lines after its number, indices counted through the document. */
function rows(...texts: string[][]): Segment[] {
  let index = 0;
  return texts.map((t, k) => ({ kind: "item", number: `1.${k + 1}`, at: index, pieces: [t.map((text) => ({ index: index++, text }))] }));
}

describe("extra cells among a row's first lines", () => {
  // Columns: Срок, Источник финансирования, Мероприятие, Исполнитель.
  const slot = { at: 1, before: "deadline", after: "name" } as const;

  test("the line at the extra column's place is its cell, a value broken mid-phrase with the line that carries it on", () => {
    const segments = rows(
      ["май", "местный бюджет", "Семинар для молодых", "ИМЦ", "педагогов"],
      ["ежемесячно", "в рамках текущего", "Мониторинг вакансий", "Отдел образования", "финансирования"],
      ["март", "Конкурс «Педагогический дебют»", "ИМЦ"],
    );
    const extra = takeExtraCells(segments, [slot]);
    expect([...extra.cells].map(([i, c]) => [i, c])).toEqual([
      [0, ["местный бюджет"]],
      [1, ["в рамках текущего финансирования"]],
    ]);
    // The third row's cell is empty: its name stands at the extra column's place.
    expect([...extra.taken].sort((a, b) => a - b)).toEqual([1, 6, 9]);
  });

  test("an executor at the place of an empty extra cell stays the executor's", () => {
    const segments = rows(["Семинар для молодых", "ИМЦ", "Протокол семинара"], ["Форум молодых педагогов", "Отдел образования", "Резолюция форума"]);
    const extra = takeExtraCells(segments, [{ at: 1, before: "name", after: "responsible" }]);
    expect(extra.taken.size).toBe(0);
  });

  test("two extra columns side by side: a value goes to the one whose other cells look like it", () => {
    // Columns: Мероприятие, Примечание, Показатель, Исполнитель; the note is empty in every row but the first.
    const segments = rows(
      ["Семинар", "по согласованию", "не менее 60 %", "ИМЦ"],
      ["Форум", "не менее 30 %", "Отдел образования"],
      ["Конкурс", "не менее 45 %", "ИМЦ"],
    );
    const extra = takeExtraCells(segments, [
      { at: 1, before: "name", after: "responsible" },
      { at: 2, before: "name", after: "responsible" },
    ]);
    expect([...extra.cells.values()]).toEqual([
      ["по согласованию", "не менее 60 %"],
      ["", "не менее 30 %"],
      ["", "не менее 45 %"],
    ]);
  });
});

describe("two extra columns side by side that no row fills both", () => {
  // Columns: Мероприятие, Примечание, Источник финансирования, Исполнитель; no note anywhere.
  const slots = [
    { at: 1, before: "name", after: "responsible", caption: "Примечание" },
    { at: 2, before: "name", after: "responsible", caption: "Источник финансирования" },
  ] as const;

  test("a value goes to the one whose caption names what it reads as", () => {
    const segments = rows(["Семинар", "местный бюджет", "ИМЦ"], ["Форум", "не требуется", "Отдел образования"]);
    expect([...takeExtraCells(segments, slots).cells.values()]).toEqual([
      ["", "местный бюджет"],
      ["", "не требуется"],
    ]);
  });

  test("the caption decides where a row filling both was read wrong", () => {
    // A row whose funding was read into the note's place and a wrapped line into the funding's: counted alone, that
    // row says funding goes under «Примечание»; the caption still says where a budget goes.
    const segments = rows(["Семинар", "не требуется", "местный бюджет", "ИМЦ"], ["Форум", "не требуется", "Отдел образования"], ["Конкурс", "местный бюджет", "ИМЦ"]);
    expect([...takeExtraCells(segments, slots).cells.values()].slice(1)).toEqual([
      ["", "не требуется"],
      ["", "местный бюджет"],
    ]);
  });

  test("a value that no caption names stays at the place the row gives it", () => {
    const segments = rows(["Семинар", "по согласованию", "ИМЦ"], ["Форум", "по мере поступления заявок", "Отдел образования"]);
    expect([...takeExtraCells(segments, slots).cells.values()]).toEqual([
      ["по согласованию", ""],
      ["по мере поступления заявок", ""],
    ]);
  });
});

describe("an extra column whose caption names its values", () => {
  // Columns: Мероприятие, Исполнитель, Срок, Результат, Отметка о выполнении; one row in three marked.
  const slot = { at: 4, before: "result", after: null, caption: "Отметка о выполнении" } as const;

  test("a mark that reads as a result too is the mark's; a name's words going on are no mark", () => {
    const segments = rows(
      ["Организация семинаров", "заместитель начальника", "к 18 августа", "Информация на", "выполнено частично", "для молодых специалистов", "официальном сайте"],
      ["Формирование диагностики", "ИРО", "В течении года", "Протокол заседания", "профессиональных дефицитов", "комиссии"],
      ["Мониторинг вакансий", "Отдел образования", "ежемесячно", "Банк вакансий"],
    );
    const extra = takeExtraCells(segments, [slot]);
    expect([...extra.cells].map(([i, c]) => [i, c])).toEqual([[0, ["выполнено частично"]]]);
  });
});

describe("the end of a deadline printed in two columns", () => {
  // Columns: Мероприятие, Дата начала, Дата окончания, Исполнитель.
  const slot = { at: 2, before: "deadline", after: "responsible", spanEnd: true } as const;

  test("a deadline right after the start's is the end; one deadline alone (merged over both, or the end alone) is no end", () => {
    const segments = rows(
      ["Семинар для молодых", "январь", "март 2027 г.", "ИМЦ", "педагогов"],
      ["Мониторинг вакансий", "II квартал", "IV квартал 2027 г.", "Отдел образования"],
      ["Конкурс «Педагогический дебют»", "ежегодно", "ИМЦ"],
      ["Форум молодых педагогов", "до 25 декабря", "Отдел образования"],
    );
    const extra = takeExtraCells(segments, [slot]);
    expect([...extra.cells]).toEqual([
      [0, ["март 2027 г."]],
      [1, ["IV квартал 2027 г."]],
    ]);
    expect([...extra.taken].sort((a, b) => a - b)).toEqual([2, 7]);
  });
});

describe("an extra column's cells in rows given cell after cell (drawing order)", () => {
  // Columns: Мероприятие, Примечание, Исполнитель; a first reading gave each line to a catalogued column.
  const slot = { at: 1, before: "name", after: "responsible" } as const;
  const read = (...columns: TextColumn[][]) => (i: number) => columns[i];

  test("a value repeated at the border of its neighbours is taken, whichever of them the reading gave it to", () => {
    const segments = rows(
      ["Семинар для молодых", "учителей района", "по", "согласованию", "ИМЦ"],
      ["Конкурс «Педагогический", "старт»", "Отдел образования"],
      ["Форум молодых педагогов", "по", "согласованию", "Иванова А.А."],
    );
    const extra = takeDrawnExtraCells(segments, [slot], read(["name", "name", "name", "name", "responsible"], ["name", "name", "responsible"], ["name", "responsible", "responsible", "responsible"]));
    expect([...extra.cells]).toEqual([
      [0, ["по согласованию"]],
      [2, ["по согласованию"]],
    ]);
    expect([...extra.taken].sort((a, b) => a - b)).toEqual([2, 3, 9, 10]);
  });

  test("an executors' cell after the value may open in lower case, with a position", () => {
    const segments = rows(
      ["Семинар для молодых", "учителей", "с учётом потребности", "руководители ОО"],
      ["Форум молодых педагогов", "с учётом потребности", "Иванова А.А."],
    );
    const extra = takeDrawnExtraCells(segments, [slot], read(["name", "name", "name", "responsible"], ["name", "name", "responsible"]));
    expect([...extra.cells]).toEqual([
      [0, ["с учётом потребности"]],
      [1, ["с учётом потребности"]],
    ]);
  });

  test("a value found in one row only, or lines inside a neighbour's cell, stay where the reading put them", () => {
    const segments = rows(
      ["Семинар", "по мере поступления", "заявок", "Управление", "образования"],
      ["Форум", "по согласованию", "Управление", "образования"],
    );
    const extra = takeDrawnExtraCells(segments, [slot], read(["name", "name", "name", "responsible", "responsible"], ["name", "name", "responsible", "responsible"]));
    expect(extra.taken.size).toBe(0);
  });

  test("a target's values, each its own and worded as a result's, are the column's by its caption", () => {
    // Columns: Срок, Целевой показатель, Результат; the reading gave each target to the result.
    const target = { at: 2, before: "deadline", after: "result", caption: "Целевой показатель" } as const;
    const segments = rows(
      ["Семинар", "до 1 июля", "не менее 8", "договоров", "Договоры заключены"],
      ["Практика студентов", "в течение года", "не менее 15", "студентов", "Практику прошли", "студенты колледжа"],
      ["Форум", "март", "Форум проведён"],
    );
    const extra = takeDrawnExtraCells(segments, [target], read(["name", "deadline", "result", "result", "result"], ["name", "deadline", "result", "result", "result", "result"], ["name", "deadline", "result"]));
    // The count goes on in what it counts; the capitalised line after it opens the result.
    expect([...extra.cells]).toEqual([
      [0, ["не менее 8 договоров"]],
      [1, ["не менее 15 студентов"]],
    ]);
  });

  test("the end of a deadline broken over two lines is the deadline's, though it repeats", () => {
    // Columns: Срок, Примечание, Исполнитель; the reading gave the deadline's first line alone to the deadline.
    const segments = rows(["Семинар", "по мере", "поступления заявок", "директор МКУ «ЦРО»"], ["Форум", "по мере", "поступления заявок", "руководители ОО"]);
    const between = { at: 2, before: "deadline", after: "responsible" } as const;
    const extra = takeDrawnExtraCells(segments, [between], read(["name", "deadline", "responsible", "responsible"], ["name", "deadline", "responsible", "responsible"]));
    expect(extra.taken.size).toBe(0);
  });

  test("two extra columns side by side: a lone value goes where its caption names it, though a row read wrong says otherwise", () => {
    // Columns: Мероприятие, Отметка о выполнении, Источник финансирования, Исполнитель; the first row's funding read
    // into the mark's place, its next line into the funding's.
    const pair = [
      { at: 1, before: "name", after: "responsible", caption: "Отметка о выполнении" },
      { at: 2, before: "name", after: "responsible", caption: "Источник финансирования" },
    ] as const;
    const segments = rows(
      ["Семинар наставников", "не требуется", "местный бюджет", "Иванова А.А."],
      ["Форум педагогов", "не требуется", "ИМЦ"],
      ["Конкурс «Педагог года»", "не требуется", "Отдел образования"],
      ["Слёт наставников", "местный бюджет", "ИМЦ"],
    );
    const extra = takeDrawnExtraCells(segments, pair, read(["name", "name", "name", "responsible"], ["name", "name", "responsible"], ["name", "name", "responsible"], ["name", "name", "responsible"]));
    expect([...extra.cells.values()].slice(1)).toEqual([
      ["", "не требуется"],
      ["", "не требуется"],
      ["", "местный бюджет"],
    ]);
  });

  test("two extra columns side by side: their cells one after the other at the border, a lone value where its column holds it", () => {
    // Columns: Мероприятие, Источник финансирования, Отметка о выполнении, Исполнитель.
    const pair = [
      { at: 1, before: "name", after: "responsible" },
      { at: 2, before: "name", after: "responsible" },
    ] as const;
    const segments = rows(
      ["Семинар наставников", "местный", "бюджет", "выполнено", "Иванова А.А."],
      ["Форум педагогов", "местный", "бюджет", "выполнено", "ИМЦ"],
      ["Конкурс «Педагог года»", "местный", "бюджет", "Отдел образования"],
    );
    const extra = takeDrawnExtraCells(segments, pair, read(["name", "name", "name", "responsible", "responsible"], ["name", "name", "name", "name", "responsible"], ["name", "name", "name", "responsible"]));
    expect([...extra.cells]).toEqual([
      [0, ["местный бюджет", "выполнено"]],
      [1, ["местный бюджет", "выполнено"]],
      [2, ["местный бюджет", ""]],
    ]);
  });

  test("a neighbour's words that recur and carry on its line («образовательных организаций») are no value", () => {
    // Columns: Исполнитель, Примечание (empty), Результат.
    const between = { at: 1, before: "responsible", after: "result" } as const;
    const segments = rows(["Руководители", "образовательных организаций", "Отчёт"], ["Руководители", "образовательных организаций", "Справка"]);
    const extra = takeDrawnExtraCells(segments, [between], read(["responsible", "responsible", "result"], ["responsible", "responsible", "result"]));
    expect(extra.taken.size).toBe(0);
  });

  test("a value broken at the narrow column's edge is read whole; a result after it may open in lower case", () => {
    // Columns: Исполнитель, Источник финансирования, Результат; the reading gave the second row's result to the executors.
    const between = { at: 1, before: "responsible", after: "result" } as const;
    const segments = rows(["Отдел образования", "не", "требуетс", "я", "приказ отдела"], ["Иванова А.А.", "не", "требуетс", "я", "протокол"]);
    const extra = takeDrawnExtraCells(segments, [between], read(["responsible", "responsible", "responsible", "responsible", "result"], ["responsible", "responsible", "responsible", "responsible", "responsible"]));
    expect([...extra.cells]).toEqual([
      [0, ["не требуется"]],
      [1, ["не требуется"]],
    ]);
    expect(extra.notes?.get(0)).toEqual(["слово «требуетс я» разорвано на краю столбца без дефиса и прочитано как «требуется»"]);
    // The lines after the value are the result's, whichever column the reading gave them.
    expect(extra.borders?.get(1)).toEqual([{ before: "responsible", after: "result", ahead: segments[1].pieces[0][0].index }]);
  });

  test("a value held once is taken where it fits the column's width and the cell before it ended", () => {
    // Columns: Мероприятие, Источник финансирования (narrow: «не» / «требуется»), Исполнитель.
    const segments = rows(
      ["Семинар наставников", "не", "требуется", "Иванова А.А."],
      ["Форум педагогов", "не", "требуется", "ИМЦ"],
      ["Конкурс «Педагог года»", "не", "требуется", "Отдел образования"],
      ["Круглый стол", "без", "финансиров", "ания", "Петров П.П."],
    );
    const rowRead = (n: number): TextColumn[] => [...Array<TextColumn>(n - 1).fill("name"), "responsible"];
    const extra = takeDrawnExtraCells(segments, [slot], read(rowRead(4), rowRead(4), rowRead(4), rowRead(5)));
    expect(extra.cells.get(3)).toEqual(["без финансирования"]);
    // Too wide for the column: a name's last words stay the name's.
    const wide = rows(...segments.slice(0, 3).map((s) => s.pieces[0].map((r) => r.text)), ["Круглый стол", "для руководителей школ", "Петров П.П."]);
    expect(takeDrawnExtraCells(wide, [slot], read(rowRead(4), rowRead(4), rowRead(4), rowRead(3))).cells.has(3)).toBe(false);
  });

  test("a value glued on its baseline to a neighbour's line: before the first line of the cell after it, or after a cell of one line", () => {
    // Columns: Срок, Источник финансирования, Результат. Text in drawing order runs a cell's one line on into the
    // next cell's first line where they share the row's first baseline.
    const between = { at: 1, before: "deadline", after: "result" } as const;
    const segments = rows(
      ["ежегодно, до 1", "октября", "не требуется аналитический доклад", "о кадровом составе"],
      ["IV квартал 2029", "г.", "не требуется прогноз потребности", "утверждён"],
      ["постоянно областной", "бюджет", "банк вакансий"],
      ["ноябрь", "областной", "бюджет", "поощрены 15 наставников"],
      ["май", "областной", "бюджет", "справка"],
    );
    const extra = takeDrawnExtraCells(
      segments,
      [between],
      read(["deadline", "deadline", "result", "result"], ["deadline", "deadline", "result", "result"], ["deadline", "deadline", "result"], ["deadline", "deadline", "deadline", "result"], ["deadline", "result", "result", "result"]),
    );
    expect([...extra.cells]).toEqual([
      [0, ["не требуется"]],
      [1, ["не требуется"]],
      [2, ["областной бюджет"]],
      [3, ["областной бюджет"]],
      [4, ["областной бюджет"]],
    ]);
    // The glued lines keep what is not the value; the value's own lines are taken whole.
    expect([...(extra.kept ?? [])]).toEqual([
      [2, "аналитический доклад"],
      [6, "прогноз потребности"],
      [8, "постоянно"],
    ]);
    expect([...extra.taken].sort((a, b) => a - b)).toEqual([9, 12, 13, 16, 17]);
    // The lines before the value are the deadline's, those after it the result's, whatever the reading said.
    expect(extra.borders?.get(2)).toEqual([{ before: "deadline", after: "result", ahead: 8 }]);
  });

  test("a line whose first words open the same text in every row, or a deadline's, is a cell's own line, not a value glued to it", () => {
    // Columns: Срок, Примечание (empty), Результат; the result repeats, its first line wider than the note's column.
    const between = { at: 1, before: "deadline", after: "result" } as const;
    const segments = rows(["май", "Заключено договоров", "о целевом обучении"], ["июнь", "Заключено договоров", "о целевом обучении"]);
    const extra = takeDrawnExtraCells(segments, [between], read(["deadline", "result", "result"], ["deadline", "result", "result"]));
    expect(extra.taken.size).toBe(0);
    expect(extra.kept?.size ?? 0).toBe(0);
    // Columns: Исполнитель, Срок, Источник финансирования (empty), Результат: «до #» recurs before other months.
    const dates = rows(["ИМЦ", "до 17 января", "Отчёт"], ["Отдел образования", "до 25 декабря", "Справка"]);
    const funding = { at: 2, before: "deadline", after: "result" } as const;
    expect(takeDrawnExtraCells(dates, [funding], read(["responsible", "deadline", "result"], ["responsible", "deadline", "result"])).kept?.size ?? 0).toBe(0);
  });

  test("between two columns a value held once is taken where it opens as its caption names, its first words glued to the cell before", () => {
    // Columns: Срок, Источник финансирования, Результат. Rows 1 and 2 show the column; row 3's value is its own, its
    // first word on the deadline's baseline («ежемесячно средства»), the reading gave the rest to the result.
    const funding = { at: 1, before: "deadline", after: "result", caption: "Источник финансирования" } as const;
    const segments = rows(
      ["ежеквартально", "областной бюджет", "отчёт направлен"],
      ["ежегодно", "областной бюджет", "справка"],
      ["ежемесячно средства", "муниципальных", "бюджетов", "компенсацию получают все"],
    );
    const columns: TextColumn[] = ["deadline", "result", "result"];
    const extra = takeDrawnExtraCells(segments, [funding], read(columns, columns, ["deadline", "result", "result", "result"]));
    expect(extra.cells.get(2)).toEqual(["средства муниципальных бюджетов"]);
    expect(extra.kept?.get(6)).toBe("ежемесячно");
    // Lines that open as no value the caption names stay with the result.
    const plain = rows(["ежеквартально", "областной бюджет", "отчёт направлен"], ["ежегодно", "областной бюджет", "справка"], ["ежемесячно сведения", "о вакансиях", "обновлены"]);
    expect(takeDrawnExtraCells(plain, [funding], read(columns, columns, columns)).cells.has(2)).toBe(false);
  });

  test("at the table's edge a neighbour's wrapped last words are no value, though they repeat", () => {
    // Columns: Мероприятие, Результат, Отметка о выполнении (empty).
    const segments = rows(["Семинар", "Приказ управления", "образования"], ["Форум", "Приказ управления", "образования"]);
    const last = { at: 2, before: "result", after: null } as const;
    const extra = takeDrawnExtraCells(segments, [last], read(["name", "result", "result"], ["name", "result", "result"]));
    expect(extra.taken.size).toBe(0);
  });
});
