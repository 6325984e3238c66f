import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A page's number printed over the title or under the signing (a Word document saved as text, a PDF's text) belongs to
 * the page, not to the title block or the signature block the plan's meta keeps.
 */
describe("page furniture around a table", () => {
  const table = [
    "№\tМероприятие\tСрок\tОтветственный\tРезультат",
    "1.\tСовещание руководителей\tянварь 2027 г.\tУправление образования\tПротокол",
    "2.\tМониторинг вакансий\tежемесячно\tОтдел кадров\tСправка",
  ];

  test("a page number under the signing and one over the title are dropped as page furniture", () => {
    const text = ["- 1 -", "План мероприятий на 2027 год", "", ...table, "", "Начальник управления образования\tИ.П. Сергеева", "", "Стр. 1 из 1"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => i.number)).toEqual(["1", "2"]);
    expect(plan.meta.titleBlock).toEqual(["План мероприятий на 2027 год"]);
    expect(plan.meta.signatureBlock.map((l) => l.replace(/\s+/g, " "))).toEqual(["Начальник управления образования И.П. Сергеева"]);
    expect(plan.dropped.filter((d) => d.reason === "page_furniture").map((d) => d.text)).toEqual(["- 1 -", "Стр. 1 из 1"]);
  });
});

/**
 * Word's plain text of a table with the sign-off typed right under it: the position and the name pushed right by tabs
 * read as a row of the table's text, «Исполнитель: …» under it after an empty paragraph as text of its own. The
 * signature block keeps them in the source's order.
 */
describe("the signing's order under a tabbed table", () => {
  test("a tabbed sign-off read with the table comes before the paragraph under it", () => {
    const text = [
      "План мероприятий на 2027 год",
      "",
      "№\tМероприятие\tСрок\tОтветственный",
      "1.\tСовещание руководителей\tянварь 2027 г.\tУправление образования",
      "2.\tМониторинг вакансий\tежемесячно\tОтдел кадров",
      "Начальник управления образования\t\t\t\tН.Г. Сорокина",
      "",
      "Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23",
    ].join("\r\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => i.number)).toEqual(["1", "2"]);
    expect(plan.meta.signatureBlock.map((l) => l.replace(/[\s|]+/g, " "))).toEqual(["Начальник управления образования Н.Г. Сорокина", "Исполнитель: Лебедев Т.И., тел. 8 (3225) 46-32-23"]);
  });
});
