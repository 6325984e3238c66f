import { canFollow, type Line, numberOf, segmentRows } from "../../../../src/core/plan/lines/segmentRows";

const lines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ row: i + 1, text }));
const numbers = (texts: readonly string[], header: readonly string[] = []) => segmentRows(lines(texts), 0, header)?.segments.map((s) => `${s.kind}:${s.number ?? "-"}`);

describe("rows of a plan without cells, from its numbering", () => {
  test("the numbering goes on by one at some level, or opens a first child", () => {
    expect(canFollow([1, 2], [1, 3])).toBe(true);
    expect(canFollow([1, 3], [2, 1])).toBe(true);
    expect(canFollow([1], [1, 1])).toBe(true);
    expect(canFollow([2, 4], [10])).toBe(false);
    expect(canFollow([1, 1], [15])).toBe(false);
  });

  test("a result that starts with a quantity is no row", () => {
    expect(numbers(["1.1. Мониторинг вакансий", "Заключено не менее", "10 договоров о целевом", "обучении", "1.2. Семинар", "май"])).toEqual(["item:1.1.", "item:1.2."]);
  });

  test("a page number before the next row, and the header repeated on the new page, belong to no row", () => {
    const header = ["№ п/п", "Мероприятие", "Срок"];
    const seg = segmentRows(lines(["1. Семинар для молодых", "май", "2", "№ п/п", "Мероприятие", "Срок", "педагогов", "2. Форум", "июнь"]), 0, header)!;
    expect(seg.segments.map((s) => s.pieces.map((p) => p.map((r) => r.text)))).toEqual([[["Семинар для молодых", "май"], ["педагогов"]], [["Форум", "июнь"]]]);
    expect([...seg.furniture].sort()).toEqual([2, 3, 4, 5]);
  });

  test("a bare number that the numbering expects opens a row when text follows", () => {
    expect(numbers(["1", "Семинар", "май", "2", "Форум", "июнь"])).toEqual(["item:1", "item:2"]);
    expect(numbers(["1.1 Семинар", "май", "2", "1.2 Форум", "июнь"])).toEqual(["item:1.1", "item:1.2"]);
  });

  test("headings by word or Roman numeral are sections; a number with children is one too", () => {
    expect(numbers(["Цель 1. Кадры", "Задача 1.1. Резерв", "1.1.1 Семинар", "май", "I. Общие", "1. Форум", "июнь", "2. Подготовка", "2.1 Курсы", "март"])).toEqual([
      "section:-",
      "section:-",
      "item:1.1.1",
      "section:I.",
      "item:1.",
      "section:2.",
      "item:2.1",
    ]);
  });

  test("under a heading the items may go on from the last item's number, not the heading's («Задача 4.» over item «4.»)", () => {
    // Tasks numbered through the plan, items numbered again in every Раздел: task 4 heads item 4 of its Раздел.
    expect(numbers(["Раздел II. Кадры", "Задача 3. Резерв", "1. Семинар", "май", "2. Курсы", "март", "3. Форум", "июнь", "Задача 4. Поддержка", "4. Жильё", "июнь", "5. Выплаты", "июль"])).toEqual([
      "section:-",
      "section:-",
      "item:1.",
      "item:2.",
      "item:3.",
      "section:-",
      "item:4.",
      "item:5.",
    ]);
    // A number the last item cannot be followed by stays the heading's text.
    expect(numbers(["Задача 1. Резерв", "1. Семинар", "май", "Задача 2. Поддержка", "7. Жильё", "июнь"])).toEqual(["section:-", "item:1.", "section:-"]);
  });

  test("an executor's initials and surname alone do not end the plan; the signature does", () => {
    const seg = segmentRows(lines(["1. Семинар", "май", "2. Форум", "Л.А. Волкова", "июнь", "Начальник управления ____ О.В. Лебедева"]), 0, [])!;
    expect(seg.segments[1].pieces[0].map((r) => r.text)).toEqual(["Форум", "Л.А. Волкова", "июнь"]);
    expect(seg.end).toBe(5);
  });

  test("a deadline or a date at the start of a line is no number", () => {
    expect(numberOf("1 марта 2026 года")).toBeNull();
    expect(numberOf("15.03.2026")).toBeNull();
    expect(numberOf("II квартал")).toBeNull();
    expect(numberOf("2.5. по мере")).toEqual({ number: "2.5.", rest: "по мере", heading: false });
  });

  test("a month capitalised in the nominative after a number opens the deadline's cell of that row", () => {
    expect(numberOf("7 Декабрь 2026 года – январь 2027 года")).toEqual({ number: "7", rest: "Декабрь 2026 года – январь 2027 года", heading: false });
    expect(numberOf("7 декабря 2026 года")).toBeNull();
    expect(numberOf("7 декабрь 2026 года")).toBeNull();
    expect(numbers(["6 не позднее", "Семинар", "23.03.2026", "7 Декабрь 2026 года", "Форум", "– январь 2027 года", "8 Май 2027 года", "Конкурс"])).toEqual(["item:6", "item:7", "item:8"]);
  });

  test("a sum whose thousands a space parts («2 426,6 – 10 260,0») is no number", () => {
    expect(numberOf("2 426,6 – 10 260,0")).toBeNull();
    expect(numberOf("1 440,0")).toBeNull();
    expect(numberOf("2 Семинар для 120 педагогов")).toEqual({ number: "2", rest: "Семинар для 120 педагогов", heading: false });
  });
  test("a number printed on a name's second line (cells centred vertically) starts its row at the heading above", () => {
    const seg = segmentRows(lines(["1. Целевое обучение", "Заключение договоров о целевом", "1.1 обучении с выпускниками школ", "май", "1.2 Семинар", "июнь"]), 0, [])!;
    expect(seg.segments[1].pieces[0].map((r) => r.text)).toEqual(["Заключение договоров о целевом", "обучении с выпускниками школ", "май"]);
    expect(seg.segments[0].pieces.flat().map((r) => r.text)).toEqual(["1. Целевое обучение"]);
  });

  test("a heading's wrapped title and a deadline printed first stay where they are", () => {
    const wrapped = segmentRows(lines(["1. Работа с кадровым", "резервом руководителей", "1.1 обучении с выпускниками школ", "май", "1.2 Семинар", "июнь"]), 0, [])!;
    expect(wrapped.segments[1].pieces[0][0].text).toBe("обучении с выпускниками школ");
    const deadline = segmentRows(lines(["1. Кадры", "Семинар для молодых", "1.1 в течение года", "Форум", "1.2 май", "Курсы"]), 0, [])!;
    expect(deadline.segments[1].pieces[0][0].text).toBe("в течение года");
  });

  test("a quantity that opens a result's line («5 договоров») skips no number: the row it would skip still opens", () => {
    // Lines of column A from a PDF whose rows are numbered 1, 2, 3, 4 with no dot.
    expect(numbers(["3 Ярмарка вакансий", "заключено не менее", "5 договоров", "4", "Профильные классы", "открыто 2 класса"])).toEqual(["item:3", "item:4"]);
    // The very next number opens a row whatever follows it: a name wrapped above its number goes on in lower case.
    expect(numbers(["1 Семинар", "май", "2 молодых педагогов", "июнь"])).toEqual(["item:1", "item:2"]);
  });

  test("where the plan prints its whole numbers with a dot, one without it before lower-case words is a cell's figure", () => {
    // «ежемесячно, по состоянию на» / «1 число» under a section's title whose items restart at «1.»: no row «1».
    expect(numbers(["1. Семинар", "май", "2. Форум", "II. Привлечение кадров", "Ведение банка вакансий", "ежемесячно, по", "состоянию на", "1 число", "1. Ярмарка", "июнь"])).toEqual([
      "item:1.",
      "item:2.",
      "section:II.",
      "item:1.",
    ]);
  });

  test("the column numbers under the header, repeated with it on a new page, open no rows «3», «4», «5»", () => {
    const header = ["№ п/п", "Мероприятие", "Примечание", "Срок"];
    const texts = [...header, "1", "2", "3", "4", "Раздел 2. Кадры", "2.1. Семинар", "май", "2.2. Форум", "июнь", "1 из 2", ...header, "1", "2", "3", "4", "2.3. Курсы", "март"];
    const seg = segmentRows(lines(texts), 4, header)!;
    expect(seg.segments.map((s) => `${s.kind}:${s.number ?? "-"}`)).toEqual(["section:-", "item:2.1.", "item:2.2.", "item:2.3."]);
    expect([...seg.columnNumbers.values()]).toEqual([["1", "2", "3", "4"], ["1", "2", "3", "4"]]);
    // On one line, and alone at a page's top without the header: the same count of columns.
    const alone = segmentRows(lines([...header, "1 2 3 4", "1. Семинар", "май", "2. Форум", "2", "1 2 3 4", "июнь", "3. Курсы", "март"]), 4, header)!;
    expect(alone.segments.map((s) => s.pieces.flat().map((r) => r.text))).toEqual([["Семинар", "май"], ["Форум", "июнь"], ["Курсы", "март"]]);
  });

  test("bare item numbers «1», «2», «3» opening rows are no column numbers", () => {
    expect(numbers(["1", "Семинар", "май", "2", "Форум", "июнь", "3", "Курсы", "март"])).toEqual(["item:1", "item:2", "item:3"]);
  });

  test("a bare number with no item of its own after it, among rows numbered 2.3, 2.4, is a column's number, no row", () => {
    // A Writer print through pdftotext without layout: the later columns' numbers («6», «4», «5») come under their
    // captions after the page's rows. Before, «4» and «5» opened rows and «5» took the rest of the plan.
    const texts = ["2.3", "Семинар для молодых", "РМО", "2.4", "Курсы повышения", "Волкова М.Ю.", "Срок", "Результат", "Отметка о", "выполнении", "6", "4", "5", "в течение года", "Приказ", "Раздел 3. Резерв", "3.1", "Форум", "май"];
    expect(numbers(texts)).toEqual(["item:2.3", "item:2.4", "section:-", "item:3.1"]);
    // A section's number printed apart from its title has its first item after it.
    expect(numbers(["2.3", "Семинар", "май", "3", "Работа с резервом", "3.1", "Форум", "июнь"])).toEqual(["item:2.3", "section:3", "item:3.1"]);
  });
});

describe("the column numbers under the header", () => {
  test("a numbered heading after them is the first row, no caption («Задача» names a column too)", () => {
    const texts = ["1", "2", "3", "4", "5", "Задача 1. Повышение профессионального мастерства", "1.1", "Семинар", "ИРО", "май", "1.2", "Совещание", "УО", "июнь"];
    const seg = segmentRows(lines(texts), 0, []);
    expect(seg?.columnCount).toBe(5);
    expect(seg?.segments.map((s) => `${s.kind}:${s.number ?? "-"}`)).toEqual(["section:-", "item:1.1", "item:1.2"]);
  });
});
