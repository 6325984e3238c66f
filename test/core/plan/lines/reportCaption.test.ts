import { namesReportColumn } from "../../../../src/core/plan/lines/reportCaption";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

describe("the caption of a column left empty for the report", () => {
  test("reads so whole or broken at a narrow column's edge, and no cell does", () => {
    expect(namesReportColumn(["Отметка о", "выполнении"])).toBe(true);
    expect(namesReportColumn(["Отметка", "о", "выполне", "нии"])).toBe(true);
    expect(namesReportColumn(["Отметка об исполнении"])).toBe(true);
    expect(namesReportColumn(["Примечание"])).toBe(true);
    expect(namesReportColumn(["Отметка о выполнении плана размещена на сайте"])).toBe(false);
    expect(namesReportColumn(["Протокол семинара"])).toBe(false);
    expect(namesReportColumn([])).toBe(false);
  });

  /**
   * pdftotext without layout: the number, the name and the executors of each row as flows parted by blank lines, then
   * after the page the columns printed as blocks under their captions (the result before the deadline, which is
   * last), and last the caption of the empty «Отметка о выполнении», a flow with nothing under it.
   */
  const rows = [
    ["1.1.", ["Мониторинг потребности школ", "в молодых специалистах"], "Смирнова Е.А., методист", "Аналитическая справка", "до 1 марта"],
    ["1.2.", ["Формирование банка вакансий"], "Отдел кадров", "Банк вакансий", "ежемесячно"],
    ["1.3.", ["Проведение семинаров для наставников"], "Иванова О.П.", "Протокол семинара", "в течение года"],
    ["1.4.", ["Закрепление наставников", "за молодыми педагогами"], "руководители ОО", "Приказ о закреплении", "II квартал"],
  ] as const;
  const RAW = [
    "План мероприятий на 2026 год",
    "",
    ...["№ п/п", "Мероприятие", "Ответственный"].flatMap((c) => [c, ""]),
    "Раздел 1. Работа с молодыми специалистами",
    ...rows.flatMap(([n, name, executors]) => [n, ...name, "", executors, ""]),
    "Результат",
    "",
    "Срок исполнения",
    "",
    ...rows.flatMap(([, , , result, deadline]) => [result, "", deadline, ""]),
    "Отметка о",
    "выполнении",
  ].join("\n");

  test("is no cell of the block of the columns after the page: the results go back to their rows (before: none did)", () => {
    const plan = structureOrFail(readTextDocument(RAW, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.result, i.deadline.text])).toEqual(
      rows.map(([n, name, executors, result, deadline]) => [n.slice(0, -1), name.join(" "), executors, result, deadline]),
    );
    expect(lostWords(RAW, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});
