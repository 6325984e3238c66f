import type { CellLine } from "../../../src/core/table/positioned/joinCellLines";
import { joinHeaderLines } from "../../../src/core/table/positioned/headerCellText";
import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/** Column starts: №, event, executor, a narrow deadline column (9 characters), result, a narrow notes column. */
const COLUMNS = [0, 6, 34, 52, 63, 80];
const line = (...cells: string[]) => cells.map((c, i) => (i + 1 < cells.length ? c.padEnd(COLUMNS[i + 1] - COLUMNS[i]) : c)).join("").trimEnd();

/** A header whose narrow columns broke words at their edge without a hyphen, as Writer prints them («Примеч» / «ание»). */
const TEXT = [
  line("№", "Наименование", "Ответственный", "Срок", "Результат", "Примеч"),
  line("п/п", "мероприятия", "исполнитель", "выполнени", "", "ание"),
  line("", "", "", "я"),
  "",
  line("1", "Мониторинг вакансий", "Управление", "ежемесячно", "банк вакансий"),
  line("2", "Анкетирование педагогов", "Методический", "до 1 марта", "справка", "нет"),
  line("", "", "центр"),
].join("\n");

describe("a header word broken at a narrow column's edge without a hyphen", () => {
  test("is joined back in the columns' names: «Срок выполнения», «Примечание» (not «выполнени я», «Примеч ание»)", () => {
    const plan = read(TEXT);
    expect([plan.columns.deadline, plan.columns.extra]).toEqual(["Срок выполнения", ["Примечание"]]);
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text])).toEqual([
      ["1", "ежемесячно", "Управление"],
      ["2", "до 1 марта", "Методический центр"],
    ]);
  });
});

describe("joinHeaderLines", () => {
  const at = (text: string, x0 = 0): CellLine => ({ text, x0, x1: x0 + [...text].length, words: text.split(" ").length });

  test("joins a piece that fills the cell with a lowercase rest where the word made ends as whole words do", () => {
    expect(joinHeaderLines([at("Срок"), at("выполнени"), at("я")])).toBe("Срок выполнения");
    expect(joinHeaderLines([at("Исполнител"), at("и")])).toBe("Исполнители");
  });

  test("joins a centred header's rest off the piece's centre as far as layout text sets it («исполнени» / «и»)", () => {
    // «Отметка об исполнении», «Источник финансирования» centred in narrow columns, as pdftotext -layout prints them.
    expect(joinHeaderLines([at("Отметка", 1), at("об", 3), at("исполнени", 0), at("и", 5)])).toBe("Отметка об исполнении");
    expect(joinHeaderLines([at("Источни", 0), at("к", 3), at("финанси", 0), at("рования", 0)])).toBe("Источник финансирования");
    // Layout text gives a proportional word a character per letter: a rest stands up to two characters off a long
    // piece's centre (Writer's «Источники финансирования» and «Срок начала реализации» as pdftotext sets them).
    expect(joinHeaderLines([at("Источник", 53), at("и", 58), at("финансир", 53), at("ования", 55)])).toBe("Источники финансирования");
    expect(joinHeaderLines([at("Срок", 66), at("начала", 65), at("реализаци", 62), at("и", 68)])).toBe("Срок начала реализации");
    // A letter standing past the piece's end is no rest of it.
    expect(joinHeaderLines([at("исполнени", 0), at("и", 10)])).toBe("исполнени и");
  });

  test("finds the column's edge on the caption's other lines: a rest's line set wider than the piece does not move it", () => {
    // «Объём финансирования (тыс. рублей)» in a narrow funding column, as pdftotext -layout sets Writer's caption.
    expect(joinHeaderLines([at("Объём", 91), at("финансиро", 88), at("вания (тыс.", 88), at("рублей)", 90)])).toBe("Объём финансирования (тыс. рублей)");
    // A piece short of where the other lines reach is a whole word.
    expect(joinHeaderLines([at("Объём", 91), at("финанс", 88), at("ового (тыс.", 88), at("обеспечения", 88)])).toBe("Объём финанс ового (тыс. обеспечения");
  });

  test("keeps whole words apart: a word ending as words end, a line short of the cell's edge, a word no ending makes", () => {
    expect(joinHeaderLines([at("Ответственный"), at("исполнитель")])).toBe("Ответственный исполнитель");
    expect(joinHeaderLines([at("Срок"), at("исполнения")])).toBe("Срок исполнения");
    expect(joinHeaderLines([at("Источник"), at("финанс")])).toBe("Источник финанс");
    expect(joinHeaderLines([at("Отметка"), at("о выполнении")])).toBe("Отметка о выполнении");
  });
});
