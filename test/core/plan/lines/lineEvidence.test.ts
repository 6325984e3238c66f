import { lineEvidence, lineReadsAsDeadline, readsAsDeadlineAlone, strongestColumn } from "../../../../src/core/plan/lines/lineEvidence";

describe("what a loose line says about its column", () => {
  test.each([
    ["до 1 марта 2026 года", "deadline"],
    ["ежемесячно до 5 числа", "deadline"],
    ["О.С. Гусева, методист", "responsible"],
    ["Волкова М.Ю., главный специалист", "responsible"],
    ["руководители ОО", "responsible"],
    // A body's members, in the nominative (the name's words say «членов»).
    ["члены рабочей группы", "responsible"],
    ["МКУ «ЦРО»", "responsible"],
    // Initials whose surname ended the line before, closing the bracket it opened.
    ["Л.Г.)", "responsible"],
    ["Сформирован банк данных", "result"],
    ["Не менее 15 участников", "result"],
    ["Мониторинг аттестации педагогических", "name"],
    // A deadline's opening words, its rest a line or a page further («года»).
    ["в течение", "deadline"],
    // A frequency adjective at the line's end qualifies the noun on the next line: no deadline.
    ["Назначение ежемесячной", "name"],
    // The years a programme is for end its name: no deadline opens with «на».
    ["на 2029–2031 годы", "name"],
    ["на 2028/2029 учебный год", "name"],
  ])("«%s» → %s", (line, column) => {
    expect(strongestColumn(line)).toBe(column);
  });

  test("a report's deadline wrapped after «месяца,» («следующего за» / «отчётным») is a deadline's words, no result's «отчёт»", () => {
    for (const line of ["следующего за", "отчётным", "следующего за отчетным"]) {
      expect(lineEvidence(line).deadline).toBeGreaterThan(0);
      expect(lineEvidence(line).result).toBeLessThanOrEqual(0);
    }
    // A report, a reporting document: a result's words still.
    for (const line of ["Отчёт о выполнении плана", "отчётная документация", "Отчеты представлены"]) expect(strongestColumn(line)).toBe("result");
  });

  test("an executor's consent in brackets, whole or its broken-off end, is the executors' (the official fixtures)", () => {
    for (const line of ["организаций, ФГБОУ ВО «УрГПУ» (по согласованию)", "образования (по согласованию)", "(по согласованию)", "согласованию)", "согласованию);"]) {
      expect(strongestColumn(line)).toBe("responsible");
      expect(lineEvidence(line).deadline).toBeLessThan(0);
    }
    // Bare on its line the words may be a deadline's own («Срок: по согласованию»), but officials print them under an
    // executor: they weigh for the executors, and for the deadline before the name or the result (see below).
    // «(по» alone may open «(по плану …)».
    expect(lineEvidence("по согласованию").deadline).toBeGreaterThan(Math.max(lineEvidence("по согласованию").name, lineEvidence("по согласованию").result));
    expect(lineEvidence("в течение года (по").responsible).toBeLessThanOrEqual(0);
  });

  test("the consent ends one party, not the cell: a party after it leaves it the executors' words", () => {
    for (const line of ['органы местного самоуправления (по согласованию) ГАУ ДПО "ЗИРО"', "ИРО (по согласованию), отдел образования", "вузы (по согласованию) министерство строительства области"]) {
      expect(strongestColumn(line)).toBe("responsible");
    }
  });

  test("a span's end wrapped onto a line of its own after its dash is a deadline's line, as sure as the span's start", () => {
    expect(lineEvidence("– январь 2027 года")).toEqual(lineEvidence("январь 2027 года"));
    expect(lineEvidence("– Иванов И.И.").deadline).toBeLessThan(0);
  });

  test("a term counted from an event reads as a deadline; a span of years in a name or an event alone does not", () => {
    for (const line of ["в течение 30 дней с даты заключения трудового договора", "в течение 5 рабочих дней", "в 10-дневный срок после утверждения", "в течение месяца со дня вступления в силу"]) {
      expect(strongestColumn(line)).toBe("deadline");
    }
    for (const line of ["молодых педагогов в течение первых трёх лет работы", "по итогам учебного года"]) expect(lineReadsAsDeadline(line)).toBe(false);
  });

  test("a name's continuation in the genitive is no executor («руководителей» against «руководители»)", () => {
    expect(lineEvidence("руководителей образовательных организаций").responsible).toBeLessThanOrEqual(0);
    expect(lineEvidence("руководители образовательных организаций").responsible).toBeGreaterThan(0);
    expect(lineEvidence("образовательных организаций").responsible).toBeLessThanOrEqual(0);
    expect(lineEvidence("образовательные организации").responsible).toBeGreaterThan(0);
  });

  test("the heads of bodies are a position («главы муниципальных районов», krasnopolsky-2029 3.3)", () => {
    expect(strongestColumn("главы муниципальных районов")).toBe("responsible");
    expect(strongestColumn("глава администрации района")).toBe("responsible");
  });

  test("a target wrapped after its «не» is a result's line as much as its figure alone", () => {
    // «прошедших обучение, не» / «менее 70 %»: the line holding «менее» weighs for the result as «70 %» does.
    expect(strongestColumn("менее 10 договоров о целевом обучении")).toBe("result");
    expect(lineEvidence("менее 70 %").result).toBeGreaterThanOrEqual(lineEvidence("70 %").result);
    expect(lineEvidence("более 5 семинаров").result).toBeGreaterThan(0);
  });

  test("a position's genitive wrapped onto its own line is no calendar word («начальника» is not «начала»)", () => {
    expect(lineEvidence("начальника управления").deadline).toBeLessThanOrEqual(0);
    expect(lineEvidence("заместителя начальника отдела").deadline).toBeLessThanOrEqual(0);
    expect(lineEvidence("с начала учебного года").deadline).toBeGreaterThan(0);
    expect(lineEvidence("в начале года").deadline).toBeGreaterThan(0);
  });

  test("a body's noun in the nominative is an executor, not an action noun; in an oblique case, neither", () => {
    // «-ство», «-ние», «-ция» end action nouns too («Проведение», «Организация»): a body names no action.
    for (const line of ["Министерство образования", "Управление образования", "Администрация округа"]) expect(strongestColumn(line)).toBe("responsible");
    // A name's words about a body («Взаимодействие с» / «Министерством просвещения по»).
    for (const line of ["Министерством просвещения по", "Управлению образования"]) expect(lineEvidence(line).responsible).toBeLessThanOrEqual(0);
  });

  test("a service named first, in lower case too, is an executor; in an oblique case it is not", () => {
    // krasnopolsky-2029: «пресс-служба министерства» / «образования области» after a list of a name's measures.
    for (const line of ["пресс-служба министерства", "Служба занятости населения", "служба сопровождения"]) expect(strongestColumn(line)).toBe("responsible");
    expect(lineEvidence("службы занятости").responsible).toBeLessThanOrEqual(0);
  });

  test("the consent bare on its own line weighs for the executors more than for the deadline", () => {
    // The deadline parser reads «по согласованию» as on demand; under an executor («ИРО» / «по согласованию») it is
    // the party's note, as officials print it.
    const e = lineEvidence("по согласованию");
    expect(e.responsible).toBeGreaterThan(e.deadline);
    expect(e.responsible).toBeGreaterThan(Math.max(e.name, e.result));
    expect(strongestColumn("по согласованию")).toBe("responsible");
    // A deadline that merely holds the words stays a deadline's line.
    expect(strongestColumn("по согласованию с министерством")).toBe("deadline");
  });

  test("a result that says how often it comes true is no deadline by itself; a deadline glued before a result still is", () => {
    for (const line of ["- компенсацию получают не менее 5 педагогов ежегодно;", "реестр обновляется ежемесячно", "не менее 5 договоров ежегодно"]) {
      expect(lineReadsAsDeadline(line)).toBe(true);
      expect(readsAsDeadlineAlone(line)).toBe(false);
      expect(lineEvidence(line).deadline).toBeLessThanOrEqual(lineEvidence(line).result);
    }
    for (const line of ["ежеквартально не менее 8 публикаций в год", "до 1 марта 2026 года", "ежегодно, до 1 октября"]) expect(readsAsDeadlineAlone(line)).toBe(true);
  });

  test("a wrapped fragment alone says nothing", () => {
    expect(strongestColumn("вакантных должностей педагогических")).toBeNull();
  });
});
