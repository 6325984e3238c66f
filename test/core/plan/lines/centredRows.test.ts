import fc from "fast-check";
import type { Block } from "../../../../src/core/grid";
import { assignColumns, centredRowMajor, EMISSIONS, type RowLine } from "../../../../src/core/plan/lines/assignColumns";
import type { TextColumn } from "../../../../src/core/plan/lines/lineEvidence";
import { type Line, recoverFromLines } from "../../../../src/core/plan/lines/recoverFromLines";

const rowLines = (texts: readonly string[]): RowLine[] => texts.map((text) => ({ text, gapBefore: false }));
const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const rows = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows : []));
const cells = (texts: readonly string[], columns: readonly TextColumn[]) => {
  const out: Partial<Record<TextColumn, string>> = {};
  columns.forEach((c, i) => (out[c] = out[c] ? `${out[c]} ${texts[i]}` : texts[i]));
  return out;
};

// A plan typed in Word, cells centred vertically, numbered 1, 2, 3, copied from its PDF with the mouse: each visual
// line's pieces in column order, the number beside the middle of its name, no blank line between rows.
const HEADER = ["№ п/п", "Мероприятие", "Ответственный", "Срок", "Результат"];
const COPY = [
  // 1: a two-line name, the number beside its first line.
  "1 Мониторинг потребности в педагогических",
  "УО",
  "ежегодно",
  "Аналитическая справка",
  "кадрах",
  // 2: a six-line name, the number and the short cells beside its third and fourth lines.
  "Организация и проведение методических",
  "семинаров для молодых специалистов для",
  "2 педагогов дошкольных образовательных",
  "директор МКУ «ЦРО»",
  "ежемесячно до 5",
  "Приказ управления",
  "организаций в сетевом формате с",
  "ЦРО",
  "числа",
  "образования",
  "использованием дистанционных",
  "технологий",
  // 3: a four-line name, the number beside its second line.
  "Актуализация курсов повышения",
  "3 квалификации руководящих работников",
  "Волкова М.Ю., методист",
  "по плану заседаний",
  "Протокол заседания",
  "совместно с педагогическим колледжем и",
  "РУМО",
  "комиссии",
  "центром занятости населения",
];

describe("rows of cells centred vertically, copied without cells", () => {
  test("a row read centred: the short cells stand beside the middle of the name", () => {
    const texts = COPY.slice(5, 17).map((t) => t.replace(/^2 /, ""));
    const order: TextColumn[] = ["name", "responsible", "deadline", "result"];
    const a = assignColumns(rowLines(texts), order, { first: true, emission: "rows", numberAt: 2 });
    expect(cells(texts, a.columns)).toEqual({
      name: "Организация и проведение методических семинаров для молодых специалистов для педагогов дошкольных образовательных организаций в сетевом формате с использованием дистанционных технологий",
      responsible: "директор МКУ «ЦРО» ЦРО",
      deadline: "ежемесячно до 5 числа",
      result: "Приказ управления образования",
    });
  });

  test("a row's first lines, above its number, are its own and not the end of the row above", () => {
    const items = rows(recoverFromLines(lines([...HEADER, ...COPY]))!).slice(1);
    expect(items.map((r) => r.cells.slice(0, 2))).toEqual([
      ["1", "Мониторинг потребности в педагогических кадрах"],
      ["2", "Организация и проведение методических семинаров для молодых специалистов для педагогов дошкольных образовательных организаций в сетевом формате с использованием дистанционных технологий"],
      ["3", "Актуализация курсов повышения квалификации руководящих работников совместно с педагогическим колледжем и центром занятости населения"],
    ]);
    expect(items.map((r) => r.cells.slice(2))).toEqual([
      ["УО", "ежегодно", "Аналитическая справка"],
      ["директор МКУ «ЦРО» ЦРО", "ежемесячно до 5 числа", "Приказ управления образования"],
      ["Волкова М.Ю., методист РУМО", "по плану заседаний", "Протокол заседания комиссии"],
    ]);
  });

  test("a title with no number before a row whose number stands on its first line stays a title", () => {
    const copy = [
      ...COPY.slice(0, 17),
      "Привлечение молодых специалистов",
      "3 Формирование диагностики профессиональных",
      "ИРО",
      "в течение года",
      "Протокол заседания",
      "дефицитов учителей",
      ...COPY.slice(17).map((t) => t.replace(/^3 /, "4 ")),
    ];
    const table = rows(recoverFromLines(lines([...HEADER, ...copy]))!).slice(1);
    // Which cell the lone row's second line goes on is the row reader's guess; the title and the cuts are the point.
    expect(table.map((r) => r.cells[0])).toEqual(["1", "2", "Привлечение молодых специалистов", "3", "4"]);
    expect(table[3].cells[1]).toMatch(/^Формирование диагностики профессиональных/);
    expect(table[4].cells[1]).toBe("Актуализация курсов повышения квалификации руководящих работников совместно с педагогическим колледжем и центром занятости населения");
  });

  test("rows read from their tops keep their numbers' cuts", () => {
    const top = [
      "1 Мониторинг потребности в педагогических",
      "УО",
      "ежегодно",
      "Аналитическая справка",
      "кадрах",
      "2 Организация и проведение методических",
      "директор МКУ «ЦРО»",
      "ежемесячно до 5",
      "Приказ управления",
      "семинаров для молодых специалистов",
      "ЦРО",
      "числа",
      "образования",
      "3 Актуализация курсов повышения",
      "Волкова М.Ю., методист",
      "по плану заседаний",
      "Протокол заседания",
      "квалификации руководящих работников",
      "РУМО",
      "комиссии",
    ];
    const items = rows(recoverFromLines(lines([...HEADER, ...top]))!).slice(1);
    expect(items.map((r) => r.cells[1])).toEqual(["Мониторинг потребности в педагогических кадрах", "Организация и проведение методических семинаров для молодых специалистов", "Актуализация курсов повышения квалификации руководящих работников"]);
  });

  test("the centred emission puts the number's line where the cells' heights say, and reads every line once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 4 }), (heights) => {
        const tall = Math.max(...heights);
        fc.pre(tall > 0);
        const mid = Math.floor((tall - 1) / 2);
        // Lines above the number's: each cell's lines that stand above the middle line.
        const above = heights.reduce((sum, h) => sum + Math.max(0, Math.min(h, mid - Math.floor((tall - h) / 2))), 0);
        const labels = centredRowMajor(above)(heights, [heights.reduce((a, b) => a + b, 0)]);
        expect(labels).not.toBeNull();
        expect([...labels!].sort()).toEqual([...EMISSIONS.cells(heights, [])!].sort());
        if (above > 0) expect(centredRowMajor(above - 1)(heights, [])).toBeNull();
      }),
    );
  });
});

describe("titles with no number over rows of centred cells", () => {
  // A merged row over the table stands between one row's last line and the next row's first, and a centred row's
  // first lines come before its number: the title is then no line right before a number.
  const ROW_2 = COPY.slice(5, 17);
  const ROW_3 = COPY.slice(17);

  test("a title over a row whose first lines stand above its number stays a title, and the row keeps its lines", () => {
    const copy = [...COPY.slice(0, 17), "Привлечение молодых специалистов", ...ROW_3];
    const table = rows(recoverFromLines(lines([...HEADER, ...copy]))!).slice(1);
    expect(table.map((r) => r.cells[0])).toEqual(["1", "2", "Привлечение молодых специалистов", "3"]);
    expect(table[1].cells[1]).toBe("Организация и проведение методических семинаров для молодых специалистов для педагогов дошкольных образовательных организаций в сетевом формате с использованием дистанционных технологий");
    expect(table[3].cells[1]).toBe("Актуализация курсов повышения квалификации руководящих работников совместно с педагогическим колледжем и центром занятости населения");
  });

  test("right under the header: a title, then the first row's lines above its number", () => {
    const copy = ["Развитие системы наставничества", ...ROW_2.map((t) => t.replace(/^2 /, "1 ")), ...ROW_3.map((t) => t.replace(/^3 /, "2 "))];
    const blocks = recoverFromLines(lines([...HEADER, ...copy]))!;
    const table = rows(blocks).slice(1);
    expect(table.map((r) => r.cells[0])).toEqual(["Развитие системы наставничества", "1", "2"]);
    expect(table[1].cells[1]).toMatch(/^Организация и проведение методических семинаров/);
    expect(table[2].cells[1]).toMatch(/^Актуализация курсов повышения/);
  });

  test("no title where every line between the rows is a row's own", () => {
    const copy = [...ROW_2.map((t) => t.replace(/^2 /, "1 ")), ...ROW_3.map((t) => t.replace(/^3 /, "2 "))];
    const table = rows(recoverFromLines(lines([...HEADER, ...copy]))!).slice(1);
    expect(table.map((r) => r.cells[0])).toEqual(["1", "2"]);
    expect(table[0].cells[1]).toMatch(/^Организация и проведение методических семинаров/);
  });
});

describe("titles and first lines of centred rows, the number alone on its line or beside an executor", () => {
  test("a title under the header over a row whose number stands alone between its lines", () => {
    const copy = [
      "Меры социальной поддержки педагогов",
      "Информационное сопровождение",
      "аттестации педагогических работников",
      "Морозова Е.Н., начальник",
      "Заключено не менее 10",
      "1",
      "на квалификационные категории с",
      "согласно плану",
      "отдела кадров",
      "договоров о целевом",
      "привлечением ведущих специалистов",
      "обучении",
      "регионального института",
      "Актуализация курсов повышения",
      "2 квалификации руководящих работников",
      "по плану заседаний",
      "Волкова М.Ю., методист",
      "Протокол заседания",
      "совместно с педагогическим колледжем и",
      "РУМО",
      "комиссии",
      "центром занятости населения",
    ];
    const header = ["№", "Содержание работы (мероприятия)", "Сроки проведения", "Исполнители", "Форма отчётности"];
    const table = rows(recoverFromLines(lines([...header, ...copy]))!).slice(1);
    expect(table.map((r) => r.cells[0])).toEqual(["Меры социальной поддержки педагогов", "1", "2"]);
    expect(table[1].cells.slice(1)).toEqual([
      "Информационное сопровождение аттестации педагогических работников на квалификационные категории с привлечением ведущих специалистов регионального института",
      "согласно плану",
      "Морозова Е.Н., начальник отдела кадров",
      "Заключено не менее 10 договоров о целевом обучении",
    ]);
  });

  test("a title-like line beside an executor's top line is the first line of a name, no title", () => {
    const header = ["№ п/п", "Срок", "Содержание работы (мероприятия)", "Исполнители", "Форма отчёта"];
    const copy = [
      "1 Ежемесячно",
      "Мониторинг курсов повышения квалификации",
      "УО",
      "Информация на",
      "руководящих работников",
      "официальном сайте",
      "Информационное сопровождение",
      "ОО",
      "2 В течении года",
      "персонифицированной программы",
      "Павлова О.С.",
      "Протокол заседания",
      "(ежеквартально)",
      "наставничества с участием",
      "директор МКУ «ЦРО»",
      "комиссии",
      "представителей профсоюзной организации",
    ];
    const table = rows(recoverFromLines(lines([...header, ...copy]))!).slice(1);
    expect(table.map((r) => r.cells[0])).toEqual(["1", "2"]);
  });
});
