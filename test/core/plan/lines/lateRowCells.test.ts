import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

// A ruled table through pdftotext without layout: each cell a flow parted by blank lines, and row 1.3's number given
// after row 1.4 (its block came later), alone; 1.3's cells stand right after 1.2's own, in 1.2's lines.
const flows = (...cells: string[]) => cells.flatMap((c) => [c, ""]);
const TEXT = [
  "План мероприятий по кадровому обеспечению на 2032 год",
  "№",
  "Мероприятие",
  "Срок",
  "Исполнитель",
  "Ожидаемый результат",
  "",
  ...flows("1.1 Семинар для молодых педагогов района", "март 2032 г.", "Иванова А.А., методист", "проведён семинар"),
  ...flows("1.2 Создание рабочей группы по кадровому обеспечению", "январь 2032 г.", "Гаврилова Т.Н., заместитель начальника", "приказ о создании рабочей группы"),
  ...flows("Заседания рабочей группы по итогам полугодия", "2 раза в год", "Гаврилова Т.Н., заместитель начальника", "протоколы заседаний"),
  ...flows("1.4 Конкурс «Педагогический дебют»", "апрель 2032 г.", "Петров П.П., методист", "определены победители"),
  ...flows("1.3"),
  "Начальник управления образования А.А. Смирнова",
].join("\n");

describe("a row given after the row below it, its cells in the row before it (pdftotext's block order)", () => {
  test("the row before's flows after its own go to the late row, column by column", () => {
    const plan = structureOrFail(readTextDocument(TEXT, "plan.raw.txt"));
    const row = (n: string) => plan.items.find((i) => i.number === n)!;
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect([row("1.2").name, row("1.2").deadline.text, row("1.2").result]).toEqual(["Создание рабочей группы по кадровому обеспечению", "январь 2032 г.", "приказ о создании рабочей группы"]);
    expect([row("1.3").name, row("1.3").deadline.text, row("1.3").responsible.text, row("1.3").result]).toEqual([
      "Заседания рабочей группы по итогам полугодия",
      "2 раза в год",
      "Гаврилова Т.Н., заместитель начальника",
      "протоколы заседаний",
    ]);
    // Dealt by order: both rows say so.
    expect(row("1.3").notes?.some((n) => n.code === "column_uncertain")).toBe(true);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });
});
