import { drawnCaptionCount, drawnHeaderColumns, headerColumns, spanColumns } from "../../../../src/core/plan/lines/headerColumns";
import type { PlanKey } from "../../../../src/core/plan/columns/columnCatalogue";

const named = (...keys: PlanKey[]) => new Set<PlanKey>(keys);
const captions = (lines: string[], count: number, keys: Set<PlanKey>) => headerColumns(lines, count, keys)?.map((c) => `${c.key ?? "extra"}:${c.caption}`);

describe("the header's columns from its lines and the column numbers under it", () => {
  test("a caption no catalogue names is an extra column, not the end of the caption before it", () => {
    expect(captions(["N п/п", "Сроки реализации", "Содержание работы", "Примечания", "Ответственный исполнитель", "Результаты"], 6, named("number", "deadline", "name", "responsible", "result"))).toEqual([
      "number:N п/п",
      "deadline:Сроки реализации",
      "name:Содержание работы",
      "extra:Примечания",
      "responsible:Ответственный исполнитель",
      "result:Результаты",
    ]);
  });

  test("second lines of wrapped captions come after every first line, each on the caption that asks for it", () => {
    // «Источники» / «Ответственные» wrap: a genitive noun goes on a noun, the nominative on the adjective.
    const lines = ["№", "Мероприятие", "Источники", "Ответственные", "Срок", "Отметка о", "финансирования", "исполнители", "выполнении"];
    expect(captions(lines, 6, named("number", "name", "responsible", "deadline"))).toEqual([
      "number:№",
      "name:Мероприятие",
      "extra:Источники финансирования",
      "responsible:Ответственные исполнители",
      "deadline:Срок",
      "extra:Отметка о выполнении",
    ]);
  });

  test("a programme's funding captions wrap in rows of their own: second lines left to right, then third lines", () => {
    // A mouse copy: the first lines of all seven captions, then «финансирования» under «Источники» and under «Объем»,
    // then «(тыс. рублей)» under «Объем» alone; «Результат» takes none of them.
    const lines = ["N п/п", "Мероприятие", "Исполнитель", "Срок", "Источники", "Объем", "Результат", "финансирования", "финансирования", "(тыс. рублей)"];
    expect(captions(lines, 7, named("number", "name", "responsible", "deadline", "result"))).toEqual([
      "number:N п/п",
      "name:Мероприятие",
      "responsible:Исполнитель",
      "deadline:Срок",
      "extra:Источники финансирования",
      "extra:Объем финансирования (тыс. рублей)",
      "result:Результат",
    ]);
    // An adjective opens a caption as a head noun does; an uncatalogued caption before the one that wants the line
    // («Примечание» before «Источник») takes nothing.
    const second = ["№", "Содержание работы", "Примечание", "Источник", "Финансовое", "Исполнитель", "финансирования", "обеспечение, тыс.", "руб."];
    expect(captions(second, 6, named("number", "name", "responsible"))).toEqual([
      "number:№",
      "name:Содержание работы",
      "extra:Примечание",
      "extra:Источник финансирования",
      "extra:Финансовое обеспечение, тыс. руб.",
      "responsible:Исполнитель",
    ]);
  });

  test("a caption's word a narrow column broke without a hyphen is one word («Источни» / «к», «финансиро» / «вания»)", () => {
    // Drawing order: each caption's lines together; the narrow extra columns broke their captions' words at the edge.
    const lines = ["N п/п", "Сроки", "реализации", "Содержание работы", "Источни", "к", "финансиро", "вания", "Ответственный", "исполнитель", "Отметка о", "выполнени", "и"];
    expect(drawnHeaderColumns(lines, 6, named("number", "deadline", "name", "responsible"))?.map((c) => `${c.key ?? "extra"}:${c.caption}`)).toEqual([
      "number:N п/п",
      "deadline:Сроки реализации",
      "name:Содержание работы",
      "extra:Источник финансирования",
      "responsible:Ответственный исполнитель",
      "extra:Отметка о выполнении",
    ]);
  });

  test("a caption's later line run on into the next caption's first line, no sub-captions under them (a browser's copy)", () => {
    const keys = named("number", "name", "responsible", "deadline", "result");
    const lines = ["№ Наименование мероприятия Исполнители Срок", "исполнения", "Форма", "завершения Примечание"];
    expect(drawnHeaderColumns(lines, 6, keys)?.map((c) => `${c.key ?? "extra"}:${c.caption}`)).toEqual([
      "number:№",
      "name:Наименование мероприятия",
      "responsible:Исполнители",
      "deadline:Срок исполнения",
      "result:Форма завершения",
      "extra:Примечание",
    ]);
  });

  test("a caption's later line in brackets («(показатель)») continues it (drawing order)", () => {
    const keys = named("number", "name", "deadline", "responsible", "result");
    const six = ["№", "п/п", "Наименование", "мероприятия", "Срок", "исполнения", "Ответственные", "исполнители", "Источни", "к", "финанси", "рования", "Ожидаемый", "результат", "(показатель)"];
    expect(drawnHeaderColumns(six, 6, keys)?.map((c) => `${c.key ?? "extra"}:${c.caption}`)).toEqual([
      "number:№ п/п",
      "name:Наименование мероприятия",
      "deadline:Срок исполнения",
      "responsible:Ответственные исполнители",
      "extra:Источник финансирования",
      "result:Ожидаемый результат (показатель)",
    ]);
  });

  test("captions in drawing order (a browser's copy of a PDF): each caption's lines together, one-line captions run together", () => {
    // The header search left «N» out: «п/п» opens the number's caption. «Содержание работы» and «Примечания» stand on
    // one baseline and come on one line; its capitals part them into the six captions the column numbers count.
    const lines = ["п/п", "Сроки", "реализации", "Содержание работы Примечания", "Ответственный", "исполнитель", "Результаты"];
    const drawn = (count: number) => drawnHeaderColumns(lines, count, named("number", "deadline", "name", "responsible", "result"))?.map((c) => `${c.key ?? "extra"}:${c.caption}`);
    expect(drawn(6)).toEqual([
      "number:п/п",
      "deadline:Сроки реализации",
      "name:Содержание работы",
      "extra:Примечания",
      "responsible:Ответственный исполнитель",
      "result:Результаты",
    ]);
    // Capitals that would not make the count part nothing.
    expect(drawn(7)).toBeUndefined();
    // Read row by row, the same lines give no header.
    expect(captions(lines, 6, named("number", "deadline", "name", "responsible", "result"))).toBeUndefined();
  });

  test("a weak «Показатель» beside a plain «Результат» is an extra column", () => {
    expect(captions(["№", "Мероприятие", "Целевой показатель", "Срок", "Результат"], 5, named("number", "name", "deadline", "result"))).toEqual([
      "number:№",
      "name:Мероприятие",
      "extra:Целевой показатель",
      "deadline:Срок",
      "result:Результат",
    ]);
  });

  test("a deadline printed in two columns: the end's caption after the start's is a column of its own", () => {
    const keys = named("number", "name", "deadline", "responsible", "result");
    const got = headerColumns(["№ п/п", "Мероприятие", "Дата начала", "Дата окончания", "Исполнитель", "Результат"], 6, keys);
    expect(got?.map((c) => `${c.key ?? "extra"}:${c.caption}`)).toEqual(["number:№ п/п", "name:Мероприятие", "deadline:Дата начала", "extra:Дата окончания", "responsible:Исполнитель", "result:Результат"]);
    expect(got?.[3]).toMatchObject({ spanEnd: true });
    // Two deadline captions that name no span are no header of these columns.
    expect(headerColumns(["№", "Мероприятие", "Срок", "Срок исполнения", "Результат"], 5, named("number", "name", "deadline", "result"))).toBeNull();
  });

  test("without column numbers, the span's end stands right after the deadline among the columns the header names", () => {
    const cells = { number: "№", name: "Мероприятие", deadline: "Срок начала", responsible: "Исполнитель", result: "" };
    const got = spanColumns(["number", "deadline", "name", "responsible", "result"], named("number", "name", "deadline", "responsible"), cells, "Срок окончания");
    expect(got.map((c) => `${c.key ?? "extra"}:${c.caption}`)).toEqual(["number:№", "deadline:Срок начала", "extra:Срок окончания", "name:Мероприятие", "responsible:Исполнитель"]);
  });

  test("lines that disagree with the count or the keys found give no columns", () => {
    expect(headerColumns(["№", "Мероприятие", "Срок"], 4, named("number", "name", "deadline"))).toBeNull();
    expect(headerColumns(["№", "Мероприятие", "Срок", "Исполнитель"], 4, named("number", "name", "deadline"))).toBeNull();
  });
});

describe("a caption merged over the years under it, in drawing order", () => {
  const keys = named("number", "name", "responsible", "deadline", "result");
  const drawn = (lines: string[], count: number) => drawnHeaderColumns(lines, count, keys)?.map((c) => `${c.key ?? "extra"}:${c.caption}`);

  test("the caption no catalogue names is a column per year, each named by both", () => {
    // «тыс. руб.» and «Результат» stand on one baseline: the capital parts them.
    expect(drawn(["п/п", "Мероприятие Исполнитель Срок", "Объём финансирования,", "тыс. руб. Результат", "2026 год 2027 год"], 7)).toEqual([
      "number:п/п",
      "name:Мероприятие",
      "responsible:Исполнитель",
      "deadline:Срок",
      "extra:Объём финансирования, тыс. руб. 2026 год",
      "extra:Объём финансирования, тыс. руб. 2027 год",
      "result:Результат",
    ]);
  });

  test("a header joined into one line, the years on the next, three of them", () => {
    expect(drawn(["№ Мероприятие Финансовое обеспечение, тыс. руб. Исполнитель Срок Результат", "2026 г. 2027 г. 2028 г."], 8)).toEqual([
      "number:№",
      "name:Мероприятие",
      "extra:Финансовое обеспечение, тыс. руб. 2026 г.",
      "extra:Финансовое обеспечение, тыс. руб. 2027 г.",
      "extra:Финансовое обеспечение, тыс. руб. 2028 г.",
      "responsible:Исполнитель",
      "deadline:Срок",
      "result:Результат",
    ]);
  });
});

describe("the columns a header counts where no column numbers do", () => {
  const plan = named("number", "name", "deadline", "responsible", "result");
  test("captions wrapped whole one after another: a funding caption is a column of its own", () => {
    // Writer's table in drawing order (pdftotext -raw, a viewer's copy): each caption's lines together.
    const drawn = ["№", "п/п", "Наименование", "мероприятия", "Срок", "исполнения", "Ответственный", "исполнитель", "Источник", "финансирования", "Ожидаемый", "результат"];
    expect(drawnCaptionCount(drawn, plan)).toBe(6);
    // Row by row: the captions' first lines, then the wrapped ones.
    expect(drawnCaptionCount(["N п/п", "Мероприятие", "Исполнитель", "Источник", "Срок", "Результат", "финансирования"], plan)).toBe(6);
    // Captions of one line on one baseline run together, a later caption's line after them.
    expect(drawnCaptionCount(["N", "п/п Мероприятие Исполнитель Срок Результат Целевой", "показатель"], plan)).toBe(6);
  });
  test("a header of catalogued captions alone counts nothing more than they do", () => {
    expect(drawnCaptionCount(["№", "п/п", "Наименование", "мероприятия", "Срок", "исполнения", "Ответственный", "исполнитель", "Ожидаемый", "результат"], plan)).toBeNull();
  });
  test("a line the header search took from under the captions counts no column", () => {
    // The first row's deadline centred in its cell, a section's title with no number.
    expect(drawnCaptionCount(["№ п/п", "Период реализации", "Наименование мероприятия", "Исполнитель", "Результаты", "В течении года"], named("number", "deadline", "name", "responsible", "result"))).toBeNull();
    expect(drawnCaptionCount(["N п/п", "Мероприятие", "Ответственные", "Сроки реализации", "Ожидаемый результат", "Информационное сопровождение"], plan)).toBeNull();
  });
  test("a column left for the report counts among the plan's columns, not after them", () => {
    // Printed last, «Отметка о выполнении» is mostly empty: text without cells gives nothing of it but its caption.
    expect(drawnCaptionCount(["№", "п/п", "Наименование", "мероприятия", "Срок", "Ответственные", "Результат", "Отметка о", "выполнении"], plan)).toBeNull();
    expect(drawnCaptionCount(["N п/п", "Сроки реализации", "Содержание работы", "Примечания", "Ответственный исполнитель", "Результаты"], named("number", "deadline", "name", "responsible", "result"))).toBe(6);
    // Beside a filled one, it counts last as well; the narrow columns break their captions' words.
    expect(drawnCaptionCount(["№", "п/п", "Наименование", "мероприятия", "Ответственные", "исполнители", "Срок", "реализации", "Целевой", "показател", "ь", "Ожидаемый", "результат", "Примечани", "е"], plan)).toBe(7);
  });
});
