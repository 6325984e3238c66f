import { cellContinuation, continuation, deadlineGoesOn, endsOnBodilessPosition, endsExecutorBefore, endsExecutorsCellBefore, endsOpen, endsWithAdjective, opensNextParty, opensNoExecutorCell, opensNoPartyWords, opensPartyAfterBody, quoteBalance, startsMidPhrase } from "../../../../src/core/plan/lines/continuesLine";

describe("wrapped lines of one cell", () => {
  test.each([
    ["Организация и проведение методических семинаров для", true],
    ["психолого-", true],
    ["УО, О.С. Гусева, методист,", true],
    ["Мониторинг аттестации педагогических работников и", true],
    ["Разработка и утверждение базы данных", false],
    ["Приказ управления образования.", false],
    // A target of how many: its figure is on the next line of the cell.
    ["Доля педагогов, прошедших обучение, не менее", true],
    // Read from the end: trailing spaces, a dash or an opening quote or bracket, a capital, a long word ending in one.
    ["проведение конкурса «Педагог года» (  ", true],
    ["совещание руководителей –", true],
    ["ГАУ ДПО «", true],
    ["Обучение ПО  ", true],
    ["Подведение итогов через", true],
    ["участие в форуме Спо", false],
    ["Отчёт о работе", false],
    ["совместно с руководителями", false],
    // A compound preposition at the end: its last word alone says nothing, the word before it does.
    ["компенсация в течение", true],
    ["ежегодно в течении", true],
    ["изменение течения", false],
    ["бурное течение", false],
    // A comparison closed by «и более» asks for nothing more; «не менее» asks for its figure.
    ["работающих на 1,5 ставки и более", false],
    ["стажем 5 лет или менее", false],
  ])("«%s» stops mid-phrase: %s", (line, open) => {
    expect(endsOpen(line)).toBe(open);
  });

  test("an adjective at the end waits for its noun on the next line of the cell", () => {
    expect(endsWithAdjective("вакантных должностей педагогических")).toBe(true);
    expect(endsWithAdjective("работы муниципального")).toBe(true);
    expect(endsWithAdjective("руководители образовательных организаций")).toBe(false);
  });

  test("adjectives in the nominative and the feminine wait for their noun too; nouns with such endings do not", () => {
    for (const line of ["работников на квалификационные", "с участием представителей профсоюзной", "по результатам независимой", "совместно с педагогическим", "методические"]) expect(endsWithAdjective(line)).toBe(true);
    for (const line of ["обучение", "развитие молодых педагогов", "для детей", "над работой", "категории"]) expect(endsWithAdjective(line)).toBe(false);
  });

  test("guillemets a line opens or closes: a body's name cut inside its quotes", () => {
    expect(quoteBalance("МКУ «Центр развития")).toEqual({ depth: 1, low: 0 });
    expect(quoteBalance("образования»")).toEqual({ depth: -1, low: -1 });
    expect(quoteBalance("МБОУ «СОШ № 3», «Педагог")).toEqual({ depth: 1, low: 0 });
    expect(quoteBalance("года» и «Учитель")).toEqual({ depth: 0, low: -1 });
  });

  test("a line in lower case continues something; a capital opens", () => {
    expect(startsMidPhrase("вакантных должностей педагогических")).toBe(true);
    expect(startsMidPhrase("Приказ управления")).toBe(false);
  });

  test("a wrap that reads through scores above a new phrase after a complete one", () => {
    const through = continuation("Организация и проведение методических семинаров для", "молодых специалистов");
    const lower = continuation("Разработка и утверждение базы данных", "вакантных должностей");
    const fresh = continuation("Сформирован банк данных.", "Приказ управления");
    expect(through).toBeGreaterThan(lower);
    expect(lower).toBeGreaterThan(0);
    expect(fresh).toBeLessThan(0);
  });

  test("a person's full name closes its phrase; a surname cut from its initials goes on", () => {
    expect(continuation("А.В. Новикова", "образования")).toBeLessThan(0);
    expect(continuation("Приказ управления", "образования")).toBeGreaterThan(0);
    expect(continuation("МБОУ «СОШ № 3»; Фёдорова", "О.С., главный специалист")).toBeGreaterThan(continuation("Аналитическая справка", "О.С., главный специалист"));
  });
});

describe("deadlineGoesOn: a deadline broken where no deadline ends", () => {
  test.each([
    ["ежегодно до 1", "сентября"],
    ["ежемесячно до 10", "числа"],
    ["до 25 декабря", "2025 года"],
    ["IV квартал", "2027 г."],
    ["до 1 июля 2027", "г."],
    ["в течение", "учебного года"],
    ["не позднее", "15 марта"],
    ["по мере", "необходимости"],
    ["третья декада", "января"],
    ["конец", "мая 2028 г."],
    // A deadline's word broken at the edge before a rest that is a word too.
    ["необходимост", "и"],
  ])("«%s» / «%s» goes on", (a, b) => expect(deadlineGoesOn(a, b)).toBe(true));
  test.each([
    ["Проведено 4", "семинаров"],
    ["Заключено не менее 10", "договоров о целевом"],
    ["по мере", "комиссии"],
    ["в течение", "педагогов"],
    // A whole word before a conjunction: nothing broken.
    ["по мере необходимости", "и"],
    ["до 25 декабря", "15 участников"],
    ["Методическая декада", "Управление образования"],
  ])("«%s» / «%s» does not", (a, b) => expect(deadlineGoesOn(a, b)).toBe(false));
});

describe("opensNoExecutorCell: lines an executors' cell never opens with", () => {
  test("a preposition or a conjunction in lower case, an adjective in an oblique case", () => {
    for (const line of ["для педагогов дошкольных образовательных организаций по", "педагогических работников на территории муниципального", "муниципального округа", "и молодых специалистов", "по итогам учебного года"]) {
      expect(opensNoExecutorCell(line)).toBe(true);
    }
  });

  test("positions, bodies in the nominative and capitalised names open one", () => {
    for (const line of ["руководители образовательных", "заместители директоров по УВР", "образовательные организации", "классные руководители", "Павлова Т.И., методист", "Управление образования", "МКУ «ЦРО»"]) {
      expect(opensNoExecutorCell(line)).toBe(false);
    }
  });

  test("a feminine adjective in an oblique case («-ной», «-ней») opens none; a masculine nominative in «-ной» may", () => {
    // krasnopolsky-2029 4.3: «Подготовка доклада о ходе реализации» / «дорожной карты» / «начальник отдела …».
    expect(["дорожной карты", "средней школы", "областной бюджет", "окружной методический центр"].map(opensNoExecutorCell)).toEqual([true, true, false, false]);
  });
});

describe("an executors' cell ended whole", () => {
  test.each([
    ["руководители ОО", "не требуется", true],
    ["(Кузнецова А.А.)", "прогноз потребности", true],
    ["МКУ «Районный методический центр»", "отчёт направлен", true],
    // A noun in -ие opens a result, not an executor: only an adjective ends so, after к, г, х or a hissing consonant.
    ["бухгалтерия»", "пособие", true],
    ["МКУ «ИМЦ»", "обучение проведено", true],
    ["МКУ «ИМЦ»", "городские методические объединения", false],
    ["руководители ОО", "общие собрания", false],
    // Another executor: a position, an adjective in the nominative, a capital.
    ["руководители ОО", "заместители директоров", false],
    ["МКУ «ИМЦ»", "районное методическое объединение", false],
    ["(Кузнецова А.А.)", "Управление образования", false],
    // Not ended: a wrap inside a body's name.
    ["Отдел", "образования", false],
  ])("«%s» then «%s»: %s", (prev, next, ended) => {
    expect(endsExecutorBefore(prev, next)).toBe(ended);
  });

  test("a deadline broken where no deadline ends is carried on like an open phrase", () => {
    expect(continuation("не позднее", "15.05.2028")).toBeGreaterThan(1);
  });
});

describe("an executor's name wrapped in a narrow column", () => {
  test.each([
    ["округа, МКУ", true],
    ["кабинет», ГАУ ДПО", true],
    ["МБДОУ", true],
    ["руководители ОО", false],
    ["МКУ «ИМЦ»", false],
    // Straight quotes, as a legal system's text prints names: the last one closes where they pair up.
    ['ГАУ ДПО "ЗИРО"', false],
    ['ГАУ ДПО "', true],
    ['МБОУ "СОШ N 2", МБОУ "', true],
  ])("«%s» ends with an organisation's legal form, its name to follow: %s", (line, open) => {
    expect(endsOpen(line)).toBe(open);
  });

  test.each([
    ["Отдел общего образования, руководители", true],
    ["Руководители", true],
    ["Гусева Н.А., заместитель", true],
    ["начальник", true],
    ["руководители школ", false],
    // A position an adjective qualifies is whole.
    ["Классные руководители", false],
    ["директор МКУ «ЦРО»", false],
  ])("«%s» ends with a position that names no body yet, its body to follow («руководители» / «ОО»): %s", (line, open) => {
    expect(endsOnBodilessPosition(line)).toBe(open);
  });

  test("a position's body in the genitive goes on surer than a capitalised line, which may open the next party", () => {
    const genitive = cellContinuation("начальник", "отдела кадров;");
    const abbreviation = cellContinuation("руководители", "ОО");
    const nextParty = cellContinuation("начальник", "Совет молодых педагогов");
    // A name's wrapped line in lower case goes on by 1 (continuation): the body must gain more than that.
    expect(genitive).toBeGreaterThan(continuation("по итогам учебного года", "отдела кадров;") + 0.5);
    expect(genitive).toBeGreaterThan(abbreviation);
    expect(abbreviation).toBeGreaterThan(0);
    expect(nextParty).toBeLessThan(0);
  });

  test("a surname in brackets at the end and the initials first are one person's name", () => {
    expect(continuation("центр» (Белова", "Л.Г.)")).toBe(2);
  });
});

describe("an executors' cell's parties, one to a paragraph", () => {
  test.each([
    ["УО", "Совет молодых", true],
    ["методист", "МКУ «Центр", true],
    ["МКУ «ЦРО»", "Управление образования", true],
    ["(Ситникова О.В.)", "руководители ОО", true],
    // A name's title in quotes, or a quote the line did not open, may end a name: the body after it is no next party.
    ["«Педагог года»", "ведущий инспектор", false],
    ["округа»", "Управление", false],
    ["о)", "ИРО", false],
    ["Н.Г.)", "ИРО", true],
    // A line that ended no party, or a next line that opens none.
    ["Управление", "образования", false],
    ["УО", "Информация на", false],
  ])("%s / %s: %s", (prev, next, expected) => {
    expect(opensNextParty(prev, next)).toBe(expected);
  });

  test.each([
    // A body's name ends on a noun in lower case; the next paragraph opens capitalised with a body or a position.
    ["района", "Совет молодых", true],
    ["образования", "МКУ", true],
    ["муниципальным имуществом", "Отдел образования", true],
    ["округа", "Директор МБОУ", true],
    // An adjective, a preposition, a position without its body: the name goes on.
    ["Комитет по", "Управлению образования", false],
    ["муниципального", "Управление", false],
    ["руководители", "МКУ «ИМЦ»", false],
    // The next line opens no party, or opens in lower case (a genitive goes on anyway: continuation).
    ["района", "Листвянского", false],
    ["района", "пособие получили", false],
  ])("a body's name ends on %s, then %s: the next party %s", (prev, next, expected) => {
    expect(opensPartyAfterBody(prev, next)).toBe(expected);
  });

  test("a capitalised adjective in an oblique case neither goes on a party ended whole nor opens one", () => {
    expect(endsExecutorsCellBefore("(Ситникова О.В.)", "Озёрского")).toBe(true);
    expect(endsExecutorsCellBefore("МКУ «ЦРО»", "Муниципального округа")).toBe(true);
    // A body's name wrapped before its place goes on: the line before ended no party.
    expect(endsExecutorsCellBefore("Управление образования", "Озёрского")).toBe(false);
    expect(endsExecutorsCellBefore("(Ситникова О.В.)", "Отдел образования")).toBe(false);
  });

  test.each([
    // After a body's name ending on a noun: a verbal noun or a noun of quality in the nominative opens a result.
    ["организаций", "соответствие штатной", true],
    ["района", "потребность", true],
    ["образования", "участие в конкурсе", true],
    // A thing made, a source of funding.
    ["администрации района", "доля молодых", true],
    ["образования", "местный бюджет", true],
    ["Финансовое управление", "средства областного", true],
    ["МКУ «ЦБ»", "местный бюджет", true],
    ["(Крылова И.П.)", "за счёт средств", true],
    // The body's own noun after its adjective, a genitive going on, a position's body: the cell goes on.
    ["Финансовое", "управление", false],
    ["Отдел образования", "управление образования", false],
    ["областной и федеральный", "бюджеты", false],
    ["районное методическое", "объединение молодых", false],
    ["Отдел образования", "администрации района", false],
    ["руководители", "образовательных организаций", false],
    // An adjective in «-ние» is no verbal noun; a line open at its end asks for more of its cell.
    ["образования", "средние школы", false],
    ["Комитет по", "управление", false],
  ])("%s / %s: the next line opens another cell's words: %s", (prev, next, expected) => {
    expect(opensNoPartyWords(prev, next)).toBe(expected);
    expect(endsExecutorsCellBefore(prev, next)).toBe(expected || endsExecutorBefore(prev, next));
  });
});
