import { captionKeysOf, findLinesHeader } from "../../../../src/core/plan/lines/findLinesHeader";
import type { Line } from "../../../../src/core/plan/lines/segmentRows";

/** Lines as a text reader gives them: non-empty lines, rows counted with the blanks. */
const linesOf = (text: string): Line[] => text.split("\n").flatMap((t, i) => (t.trim() ? [{ row: i + 1, text: t }] : []));

// pdftotext without -layout on a ruled page: the number and name columns first, row by row, then each other column as
// a block under its caption.
const BLOCKED = `План мероприятий на 2026 год
№ п/п
Мероприятие
1.
Проведение семинара для молодых педагогов
2.
Мониторинг вакансий в школах района

Исполнитель

Срок исполнения

Результат

Гусев А.А., методист

в течение года

Протокол заседания
`;

describe("findLinesHeader: captions scattered over the page", () => {
  test("the captions over the column blocks complete the header's first lines, in their order", () => {
    const lines = linesOf(BLOCKED);
    const h = findLinesHeader(lines);
    expect(h).not.toBeNull();
    expect([h!.start, h!.end]).toEqual([1, 3]);
    expect(h!.order).toEqual(["number", "name", "responsible", "deadline", "result"]);
    expect(h!.later.map((i) => lines[i].text)).toEqual(["Исполнитель", "Срок исполнения", "Результат"]);
    expect(h!.cells.deadline).toBe("Срок исполнения");
  });

  test("the same captions on the next page are later captions too; the first lines repeated are not", () => {
    const twoPages = `${BLOCKED}1\n№ п/п\nМероприятие\n3.\nАнализ кадров\n\nИсполнитель\n\nСрок исполнения\n\nРезультат\n\nОрлов Б.Б.\n`;
    const lines = linesOf(twoPages);
    const h = findLinesHeader(lines)!;
    expect(h.later.map((i) => lines[i].text)).toEqual(["Исполнитель", "Срок исполнения", "Результат", "Исполнитель", "Срок исполнения", "Результат"]);
  });

  test("a name's wrapped line that reads as a caption («результатам независимой оценки») names no later column", () => {
    // The № column printed as a block (numbers centred in their rows), then the names under their caption.
    const text = "№\n1\n2\n\nНаименование мероприятия\nПроведение конкурса «Педагог года» по\nрезультатам независимой оценки качества\nМониторинг вакансий\n\nОтветственные\nГусев А.А.\n\nСрок\n\nОжидаемый результат\n";
    const lines = linesOf(text);
    const h = findLinesHeader(lines)!;
    expect(h.start).toBe(0);
    expect(h.order.slice(0, 3)).toEqual(["number", "name", "responsible"]);
    expect(h.later.map((i) => lines[i].text)).toEqual(["Наименование мероприятия", "Ответственные", "Срок", "Ожидаемый результат"]);
  });

  test("a header of two captions takes every later caption over the page's blocks, not only the first that make three", () => {
    // № and deadline side by side, then the names' block, then the executors' and results' blocks after the page.
    const text = "№ п/п\n\nСрок\n\n1\n\nмай\n\n2\n\nиюнь\n\nСодержание работы\nСеминар для педагогов\nФорум молодых педагогов\n\n-1-\n\nИсполнители\n\nФорма отчёта\n\nГусев А.А.\n\nПротокол\n\nУО\n\nСправка\n";
    const lines = linesOf(text);
    const h = findLinesHeader(lines)!;
    expect(h.order).toEqual(["number", "deadline", "name", "responsible", "result"]);
    expect(h.later.map((i) => lines[i].text)).toEqual(["Содержание работы", "Исполнители", "Форма отчёта"]);
  });

  test("a later caption wrapped in its narrow column keeps its second line («Срок» / «исполнения»): no row's text", () => {
    // Writer's print: the first number runs into the № caption's flow, the other captions follow, each wrapped.
    const text = "№\nп/п\n1.\n\nНаименование мероприятия\n\nСрок\nисполнения\n\nОтветственные\nисполнители\n\nФорма отчётности\n\nПроведение семинара\nмай\nГусев А.А.\n\n2.\n";
    const lines = linesOf(text);
    const h = findLinesHeader(lines)!;
    expect(h.order).toEqual(["number", "name", "deadline", "responsible", "result"]);
    expect(h.later.map((i) => lines[i].text)).toEqual(["Наименование мероприятия", "Срок", "исполнения", "Ответственные", "исполнители", "Форма отчётности"]);
  });

  test("a schedule grid's month right under a later caption («Исполнитель» / «окт») is no rest of that caption", () => {
    const text = "№\nп/п\n1.\n\nНаименование мероприятия\n\nСрок исполнения\n\nИсполнитель\nокт\n\nФорма отчётности\n\nПроведение семинара\nГусев А.А.\n\n2.\n";
    const lines = linesOf(text);
    expect(findLinesHeader(lines)!.later.map((i) => lines[i].text)).toEqual(["Наименование мероприятия", "Срок исполнения", "Исполнитель", "Форма отчётности"]);
  });

  test("a caption run naming a column the first lines named is the header repeated: it completes no header", () => {
    const repeated = BLOCKED.replace("Исполнитель\n\nСрок исполнения", "Мероприятие\n\nСрок исполнения");
    expect(findLinesHeader(linesOf(repeated))?.later ?? []).toEqual([]);
  });

  test("a line of captions a reader joined names each column; a line with anything else names none", () => {
    expect(captionKeysOf("Ответственный исполнитель Срок исполнения Форма отчётности")).toEqual(["responsible", "deadline", "result"]);
    expect(captionKeysOf("Срок")).toEqual(["deadline"]);
    expect(captionKeysOf("Сформирован банк данных")).toBeNull();
    expect(captionKeysOf("Срок представления отчётов об исполнении плана мероприятий")).toBeNull();
    expect(captionKeysOf("1. Мероприятие")).toBeNull();
  });
});

// A header of three columns over the rows, the columns pdftotext printed after the page under captions of their own.
const TAIL_AFTER_PAGE = `№ п/п
Срок
Наименование мероприятия
1.1
в августе
Проведение семинара для молодых педагогов
Исполнитель: Кузнецова Л.А., тел. 8 (3393) 56-77-68
1 из 2

Исполнитель

Форма отчётности

методист

Протокол заседания
№ п/п
Срок
Наименование мероприятия
1.2
ежемесячно
Мониторинг вакансий
`;

describe("findLinesHeader: a whole header whose last columns come after the page", () => {
  test("the captions naming the columns the header lacks are later captions, on every page, and come last in the order", () => {
    const lines = linesOf(TAIL_AFTER_PAGE);
    const h = findLinesHeader(lines)!;
    expect([h.start, h.end]).toEqual([0, 3]);
    expect(h.order).toEqual(["number", "deadline", "name", "responsible", "result"]);
    expect(h.later.map((i) => lines[i].text)).toEqual(["Исполнитель", "Форма отчётности"]);
  });

  test("a signature naming the executor is no caption", () => {
    expect(captionKeysOf("Исполнитель: Орлов Е.Н.")).toBeNull();
  });
});

describe("findLinesHeader: a deadline printed in two columns", () => {
  test("the end's caption right after the start's is the span's end, not a second deadline caption", () => {
    const h = findLinesHeader(linesOf("№ п/п\nСрок начала\nСрок окончания\nСодержание работы\nИсполнитель\nРезультат\n1.1.\nянварь\n"))!;
    expect(h.order.slice(0, 3)).toEqual(["number", "deadline", "name"]);
    expect(h.cells.deadline).toBe("Срок начала");
    expect(h.spanEnd).toBe("Срок окончания");
  });

  test("a caption merged over «начало | окончание»: the second header row's sub-captions, wherever the copy put them", () => {
    const twoRows = findLinesHeader(linesOf("№ п/п\nМероприятие\nСрок реализации\nИсполнитель\nРезультат\nначало\nокончание\n1.1.\nянварь\n"))!;
    expect(twoRows.order).toEqual(["number", "name", "deadline", "responsible", "result"]);
    expect([twoRows.cells.deadline, twoRows.spanEnd, twoRows.cells.result]).toEqual(["Срок реализации начало", "Срок реализации окончание", "Результат"]);
    // Joined on a line with a wrapped caption's last word («Ответственный» / «исполнитель»).
    const joined = findLinesHeader(linesOf("№ п/п\nМероприятие\nСрок реализации\nОтветственный\nначало\nокончание исполнитель\n1.1.\nянварь\n"))!;
    expect([joined.cells.deadline, joined.spanEnd, joined.cells.responsible]).toEqual(["Срок реализации начало", "Срок реализации окончание", "Ответственный исполнитель"]);
  });

  test("a viewer's copy (pdf.js) glues the sub-caption drawn left of a caption's last word to it, with no space", () => {
    const h = findLinesHeader(linesOf("№\nп/п\nНаименование\nмероприятия\nСрок реализации Ответственный\nисполнитель\nОжидаемый\nрезультатначало окончание\n1. Мониторинг\n1.1.\nФормирование прогноза\n"))!;
    expect(h.order).toEqual(["number", "name", "deadline", "responsible", "result"]);
    expect([h.cells.deadline, h.spanEnd, h.cells.result]).toEqual(["Срок реализации начало", "Срок реализации окончание", "Ожидаемый результат"]);
  });

  test("«Показатель» in capitals opens a caption where a copy joined it to the captions before it", () => {
    const h = findLinesHeader(linesOf("№ Мероприятие Срок Исполнитель Показатель\nрезультата\n1. Целевое обучение\n1.1\nЗаключение договоров\n"))!;
    expect(h.order).toEqual(["number", "name", "deadline", "responsible", "result"]);
    expect(h.cells.result).toBe("Показатель результата");
  });

  test("a deadline's caption wrapped over two lines names no span", () => {
    const h = findLinesHeader(linesOf("№ п/п\nМероприятие\nСрок\nисполнения\nИсполнитель\n1.1.\nянварь\n"))!;
    expect(h.cells.deadline).toBe("Срок исполнения");
    expect(h.spanEnd).toBeUndefined();
  });
});

// pdftotext without -layout on a Writer table with short captions, one word a line, a narrow last column broken
// mid-word: the captions are the synonym catalogue's («Итоговый документ» names the result as «Результат» does).
const SHORT_CAPTIONS = `№

Мероприятия

Срок

Ответственные

Итоговый
документ

Примеч
ание

1.

Ведение банка вакансий
`;

describe("findLinesHeader: captions the synonym catalogue knows", () => {
  test("a caption opening with any word the catalogue names a column by starts that column's cell", () => {
    const h = findLinesHeader(linesOf(SHORT_CAPTIONS))!;
    expect(h.order).toEqual(["number", "name", "deadline", "responsible", "result"]);
    expect(h.cells.responsible).toBe("Ответственные");
    // An uncatalogued caption after it goes on with the cell before it, as it always did (its word broken at the edge, «Примеч» / «ание», joined back).
    expect(h.cells.result).toBe("Итоговый документ Примечание");
    expect(h.named.has("result")).toBe(true);
  });

  test("a joined line of such captions names each column", () => {
    expect(captionKeysOf("Ответственные Итоговый документ")).toEqual(["responsible", "result"]);
    expect(captionKeysOf("Исполнитель Выходной документ")).toEqual(["responsible", "result"]);
    // A capitalised word that opens no caption of the catalogue stays in the caption before it.
    expect(captionKeysOf("Ответственные Примечание")).toEqual(["responsible"]);
  });
});

describe("a header joined into one line with a caption wrapped after it (text in drawing order)", () => {
  test("the wrapped caption's lines are the header's; the first item's name is not", () => {
    const lines = linesOf(["План работы на 2027/2028 учебный год", "№ Содержание работы Сроки Исполнители", "Форма", "отчётности", "1", "Закрепление наставников", "до 15.09.2027"].join("\n"));
    const h = findLinesHeader(lines);
    expect(h && { start: h.start, end: h.end, result: h.cells.result, named: [...h.named].sort() }).toEqual({ start: 1, end: 4, result: "Форма отчётности", named: ["deadline", "name", "number", "responsible", "result"] });
  });

  test("a one-line header followed by the first item's short name keeps its one line", () => {
    const lines = linesOf(["№ Мероприятие Срок Исполнитель", "Семинар", "май", "Орлов Б.Б."].join("\n"));
    expect(findLinesHeader(lines)?.end).toBe(1);
  });
});

describe("findLinesHeader: the first row of centred cells right under the captions", () => {
  // A Word plan with its cells centred vertically, copied from its PDF with the mouse: the first row's top lines
  // (its name's, its result's) come before its number, which goes on with the name's middle in lower case.
  const COPY = ["План работы на 2026 год", "№ п/п", "Срок", "Содержание работы (мероприятия)", "Исполнители", "Форма отчёта", "Разработка и утверждение", "Заключено не менее 10", "1 не позднее", "персонифицированной программы", "Павлова Т.И., методист"];
  const lines = COPY.map((text, i) => ({ row: i + 1, text }));

  test("the row's short first lines are not captions", () => {
    const h = findLinesHeader(lines)!;
    expect([h.start, h.end]).toEqual([1, 6]);
    expect(h.order).toEqual(["number", "deadline", "name", "responsible", "result"]);
    expect(h.cells.result).toBe("Форма отчёта");
  });

  test("a caption wrapped onto a line of its own stays the header's", () => {
    const wrapped = [...COPY.slice(0, 5), "Форма", "отчёта", "Разработка и утверждение", ...COPY.slice(8)].map((text, i) => ({ row: i + 1, text }));
    expect(findLinesHeader(wrapped)!.end).toBe(7);
  });

  test("a row whose number opens its name keeps the header as the run of short lines gives it", () => {
    const top = [...COPY.slice(0, 6), "Примечание", "1 Разработка и утверждение программы"].map((text, i) => ({ row: i + 1, text }));
    expect(findLinesHeader(top)!.end).toBe(7);
  });
});

test("findLinesHeader: an extra column's caption before the column numbers stays the header's", () => {
  const lines = ["№ п/п", "Мероприятие", "Ответственный исполнитель", "Срок исполнения", "Результат", "Отметка об", "исполнении", "1", "2", "3", "4", "5", "6", "1.", "Повышение профессионального мастерства"].map((text, i) => ({ row: i + 1, text }));
  expect(findLinesHeader(lines)!.end).toBe(7);
});

describe("findLinesHeader: captions in drawing order wrapped in narrow columns (a browser's copy of a Writer PDF)", () => {
  test("a header of six captions over more than ten lines keeps them all, up to the column numbers", () => {
    const text = ["№", "п/п", "Содержание", "работы", "Срок", "исполне", "ния", "Ответствен", "ные", "Финанси", "рование", "Планируе", "мый", "результат", "1 2 3 4 5 6", "1. Работа с молодыми специалистами"];
    const h = findLinesHeader(linesOf(text.join("\n")))!;
    expect({ end: h.end, named: [...h.named].sort(), result: h.cells.result }).toEqual({ end: 14, named: ["deadline", "name", "number", "responsible", "result"], result: "Планируе мый результат" });
  });

  test("a caption that opens with a word no caption list knows is read by its lines («Показатель» / «(ожидаемый» / «результат)»)", () => {
    const text = ["№", "п/п", "Наименование", "мероприятия", "Сроки", "Исполнители", "Показатель", "(ожидаемый", "результат)", "Отметка об", "исполнении", "Цель 1. Кадровый резерв", "1.1.1 Формирование резерва"];
    const h = findLinesHeader(linesOf(text.join("\n")))!;
    expect({ end: h.end, order: h.order, result: h.cells.result }).toEqual({ end: 11, order: ["number", "name", "deadline", "responsible", "result"], result: "Показатель (ожидаемый результат) Отметка об исполнении" });
  });

  test("a caption wrapped after captions joined on one baseline is the header's when the first row follows", () => {
    const text = ["№ Мероприятие Срок Исполнитель", "Показатель", "результата", "1. Наставничество", "1.1", "Закрепление наставников"];
    const h = findLinesHeader(linesOf(text.join("\n")))!;
    expect({ end: h.end, result: h.cells.result, named: h.named.has("result") }).toEqual({ end: 3, result: "Показатель результата", named: true });
  });
});

describe("findLinesHeader: a caption's word broken at a narrow column's edge without a hyphen", () => {
  test("is one word in the caption the header gives its column («Сроки исполнени» / «я» → «Сроки исполнения»)", () => {
    const header = findLinesHeader(linesOf(["N п/п", "Мероприятие", "Ответственные", "Сроки", "исполнени", "я", "Результат", "1.", "Семинар для педагогов"].join("\n")));
    expect(header?.cells.deadline).toBe("Сроки исполнения");
    expect(header?.cells.responsible).toBe("Ответственные");
  });
});

describe("findLinesHeader: captions in drawing order after a line of captions on one baseline", () => {
  test("narrow captions wrapped at the edge, then one-line captions on one baseline, are the header's to the column numbers", () => {
    // Writer's print copied in drawing order: «N п/п», «Мероприятие» and «Исполнитель» on one baseline, two narrow
    // extra captions broken at the edge, «Срок» and «Результат» on one baseline again.
    const lines = linesOf(
      ["План работы на 2026 год", "N п/п Мероприятие Исполнитель", "Источники", "финансиро", "вания", "Отметка о", "выполнени", "и", "Срок Результат", "1 2 3 4 5 6 7", "1. Семинар"].join("\n"),
    );
    const header = findLinesHeader(lines);
    expect(header && lines.slice(header.start, header.end).map((l) => l.text)).toEqual(lines.slice(1, 9).map((l) => l.text));
    expect([...(header?.named ?? [])].sort()).toEqual(["deadline", "name", "number", "responsible", "result"]);
  });
});

describe("findLinesHeader: a caption merged over the years under it", () => {
  test("the header runs on over the merged caption's lines to the line of years", () => {
    // Drawing order: ten lines of captions, then the funding caption wrapped, then its years, then the column numbers.
    const lines = linesOf(["План на 2027 год", "№", "п/п", "Содержание работы", "Ответственные", "исполнители", "Период", "реализаци", "и", "Форма", "отчётности", "Планируемый объём", "финансирования, тыс. рублей", "2027 2028 2029", "1 2 3 4 5 6 7 8", "1. Меры поддержки"].join("\n"));
    const header = findLinesHeader(lines)!;
    expect(lines[header.end - 1].text).toBe("2027 2028 2029");
  });

  test("a header joined into one line takes the line of years under it", () => {
    const lines = linesOf(["№ Мероприятие Исполнитель Срок Объём финансирования, тыс. руб. Результат", "2026 г. 2027 г.", "1 2 3 4 5 6 7", "1. Семинар Иванов И.И. май – 779,1 Приказ"].join("\n"));
    expect(findLinesHeader(lines)?.end).toBe(2);
  });

  test("a joined header whose captions the short list does not know («Содержание работы», «Период», «Форма отчётности») is found", () => {
    const lines = linesOf(["№ Содержание работы Ответственные Период Форма отчётности Объём, тыс. рублей", "п/п исполнители реализации", "2027 2028", "1. Меры поддержки", "1.1 Семинар РМО май Приказ 436,0 –"].join("\n"));
    const header = findLinesHeader(lines)!;
    expect(header.order).toEqual(["number", "name", "responsible", "deadline", "result"]);
    // A name's line that holds one such word alone is no header.
    expect(findLinesHeader(linesOf(["Обновление содержания и форм отчётности", "1. Семинар", "май"].join("\n")))).toBeNull();
  });

  test("one year alone under the header is no row of sub-captions", () => {
    const lines = linesOf(["№ Мероприятие Исполнитель Срок Результат", "2026 год", "1. Семинар Иванов И.И. май Приказ"].join("\n"));
    expect(findLinesHeader(lines)?.end).toBe(1);
  });
});

// A whole header of four captions; the fifth column (the result) Writer's print gives as a block of its own after each
// page's rows, under its caption, before the next page's header.
const ONE_LACKING = `№
Содержание работы
Ответственный
Сроки
п/п
исполнитель
реализации
1.1
Сбор сведений о вакансиях
Руководители ОУ
апрель 2025 года
1.2
Формирование заказа на подготовку кадров
Отдел образования
до 15 февраля

Результат

База данных вакансий
Заявка направлена в министерство
`;

describe("findLinesHeader: a whole header lacking a single column", () => {
  test("its caption over the page's block is a later caption", () => {
    const lines = linesOf(ONE_LACKING);
    const h = findLinesHeader(lines)!;
    expect(h.later.map((i) => lines[i].text)).toEqual(["Результат"]);
    expect(h.order[h.order.length - 1]).toBe("result");
  });

  test("under column numbers, a single lacking column is left to the blocks after the table, as before", () => {
    const numbered = ONE_LACKING.replace("реализации\n", "реализации\n1\n2\n3\n4\n");
    expect(findLinesHeader(linesOf(numbered))!.later).toEqual([]);
  });
});

describe("findLinesHeader: a header printed again on every page", () => {
  test("a joined header's tail that names no column is the header's where the next page prints it again with it", () => {
    // olkhovsky-2028 (pdftotext -raw): «Итоговый» / «документ», «Примеч» / «ание» wrap in narrow columns, and a section's
    // heading, not a row, follows; the page after prints the same four lines over its rows.
    const header = "№ Мероприятия Срок Ответственные Итоговый\nдокумент\nПримеч\nание\n";
    const lines = linesOf(`${header}Кадровое планирование\n1. Ведение банка вакансий\nежемесячно\nУправление образования\n${header}на сайте\n2. Анкетирование\n`);
    expect(findLinesHeader(lines)!.end).toBe(4);
    expect(findLinesHeader(linesOf(`${header}Кадровое планирование\n1. Ведение банка вакансий\nежемесячно\n`))!.end).toBe(1);
  });
});

describe("findLinesHeader: a caption no catalogue names right over the column numbers", () => {
  test("«Примечание» alone on its line before «1 2 3 4 5 6» is the header's last caption", () => {
    const header = "№ Наименование мероприятия Исполнители\nСрок\nисполнения\nФорма\nзавершения\nПримечание\n1 2 3 4 5 6\n";
    const lines = linesOf(`${header}1. Выявление дефицита\n1.1\nСбор сведений\nРуководители ОО\n`);
    expect(findLinesHeader(lines)!.end).toBe(6);
    // Not where the first row's short name follows it: a capitalised line is a caption only right over the numbers.
    expect(findLinesHeader(linesOf(`${header.replace("1 2 3 4 5 6\n", "")}1. Выявление дефицита\n`))!.end).toBe(5);
  });
});
