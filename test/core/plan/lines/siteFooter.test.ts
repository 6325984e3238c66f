import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { isSiteFooter } from "../../../../src/core/plan/lines/siteFooter";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

describe("isSiteFooter", () => {
  test("reads what a site prints under a published document", () => {
    expect(["Прикреплённые файлы:", "Вложения:", "Просмотров: 1 247", "© 2012–2033 Управление образования администрации округа"].map(isSiteFooter)).toEqual([true, true, true, true]);
  });

  test("reads no cell of a plan", () => {
    expect(["Размещение файлов на сайте", "просмотр документов", "2012–2033 годы", "Вложение средств в ремонт"].map(isSiteFooter)).toEqual([false, false, false, false]);
  });
});

/** A plan published as a web page, its print copied in drawing order: the site's footer follows the last row. */
const PUBLISHED = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Наименование мероприятия",
  "Ответственный исполнитель",
  "Срок",
  "Ожидаемый результат",
  "1. Семинар для молодых",
  "учителей района",
  "Управление образования",
  "март 2027 г.",
  "программа семинара",
  "2. Отчёт о выполнении",
  "плана",
  "Управление образования",
  "декабрь 2027 г.",
  "отчёт направлен главе",
  "округа",
  "Прикреплённые файлы:",
  "Постановление от 16.01.2027 № 38 (PDF, 412 Кб)",
  "Просмотров: 1 247",
  "© 2012–2027 Управление образования администрации округа",
].join("\n");

describe("a site's footer under a plan in drawing order", () => {
  const plan = structureOrFail(readTextDocument(PUBLISHED, "plan.txt"));

  test("is no line of the last row, and is kept under the table", () => {
    expect(plan.items.map((i) => i.result)).toEqual(["программа семинара", "отчёт направлен главе округа"]);
    expect(plan.meta.signatureBlock.join(" ")).toContain("Просмотров: 1 247");
    expect(lostWords(PUBLISHED, plan)).toEqual([]);
  });
});
