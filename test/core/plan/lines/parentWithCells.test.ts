import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";
import { holdsOwnCells } from "../../../../src/core/plan/lines/parentWithCells";

/** A text without layout as the text reader gives it: one text block per line. */
const rawText = (lines: readonly string[]): SourceDocument => ({ name: "plan.txt", sheet: null, blocks: lines.map((text, i) => ({ kind: "text" as const, row: i + 1, text })) });

const HEADER = ["№ п/п Наименование мероприятия Срок реализации Ответственные", "исполнители", "Ожидаемый результат"];

describe("a numbered row over its sub-items: a parent item with cells of its own, or its group's heading", () => {
  test("a number alone on its line leaves its row's title to the lines under it", () => {
    // Writer's narrow № column (pdftotext -raw): «1.1.» over its title's lines, a sub-item 1.1.1 under the row.
    const row = ["Сбор сведений о", "вакансиях в", "общеобразовательных", "организациях", "ежемесячно до", "5 числа", "Кузьмина Н.В.,", "ведущий специалист"];
    expect(holdsOwnCells(["", ...row])).toBe(true);
    expect(holdsOwnCells(row)).toBe(true);
  });
  test("a parent's title is followed by its deadline and executors; a heading's lines are its title alone", () => {
    // Chromium's drawing order (sosnogorsky-2034 raw text): the deadline and the executors' first line on one line.
    expect(holdsOwnCells(["Предоставление мер социальной", "поддержки педагогическим работникам,", "организации округа, в том числе:", "2034–2036 гг. Администрация", "Сосногорского", "муниципального округа;", "Управление образования", "меры поддержки получили не"])).toBe(true);
    expect(holdsOwnCells(["Организация целевого обучения по", "образовательным программам высшего и", "педагогического образования:"])).toBe(false);
    // A year that ends a wrapped title follows an open phrase: no deadline of the row's.
    expect(holdsOwnCells(["Мероприятия по реализации программы на", "2026 год", "Управление образования"])).toBe(false);
    // A heading of one line, then the first row's lines centred beside its number (pdftotext without -raw).
    expect(holdsOwnCells(["Целевое обучение", "Заключение договоров о целевом", "до 1 июля 2027 Отдел образования,"])).toBe(false);
  });

  test("where the executors' column stands before the deadline's, the executors follow the title and the deadline them", () => {
    // pdftotext -raw of a plan «№ | Наименование | Ответственные | Срок | Результат» (rechnoy-2030's 3.2).
    expect(holdsOwnCells(["Организация повышения", "квалификации педагогических", "работников, в том числе:", "МКУ «Методический", "центр» (Зайцева О.В.)", "в течение", "2030–2032 годов", "не менее 30 % педагогов"])).toBe(true);
    // A body's name that goes on an open title is the title's; no deadline follows a heading's title.
    expect(holdsOwnCells(["Организация работы клуба на базе", "МБОУ «СОШ № 2»"])).toBe(false);
    expect(holdsOwnCells(["Кадровое обеспечение:", "Управление образования"])).toBe(false);
    // pdftotext without -raw: a heading's title, then other rows' cells, lower case first (kamensky-2027's section 2).
    expect(holdsOwnCells(["Привлечение молодых специалистов", "сводная", "информация о", "вакансиях", "МКУ", "«Информационн", "30.04.2027"])).toBe(false);
  });

  test("text in drawing order: the parent stays an item over its sub-items, the group's row a heading", () => {
    const doc = rawText([
      ...HEADER,
      "I. Привлечение педагогических кадров",
      "1. Организация целевого обучения по",
      "программам педагогического образования:",
      "1.1. формирование заявки на целевое обучение",
      "ежегодно, до 1",
      "марта",
      "Ковалёва Н.В., заместитель",
      "начальника Управления образования",
      "заявка направлена",
      "2. Предоставление мер социальной",
      "поддержки педагогическим работникам, в том числе:",
      "2034–2036 гг. Администрация округа;",
      "Управление образования",
      "меры поддержки получили не",
      "менее 15 педагогических работников",
      "2.1. выплата единовременного пособия",
      "молодым специалистам",
      "по мере",
      "трудоустройства",
      "Управление образования",
      "приказы о выплате",
      "2.2. компенсация расходов на наём жилья",
      "ежемесячно Отдел жилищной политики",
      "компенсация выплачена всем",
    ]);
    const r = structurePlan(doc);
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => s.number)).toEqual(["I", "1"]);
    expect(r.plan.items.map((it) => [it.number, it.deadline.text])).toEqual([
      ["1.1", "ежегодно, до 1 марта"],
      ["2", "2034–2036 гг."],
      ["2.1", "по мере трудоустройства"],
      ["2.2", "ежемесячно"],
    ]);
  });
});
