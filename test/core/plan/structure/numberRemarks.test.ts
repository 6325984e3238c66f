import { numberWithRemark } from "../../../../src/core/plan/structure/numbering";
import { planSheet } from "../../../../src/core/plan/planSheets";
import { readHtml } from "../../../../src/io/html/readHtml";
import { lostWords, planEssence } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";
import { sheetSpecToDocument } from "../../../helpers/sheetSpecToDocument";

const cell = (...paragraphs: string[]) => `<td>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</td>`;
const row = (...cells: string[]) => `<tr>${cells.join("")}</tr>`;

/**
 * An amended plan as a municipal site publishes it: the items an amendment changed carry a remark in the number cell,
 * a paragraph under the number («1.2.» over «(в ред. от 14.03.2033)») or after it on its line.
 */
const HTML = `<p>План мероприятий по кадровому обеспечению на 2033 год</p><table><tbody>
${row("<td>№ п/п</td>", "<td>Наименование мероприятия</td>", "<td>Ответственный исполнитель</td>", "<td>Срок исполнения</td>", "<td>Ожидаемый результат</td>")}
${row(cell("1.1."), cell("Анализ возрастного состава педагогов"), cell("Управление образования"), cell("до 1 марта 2033 г."), cell("аналитическая справка"))}
${row(cell("1.2.", "<em>(в ред. от 14.03.2033)</em>"), cell("Актуализация банка вакансий"), cell("Руководители ОО"), cell("ежемесячно"), cell("банк вакансий на сайте"))}
${row(cell("1.3. (введён постановлением от 14.03.2033 № 211)"), cell("Выплата подъёмных молодым специалистам"), cell("МКУ «ЦБ»"), cell("ежеквартально"), cell("выплаты произведены"))}
${row(cell("1.4."), cell("Совещание с руководителями"), cell("Управление образования"), cell("декабрь 2033 г."), cell("протокол"))}
</tbody></table>`;

describe("a remark printed in the number cell after the number", () => {
  const plan = structureOrFail(readHtml(HTML, "plan.html"));

  test("the row is an item of its own, numbered as printed, its name and cells its own", () => {
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1.1", "Анализ возрастного состава педагогов", "Управление образования"],
      ["1.2", "Актуализация банка вакансий", "Руководители ОО"],
      ["1.3", "Выплата подъёмных молодым специалистам", "МКУ «ЦБ»"],
      ["1.4", "Совещание с руководителями", "Управление образования"],
    ]);
  });

  test("the remark is kept in a column of its own, nothing lost, and the plan sheet reads back the same", () => {
    expect(plan.columns.extra).toEqual(["Примечание к номеру"]);
    expect(plan.items.map((i) => i.extra["Примечание к номеру"] ?? null)).toEqual([null, "(в ред. от 14.03.2033)", "(введён постановлением от 14.03.2033 № 211)", null]);
    expect(lostWords(HTML.replace(/<[^>]+>/g, " "), plan)).toEqual([]);
    const again = structureOrFail(sheetSpecToDocument(planSheet(plan)));
    expect(planEssence(again)).toEqual(planEssence(plan));
    expect(again.items.map((i) => i.extra["Примечание к номеру"] ?? null)).toEqual(plan.items.map((i) => i.extra["Примечание к номеру"] ?? null));
  });

  test("numberWithRemark takes a bracketed remark only, after a number", () => {
    expect(numberWithRemark("2.5.\n(в ред. от 14.03.2033)")).toEqual({ number: "2.5", remark: "(в ред. от 14.03.2033)" });
    expect(numberWithRemark("4.1 (исключён)")).toEqual({ number: "4.1", remark: "(исключён)" });
    expect(numberWithRemark("Итого (тыс. руб.)")).toBeNull();
    expect(numberWithRemark("1.2 Анализ кадров")).toBeNull();
    expect(numberWithRemark("1.2 (a) (b)")).toBeNull();
  });
});
