import { isSiteFooter } from "../../../../src/core/plan/lines/siteFooter";
import { drawnTwoItems, expectEndingKept } from "./drawnTwoItems";

describe("isSiteFooter", () => {
  test("reads what a site prints under a published document", () => {
    expect(["Прикреплённые файлы:", "Вложения:", "Просмотров: 1 247", "© 2012–2033 Управление образования администрации округа"].map(isSiteFooter)).toEqual([true, true, true, true]);
  });

  test("reads no cell of a plan", () => {
    expect(["Размещение файлов на сайте", "просмотр документов", "2012–2033 годы", "Вложение средств в ремонт"].map(isSiteFooter)).toEqual([false, false, false, false]);
  });
});

/** A plan published as a web page, its print copied in drawing order: the site's footer follows the last row. */
const PUBLISHED = drawnTwoItems(
  ["Прикреплённые файлы:", "Постановление от 16.01.2027 № 38 (PDF, 412 Кб)", "Просмотров: 1 247", "© 2012–2027 Управление образования администрации округа"],
  "Управление образования",
);

describe("a site's footer under a plan in drawing order", () => {
  test("is no line of the last row, and is kept under the table", () => expectEndingKept(PUBLISHED, "Просмотров: 1 247"));
});
