import { rowOpenings } from "../../../../src/core/plan/lines/rowsBlock";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

// A Writer table through pdftotext without layout: the page's numbers come first as a flow of their own, then the
// captions, then the rows. Writer's flows give one row's cells baseline by baseline (its cells stand side by side on
// every baseline) and the next row's as blocks, a blank line after each cell (its cells' heights differ).
const PAGE = [
  "План мероприятий на 2028 год",
  "№",
  "п/п",
  "",
  "1.1.",
  "",
  "1.2.",
  "",
  "1.3.",
  "",
  "Наименование мероприятия",
  "",
  "Ответственные исполнители",
  "",
  "Срок реализации",
  "",
  "Утверждение состава",
  "Управление",
  "не позднее",
  "муниципальной рабочей",
  "образования",
  "01.03.2028",
  "группы по кадровому",
  "(Кузнецова Е.А.)",
  "обеспечению школ",
  "Разработка положения о",
  "муниципальной программе",
  "наставничества «Опора» для",
  "молодых педагогов",
  "",
  "Управление",
  "образования,",
  "МБУ «Методический",
  "центр»",
  "",
  "I полугодие",
  "2028 г.",
  "",
  "Анализ потребности школ",
  "Руководители",
  "до 25 апреля",
  "в педагогических кадрах",
  "образовательных",
  "2028 г.",
  "на 2029 год",
  "организаций",
];

describe("a page whose rows pdftotext gives two ways: one baseline by baseline, the next as blocks", () => {
  test("each row is read the way its own lines are given", () => {
    const text = PAGE.join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["1.1", "Утверждение состава муниципальной рабочей группы по кадровому обеспечению школ", "Управление образования (Кузнецова Е.А.)", "не позднее 01.03.2028"],
      ["1.2", "Разработка положения о муниципальной программе наставничества «Опора» для молодых педагогов", "Управление образования, МБУ «Методический центр»", "I полугодие 2028 г."],
      ["1.3", "Анализ потребности школ в педагогических кадрах на 2029 год", "Руководители образовательных организаций", "до 25 апреля 2028 г."],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

describe("a section's title printed between the captions over a page's rows and the rows whose numbers came first", () => {
  test("the title heads the rows; the lines after it are the rows' own", () => {
    const at = PAGE.indexOf("Утверждение состава");
    const text = [...PAGE.slice(0, at), "I. Организационное обеспечение", ...PAGE.slice(at)].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["I", "Организационное обеспечение"]]);
    expect(plan.items.map((i) => [i.number, i.section, i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["1.1", "I", "Утверждение состава муниципальной рабочей группы по кадровому обеспечению школ", "Управление образования (Кузнецова Е.А.)", "не позднее 01.03.2028"],
      ["1.2", "I", "Разработка положения о муниципальной программе наставничества «Опора» для молодых педагогов", "Управление образования, МБУ «Методический центр»", "I полугодие 2028 г."],
      ["1.3", "I", "Анализ потребности школ в педагогических кадрах на 2029 год", "Руководители образовательных организаций", "до 25 апреля 2028 г."],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

describe("the rows of a block right under a section's title", () => {
  test("open on the block's first line where it can open one, though later lines read more as names", () => {
    const refs = (texts: readonly string[]) => texts.map((text, index) => ({ index, text }));
    const block = refs(["Утверждение состава", "Управление", "рабочей группы", "Разработка положения о", "МБУ", "«Информационно", "центр»", "Анализ потребности"]);
    // «Утверждение» reads a little as a result's «утверждён»; right under a title the block opens on it. (Without
    // firstOpens the block opened at 3 until quote lines stopped opening rows, h131: now it opens at 0 either way.)
    expect(rowOpenings(block, 3, ["name", "responsible", "result"], new Set(), true)).toEqual([0, 3, 7]);
  });
});
