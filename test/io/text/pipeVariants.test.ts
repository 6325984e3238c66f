import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../helpers/seeds";

const gridOf = (text: string) => readTextDocument(text, "x.txt").blocks.flatMap((b) => (b.kind === "table" ? [b.grid.rows.map((r) => r.cells)] : []));

describe("pipe tables in the variants people paste", () => {
  test("rules of «—», no outer pipes, padding «||||» (issue 13: «таблица не найдена» before)", () => {
    const text = ["№ | Мероприятие | Срок | Ответственный||||", "——|————|————|————", "1 | Семинар | май | ИМЦ||||", "2 | Форум | до 1 июня | ИРО||||"].join("\n");
    expect(gridOf(text)).toEqual([[["№", "Мероприятие", "Срок", "Ответственный"], ["1", "Семинар", "май", "ИМЦ"], ["2", "Форум", "до 1 июня", "ИРО"]]]);
  });

  test.each([
    ["-", "+"],
    ["=", "+"],
    ["─", "|"],
    ["—", "|"],
  ])("a rule of «%s» joined by «%s» is no row", (dash, joint) => {
    const rule = `${joint}${dash.repeat(5)}${joint}${dash.repeat(5)}${joint}${dash.repeat(5)}${joint}`;
    const text = [rule, "| № | Мероприятие | Срок |", rule, "| 1 | Семинар | май |", rule].join("\n");
    expect(gridOf(text)).toEqual([[["№", "Мероприятие", "Срок"], ["1", "Семинар", "май"]]]);
  });

  test("a cell that wraps over lines stays one cell; an open row goes on until it closes", () => {
    const text = ["| № | Мероприятие | Срок |", "|---|---|---|", "| 1 | Семинар для молодых", "педагогов города | май |", "| 2 | Форум | июнь |"].join("\n");
    expect(gridOf(text)).toEqual([[["№", "Мероприятие", "Срок"], ["1", "Семинар для молодых педагогов города", "май"], ["2", "Форум", "июнь"]]]);
  });

  test("a section row in fewer cells and a continuation row with an empty number keep their columns", () => {
    const text = ["№ | Мероприятие | Срок | Ответственный", "1. Организационные мероприятия", "1.1 | Семинар | май | ИМЦ", " | (продолжение) | | ", "1.2 | Форум | июнь | ИРО"].join("\n");
    expect(gridOf(text)).toEqual([[["№", "Мероприятие", "Срок", "Ответственный"], ["1. Организационные мероприятия"], ["1.1", "Семинар", "май", "ИМЦ"], ["", "(продолжение)", ""], ["1.2", "Форум", "июнь", "ИРО"]]]);
  });

  test("prose with a stray pipe is no table", () => {
    expect(gridOf("Отчёт | 2025\nПлан мероприятий на год\nИсполнитель: Иванова")).toEqual([]);
  });

  // No source word lost and structuring twice = once, on every pipe variant: shapes.test.ts's property (the same
  // random plans, split anywhere, read as the CLI reads a .txt or .md, which is this reader).
});

describe("a pipe table without outer pipes whose section rows end in empty cells", () => {
  test("a row ending «|  |  | » is a full row with empty last cells: the item under it ends at its line, the next section is a row", () => {
    const text = [
      "№ | Срок | Мероприятие | Исполнитель | Результат",
      "---|---|---|---|---",
      "Цель 1. Наставничество |  |  |  | ",
      "Задача 1.1. Сопровождение |  |  |  | ",
      "1.1.1. | по графику | Семинар | ИМЦ | Информация на сайте",
      "Цель 2. Молодые специалисты |  |  |  | ",
      "Задача 2.1. Аттестация |  |  |  | ",
      "2.1.1 | май | Форум | ИРО | План",
    ].join("\n");
    expect(gridOf(text)).toEqual([
      [
        ["№", "Срок", "Мероприятие", "Исполнитель", "Результат"],
        ["Цель 1. Наставничество", "", "", ""],
        ["Задача 1.1. Сопровождение", "", "", ""],
        ["1.1.1.", "по графику", "Семинар", "ИМЦ", "Информация на сайте"],
        ["Цель 2. Молодые специалисты", "", "", ""],
        ["Задача 2.1. Аттестация", "", "", ""],
        ["2.1.1", "май", "Форум", "ИРО", "План"],
      ],
    ]);
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.result])).toEqual([["1.1.1", "Семинар", "Информация на сайте"], ["2.1.1", "Форум", "План"]]);
  });
});

describe("the end of a table's last row after the header repeated on the next page", () => {
  test("a name alone under the repeated header is the last item's executor, not a signature", () => {
    const header = "| № | Мероприятие | Ответственный | Срок |";
    const text = [
      header,
      "|---|---|---|---|",
      "| 1. | Семинар | ИМЦ | май |",
      "| 2. | Форум | МКУ «Центр развития | июнь |",
      "|    |       | образования»       |      |",
      "",
      header,
      "|---|---|---|---|",
      "|    |       | И.Г. Лебедев       |      |",
      "",
      "Начальник управления образования ____________ С.А. Миронов",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([
      ["1", "ИМЦ"],
      ["2", "МКУ «Центр развития образования» И.Г. Лебедев"],
    ]);
    expect(plan.meta.signatureBlock).toEqual(["Начальник управления образования ____________ С.А. Миронов"]);
  });
});
