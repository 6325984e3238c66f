import { readFileSync } from "fs";
import * as path from "path";
import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

const fixture = (name: string) => {
  const file = path.join(__dirname, "..", "..", "fixtures", "plans", name);
  return structureOrFail(readText(readFileSync(file, "utf8"), name, path.extname(name)));
};

describe("a plan pasted from PDF as a box-drawing table, body rows not ruled off", () => {
  const plan = fixture("pdf-box.txt");

  test("sections «Раздел I/II» and five items with wrapped lines joined", () => {
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ["I", "Раздел I. Диагностика профессиональных дефицитов"],
      ["II", "Раздел II. Повышение квалификации"],
    ]);
    expect(plan.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(plan.items[0].name).toBe("Анкетирование педагогов по выявлению профессиональных дефицитов");
    expect(plan.items[0].responsible.text).toBe("Смирнова Е.А., руководитель ИМЦ");
    expect(plan.items[2].result).toBe("Удостоверения 40 педагогов");
    expect(plan.items[4].deadline).toMatchObject({ text: "до 25 числа ежемесячно", kind: "recurring", every: "month" });
  });

  test("the year of the title dates the deadlines without a year", () => {
    expect(plan.title).toBe("ПЛАН МЕРОПРИЯТИЙ ПО ПОВЫШЕНИЮ КВАЛИФИКАЦИИ ПЕДАГОГОВ НА 2026 ГОД");
    expect(plan.period).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    expect(plan.items[0].deadline).toMatchObject({ kind: "period", start: "2026-01-01", end: "2026-02-28" });
    expect(plan.items[1].deadline).toMatchObject({ kind: "date", start: null, end: "2026-03-01" });
    expect(plan.items[2].deadline).toMatchObject({ kind: "period", start: "2026-10-01", end: "2026-12-31" });
  });

  test("the signature under the table is kept, not made an item", () => {
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Лебедева/);
    expect(plan.columns).toMatchObject({ deadline: "Сроки", responsible: "Ответственные", result: "Форма отчётности" });
  });
});

describe("a plan pasted without its header row", () => {
  const plan = fixture("no-header.tsv");

  test("columns are recognised by their content and the guess is reported", () => {
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(plan.items[1].deadline).toMatchObject({ kind: "date", end: "2026-04-15" });
    expect(plan.items[1].responsible.text).toBe("Николаева С.В., заместитель начальника управления");
    expect(plan.items[3].result).toBe("Доля молодых специалистов с наставником 100%");
    expect(plan.issues.map((i) => i.code)).toContain("header_guessed");
  });
});

describe("a header with a row of sub-headers (Срок: начало / окончание)", () => {
  const plan = fixture("subheader.csv");

  test("the sub-header is part of the header, not an item", () => {
    expect(plan.items.map((i) => i.number)).toEqual(["1", "2"]);
    expect(plan.columns.deadline).toBe("Срок начало");
    expect(plan.columns.extra).toEqual(["Срок окончание"]);
    expect(plan.items[0].extra).toEqual({ "Срок окончание": "30.04.2026" });
    expect(plan.items[1].responsible.text).toBe("Петрова Н.С.");
  });

  test("the deadline runs from the start's cell to the end's (the end cell kept among the extra columns)", () => {
    expect(plan.items.map((i) => [i.deadline.text, i.deadline.kind, i.deadline.start, i.deadline.end])).toEqual([
      ["01.02.2026 – 30.04.2026", "period", "2026-02-01", "2026-04-30"],
      ["01.12.2026 – 20.12.2026", "period", "2026-12-01", "2026-12-20"],
    ]);
  });
});

describe("a plan whose deadline is two columns «Начало | Окончание» and no «Срок» (named as the add-in's own columns)", () => {
  const plan = fixture("start-end.csv");

  test("the start is the deadline column, the end an extra one; the deadline runs from one to the other; no cell lost", () => {
    expect(plan.columns.deadline).toBe("Начало");
    expect(plan.columns.extra).toEqual(["Окончание"]);
    expect(plan.items.map((i) => [i.deadline.kind, i.deadline.start, i.deadline.end, i.extra])).toEqual([
      ["period", "2026-02-01", "2026-04-30", { Окончание: "30.04.2026" }],
      ["period", "2026-01-01", "2026-03-31", { Окончание: "март 2026" }],
      ["recurring", "2026-01-01", "2026-12-31", {}],
    ]);
  });
});

describe("a web page's plan copied as blocks: every cell one line, nothing between cells", () => {
  const plan = fixture("web-blocks.txt");

  test("every item's four cells go to their columns, a long result included", () => {
    expect(plan.sections.map((s) => s.number)).toEqual(["I", "II", "III"]);
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2"]);
    const last = plan.items[7];
    // The longest result of the page: a cell-per-line text has no column width, so its length says nothing.
    expect(last.responsible.text).toBe("Руководители образовательных организаций, Иванова Т.С., методист МКУ «ИМЦ»");
    expect(last.result).toBe("Доля молодых педагогов, закреплённых за наставниками, 100%");
    expect(plan.items.every((i) => i.name !== "" && i.responsible.text !== "" && i.result !== "")).toBe(true);
  });

  test("a term counted from an event is the deadline, kept as written and left unparsed", () => {
    expect(plan.items[6].name).toBe("Выплата единовременного пособия молодым специалистам в размере 100 тыс. рублей");
    expect(plan.items[6].deadline).toMatchObject({ text: "в течение 30 дней с даты заключения трудового договора", kind: "unparsed" });
  });
});
