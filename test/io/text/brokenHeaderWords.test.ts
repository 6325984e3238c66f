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

  test("joins a centred header's rest a character off the piece's centre, as layout text rounds it («исполнени» / «и»)", () => {
    // «Отметка об исполнении», «Источник финансирования» centred in narrow columns, as pdftotext -layout prints them.
    expect(joinHeaderLines([at("Отметка", 1), at("об", 3), at("исполнени", 0), at("и", 5)])).toBe("Отметка об исполнении");
    expect(joinHeaderLines([at("Источни", 0), at("к", 3), at("финанси", 0), at("рования", 0)])).toBe("Источник финансирования");
    // Two lines off centre by more than a character are not the same cell's word.
    expect(joinHeaderLines([at("исполнени", 0), at("и", 6)])).toBe("исполнени и");
  });

  test("keeps whole words apart: a word ending as words end, a line short of the cell's edge, a word no ending makes", () => {
    expect(joinHeaderLines([at("Ответственный"), at("исполнитель")])).toBe("Ответственный исполнитель");
    expect(joinHeaderLines([at("Срок"), at("исполнения")])).toBe("Срок исполнения");
    expect(joinHeaderLines([at("Источник"), at("финанс")])).toBe("Источник финанс");
    expect(joinHeaderLines([at("Отметка"), at("о выполнении")])).toBe("Отметка о выполнении");
  });
});
