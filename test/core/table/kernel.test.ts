import * as fc from "fast-check";
import { gridFromValues, makeGrid, sheetDocument } from "../../../src/core/grid";
import { detectHeader } from "../../../src/core/plan/columns/detectHeader";
import { findTableInGrid } from "../../../src/core/staffing/findStaffingTable";
import { findHeader, headerFold, isColumnNumbers, isPageFurniture, isRepeatedHeader, matchSynonym } from "../../../src/core/table";
import { findVacancyTables } from "../../../src/core/vacancies/findVacancyTable";

describe("synonym catalogues", () => {
  const catalogue = { name: [/наименовани/], result: [/результат/], deadline: [/срок/, /срок исполнения/] };

  test("the earliest match wins, ties go to the longer pattern", () => {
    expect(matchSynonym(catalogue, "наименование результата")?.key).toBe("name");
    expect(matchSynonym(catalogue, "результаты на момент окончания срока")?.key).toBe("result");
    expect(matchSynonym(catalogue, "срок исполнения")).toMatchObject({ key: "deadline", length: "срок исполнения".length });
    expect(matchSynonym(catalogue, "примечание")).toBeNull();
  });

  test("headers are folded once for every table kind", () => {
    expect(headerFold("  СРОК\nисполнения:")).toBe("срок исполнения");
    expect(headerFold("Ответственный исполнитeль")).toBe("ответственный исполнитель"); // Latin e
    expect(headerFold("Учёт")).toBe("учет");
  });
});

describe("table furniture", () => {
  test("column numbers rise left to right", () => {
    expect(isColumnNumbers(["1", "2", "3", "4", "5"])).toBe(true);
    expect(isColumnNumbers(["1.", "", "3.", "4."])).toBe(true);
    expect(isColumnNumbers(["1", "2"])).toBe(true);
    expect(isColumnNumbers(["", "2", "3"])).toBe(true);
    expect(isColumnNumbers(["", "2", "5"])).toBe(false);
    expect(isColumnNumbers(["3", "2", "1"])).toBe(false);
    expect(isColumnNumbers(["1", "Мониторинг", "2025"])).toBe(false);
    expect(isColumnNumbers(["12"])).toBe(false);
  });

  test("page numbers, continuation captions and page counters are furniture; text is not", () => {
    for (const t of ["12", "- 3 -", "Стр. 4", "Страница 2 из 9", "Продолжение таблицы", "Окончание таблицы 2", "Продолжение приложения 1", "Таблица 1 (продолжение)", "3 из 12"]) {
      expect([t, isPageFurniture(t)]).toEqual([t, true]);
    }
    for (const t of ["1. Организационные мероприятия", "Продолжение работы с молодыми педагогами в течение года", "2025 год"]) {
      expect([t, isPageFurniture(t)]).toEqual([t, false]);
    }
  });

  test("a browser's print head («date, time  title») and foot («address  page/pages») are furniture, however long", () => {
    const head = "20.03.2033, 09:15 Комплекс мер («дорожная карта») по развитию кадрового потенциала системы образования — Управление образов…";
    const foot = "https://ozyorsk-edu.ru/documents/postanovleniya/kompleks-mer-kadrovyy-potentsial-2033-2034/ 2/5";
    for (const t of [head, foot, "file:///C:/plans/plan.htm 1/3"]) expect([t, isPageFurniture(t)]).toEqual([t, true]);
    // A deadline cell's date and hour, an address in a result's text: no print's head or foot.
    for (const t of ["20.03.2033, 09:15", "размещено на https://ozyorsk-edu.ru 2/5", "20.03.2033 09:15 совещание", "20.03.2033, 10:00 актовый зал"]) expect([t, isPageFurniture(t)]).toEqual([t, false]);
  });

  test("a repeated header is recognised through spacing, case and look-alikes", () => {
    const header = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный"];
    expect(isRepeatedHeader(["№ п/п", "НАИМЕНОВАНИЕ  мероприятия", "Срок исполнения:", "Ответственный"], header)).toBe(true);
    expect(isRepeatedHeader(["1.1", "Мониторинг", "Срок исполнения", ""], header)).toBe(false);
  });

  test("a row of numbers is never taken for text furniture (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 8 }), (ns) => {
        const rising = ns.every((n, i) => i === 0 || n > ns[i - 1]);
        expect(isColumnNumbers(ns.map(String))).toBe(rising);
      }),
    );
  });
});

describe("header search", () => {
  const spec = {
    read: (labels: readonly string[]) => {
      const keys = labels.filter((l) => /наименование|срок|исполнитель|начало|окончание/i.test(l));
      return keys.length >= 2 ? keys : null;
    },
    score: (keys: readonly string[]) => keys.length,
  };

  test("finds the header under a title block and steps over the column numbers", () => {
    const grid = gridFromValues([["План мероприятий", "", ""], ["", "", ""], ["Наименование", "Срок", "Исполнитель"], ["1", "2", "3"], ["Семинар", "май", "ИМЦ"]]);
    expect(findHeader(grid, spec)).toMatchObject({ row: 2, rows: 1, firstDataRow: 4 });
  });

  test("two rows under a merged caption are one header", () => {
    const grid = makeGrid(
      [
        { cells: ["Наименование", "Срок", ""], row: 1 },
        { cells: ["", "начало", "окончание"], row: 2 },
        { cells: ["Семинар", "01.05", "30.05"], row: 3 },
      ],
      [{ top: 0, bottom: 0, left: 1, right: 2 }],
    );
    const found = findHeader(grid, {
      ...spec,
      twoRows: { mayContinue: () => true, combine: (u: string, l: string) => `${u} ${l}`.trim(), better: (two: readonly string[], up: readonly string[] | null) => two.length > (up?.length ?? 0) },
    });
    expect(found).toMatchObject({ row: 0, rows: 2, labels: ["Наименование", "Срок начало", "Срок окончание"], firstDataRow: 2 });
  });
});

describe("one kernel under plans, staffing and vacancies", () => {
  const title = (n: number) => Array.from({ length: n }, (_, i) => [`Строка пояснительной записки ${i + 1}`, "", "", ""]);

  test("each kind finds its header 35 rows down (vacancies looked only 30 rows down before)", () => {
    const plan = gridFromValues([...title(35), ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный"], ["1", "Семинар", "май", "ИМЦ"]]);
    expect(detectHeader(plan.rows)?.headerRow).toBe(35);
    const staff = gridFromValues([...title(35), ["Организация", "ФИО", "Должность", "Дата рождения"], ["СОШ 1", "Иванова А.А.", "учитель", "01.01.1990"]]);
    expect(findTableInGrid(sheetDocument("f", "s", staff), staff, true)).toMatchObject({ kind: "persons", firstDataRow: 36 });
    const vac = gridFromValues([...title(35), ["Организация", "Должность", "Вакантных ставок", "Часов"], ["СОШ 1", "учитель", "1", "18"]]);
    expect(findVacancyTables(sheetDocument("f", "s", vac))).toMatchObject([{ headerRow: 35 }]);
  });

  test("a plan header of two rows keeps the top row for repeated headers and names columns from both", () => {
    const rows = gridFromValues([
      ["№", "Мероприятие", "Срок", "", "Ответственный"],
      ["", "", "начало", "окончание", ""],
      ["1", "Семинар", "01.05.2025", "30.05.2025", "ИМЦ"],
    ]).rows;
    const layout = detectHeader(rows)!;
    expect(layout).toMatchObject({ headerRow: 0, headerRows: 2, names: ["№", "Мероприятие", "Срок начало", "Срок окончание", "Ответственный"] });
    expect(layout.headers).toEqual(rows[0].cells);
  });

  test("a target column («Показатель») beside a result column is an extra column, wherever it stands; alone it is the result", () => {
    const head = (cells: string[]) => detectHeader(gridFromValues([cells, ["1", "Семинар", "не менее 60 %", "май", "справка"]]).rows)!;
    for (const result of ["Ожидаемый результат", "Форма отчётности"]) {
      const layout = head(["№", "Мероприятие", "Целевой показатель", "Срок", result]);
      expect([layout.index.result, layout.extra]).toEqual([4, [{ index: 2, header: "Целевой показатель" }]]);
    }
    const alone = head(["№", "Мероприятие", "Показатель", "Срок", "Примечание"]);
    expect([alone.index.result, alone.extra]).toEqual([2, [{ index: 4, header: "Примечание" }]]);
  });

  test("a section heading right under the header is not a row of sub-captions (a Roman numeral, a heading word)", () => {
    // A centred heading in a PDF lands in the middle columns, with nothing in the number column, like sub-captions.
    for (const heading of [["I. Организационно-методическое", "обеспечение"], ["Раздел 2. Кадровое", "обеспечение"], ["Цель 1. Обеспечение", "кадрами"]]) {
      const rows = gridFromValues([
        ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок исполнения", "Ожидаемый результат"],
        ["", heading[0], "", heading[1], ""],
        ["1", "Мониторинг", "Управление образования", "ежегодно", "справка"],
      ]).rows;
      const layout = detectHeader(rows)!;
      expect([layout.headerRow, layout.headerRows, layout.names]).toEqual([0, undefined, undefined]);
    }
  });
});
