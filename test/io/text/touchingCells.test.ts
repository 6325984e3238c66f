import { readText } from "../../../src/io/readInput";
import { touchingCells } from "../../../src/io/text/touchingCells";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * pdftotext -layout of a table whose name column item 3 fills to its edge: the executor's first word follows with no
 * space («вакантныхУправление»), where the executors' column starts on the page's other lines.
 */
const TEXT = [
  "№     Срок          Содержание работы               Исполнитель         Результат",
  "1     ежегодно      Мониторинг вакансий             Отдел образования   аналитическая справка",
  "2     в течение     Обеспечение участия в           Руководители ОО     приказ управления",
  "      года          региональной ярмарке",
  "3     по запросу    Мониторинг базы данных вакантныхУправление          перечень вакансий",
  "                    педагогических должностей       образования,        обновлён",
  "                                                    Новикова Л.А.",
  "4     до 1 марта    Анкетирование молодых педагогов МКУ «ЦРО»           справка",
].join("\n");

describe("two cells of layout text touching with no space between them", () => {
  test("are cut apart where the next column starts on the page's other lines", () => {
    const plan = read(TEXT);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1", "Мониторинг вакансий", "Отдел образования"],
      ["2", "Обеспечение участия в региональной ярмарке", "Руководители ОО"],
      ["3", "Мониторинг базы данных вакантных педагогических должностей", "Управление образования, Новикова Л.А."],
      ["4", "Анкетирование молодых педагогов", "МКУ «ЦРО»"],
    ]);
  });

  test("a word is cut only where a column starts, and an abbreviation's capitals never part it", () => {
    const page = ["Участие в смотре    приказ", "Визит в школу       отчёт"];
    expect(touchingCells([...page, "Обеспечение всех мерУправление"])).toEqual(new Map([[2, [20]]]));
    // «ЮУр» / «ГГПУ» where the column starts: «ЮУр» is no word's end; «Поездка» / «В» where no column starts.
    expect(touchingCells([...page, "Поездки в вуз - «ЮУрГГПУ» и отчёт", "ПоездкаВ СОШ №      отчёт"])).toEqual(new Map());
  });

  test("each page's columns are its own: a column start on another page is no evidence", () => {
    const lines = ["Участие в смотре    приказ", "Визит в школу       отчёт", "\fОбеспечение всех мерУправление"];
    expect(touchingCells(lines)).toEqual(new Map());
  });

  test("two lowercase words run together are cut where the column runs on through the line, as the text's words tell", () => {
    // «для учителей со стажем до» filled the name's column; the executors' «работников» followed with no space, on a line between two
    // of the executors' cell's lines that start right there.
    const lines = [
      "Конкурс «Педагогический  организация       протокол",
      "дебют»                   Профсоюза         работников",
      "для учителей со стажем доработников",
      "трёх лет                 образования",
    ];
    expect(touchingCells(lines)).toEqual(new Map([[2, [25]]]));
    // «образования» one character left of its column stands whole elsewhere in the text: the layout's squeeze, no cut;
    // nor where the line above or below does not start the column's text there.
    const squeezed = ["Сбор сведений о         Управление", "вакантных должностях образования", "педагогических          руководители"];
    expect(touchingCells([...squeezed, "работников образования"])).toEqual(new Map());
    expect(touchingCells(["Конкурс                  организация", "для учителей со стажем доработников", "трёх лет", "Профсоюза работников"])).toEqual(new Map());
  });
});
