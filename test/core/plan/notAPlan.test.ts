import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { layoutFromHeader } from "../../../src/core/plan/columns/detectHeader";
import { namesParty } from "../../../src/core/plan/responsible/namesParty";
import { readTextDocument } from "../../../src/io/text/readTextDocument";

/** Documents that hold no plan come back as «не найдено», not as a plan of their lines (issue 13). */
const structureText = (text: string) => structurePlan(readTextDocument(text, "x.txt"));

describe("a document that is no plan is not read as one", () => {
  test("an English form: numbered captions with their values under them, Latin abbreviations, one date", () => {
    const form = [
      "RESEARCH PROJECT APPLICATION FORM", "", "Please complete all sections. Format: A4, Times New Roman 12 pt.", "",
      "1. Title of the project", "Teacher workforce in rural schools", "2. Principal investigator (PI)", "Dr. A. Brown",
      "RGU, Faculty of Education", "3. Co-investigators", "M. Garcia, HSE", "J. Smith, SPbU", "4. Start date", "01.03.2026",
      "5. Duration", "12 months", "6. Budget requested", "12 000 USD", "7. Ethics approval", "Required (IRB)",
      "8. Signature of the PI", "Date",
    ].join("\n");
    expect(structureText(form).ok).toBe(false);
  });

  test("an order: numbered paragraphs of prose, a person named in some of them", () => {
    const order = [
      "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", "", "ПРИКАЗ", "", "10.12.2023\t\t\t\t№ 124-од", "", "О назначении ответственных лиц", "",
      "В соответствии с Трудовым кодексом Российской Федерации", "ПРИКАЗЫВАЮ:",
      "1. Опубликовать настоящий приказ на официальном сайте в сети «Интернет».",
      "2. Назначить Соколову Т.И., заместителя директора, ответственной за охрану труда.",
      "3. Ознакомить работников с настоящим приказом под подпись.",
      "4. Контроль за исполнением приказа возложить на специалиста по кадрам Соколову Т.И.", "",
      "Начальник управления образования\t\t\tН.Г. Сорокина",
    ].join("\n");
    expect(structureText(order).ok).toBe(false);
  });

  test("an order whose paragraphs give each task its executor and its deadline is a plan (DESIGN §3)", () => {
    const order = [
      "ПРИКАЗ", "", "О подготовке к аттестации", "", "ПРИКАЗЫВАЮ:",
      "1. Провести мониторинг потребности в педагогических кадрах. Срок: до 01.03.2027. Ответственный: Кузнецова А.В., методист.",
      "2. Сформировать банк вакансий. Срок: ежемесячно. Ответственный: Соколов И.П., главный специалист.",
      "3. Организовать семинар для молодых специалистов. Срок: апрель 2027 года. Ответственный: МКУ «ЦРО».",
    ].join("\n");
    const read = structureText(order);
    expect(read.ok && read.plan.items.map((i) => [i.number, i.deadline.kind !== "unparsed", i.responsible.parties.length > 0])).toEqual([
      ["1", true, true],
      ["2", true, true],
      ["3", true, true],
    ]);
  });

  test("a staffing table: «ФИО», «Должность», «Дата рождения» are no executor, task and deadline", () => {
    const rows = [
      ["№", "ФИО", "Должность", "Образование", "Категория", "Дата рождения", "Стаж"],
      ["1", "Кузнецова Анна Викторовна", "учитель математики", "высшее педагогическое", "высшая", "12.05.1980", "20"],
      ["2", "Соколов Игорь Петрович", "воспитатель", "СПО", "первая", "03.11.1992", "7"],
      ["3", "Морозова Елена Сергеевна", "педагог-психолог", "высшее", "нет", "19.10.1996", "2"],
    ];
    expect(layoutFromHeader({ row: 1, cells: rows[0] }, 0).notAPlan).toBe(true);
    expect(structurePlan(sheetDocument("staff.xlsx", "Лист1", gridFromValues(rows))).ok).toBe(false);
  });

  test("a vacancy table is not guessed to be a plan by what its columns hold", () => {
    const rows = [
      ["№ п/п", "Организация", "Должность", "Предмет", "Вакантных ставок", "Часов", "Дата открытия"],
      ["1", "МБОУ «СОШ № 1»", "учитель математики", "математика", "1", "18", "01.09.2026"],
      ["2", "МКДОУ «Детский сад № 12»", "воспитатель", "—", "0,5", "18", "15.09.2026"],
      ["3", "МАОУ «Лицей № 3»", "учитель физики", "физика", "1,5", "27", "01.10.2026"],
    ];
    expect(structurePlan(sheetDocument("vac.xlsx", "Лист1", gridFromValues(rows))).ok).toBe(false);
  });

  test("a plan's header without a task caption still reads as a plan where no other table's catalogue names it", () => {
    const header = ["№", "Содержание", "Ответственный", "Срок исполнения", "Отметка"];
    expect(layoutFromHeader({ row: 1, cells: header }, 0).notAPlan).toBe(false);
  });
});

describe("namesParty: what the catalogues recognise, not the fallback that keeps any text", () => {
  test.each([
    ["Кузнецова А.В.", true],
    ["главный специалист отдела", true],
    ["МБОУ «СОШ № 1»", true],
    ["Управление образования", true],
    ["MБOУ «Лицей»", true], // Latin look-alikes typed for Cyrillic
    ["Наставники", true],
    ["RGU", false],
    ["PI", false],
    ["M. Garcia (HSE)", false],
    ["Возложить на", false],
    ["Опубликовать настоящий приказ на сайте", false],
  ])("%s → %s", (text, named) => {
    expect(namesParty(text)).toBe(named);
  });
});
