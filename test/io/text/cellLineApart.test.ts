import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plankadry-cell-line-apart-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Rows of a sheet printed by Calc (kamyshinsky-2032.layout.txt, items 2.4 and 2.5): autofit rows with no blank line
 * between them, cells centred vertically, so pdftotext gives a cell whose count of lines differs from its neighbours'
 * by an odd number its own lines, half a line off theirs. «Директор МБОУ «Камышинская», alone on its line near the
 * table's middle, is the executors' first line (their next line starts where it starts), no heading: were it one, the
 * name's first line above it would go to 2.4 and the result's words beside it to the executors.
 */
test("a cell's line alone on its line near the table's middle, where rows are centred with no blank line between them, is the cell's, not a heading", async () => {
  const text = [
    "                                                    ПЛАН МЕРОПРИЯТИЙ («дорожная карта»)",
    "                              по привлечению и закреплению педагогических кадров в общеобразовательных организациях",
    "                                                 Камышинского муниципального района на 2032 год",
    "",
    "                                                                                                                                           Отметка об",
    "№                      Мероприятие                           Срок                  Исполнитель                 Ожидаемый результат",
    "                                                                                                                                           исполнении",
    "                                         2. Выявление потребности в педагогических кадрах и целевое обучение",
    "",
    "                                                                        Руководители",
    "    Профориентационные встречи обучающихся 9–11",
    "                                                                        общеобразовательных",
    "    классов с преподавателями педагогического        сентябрь – декабрь                                охвачено встречами не менее 250",
    "2.4                                                                     организаций,",
    "    колледжа и студентами, обучающимися по договорам       2032 г.                                     обучающихся",
    "                                                                        ГБПОУ «Камышинский",
    "    о целевом обучении",
    "                                                                        педагогический колледж»*",
    "    Открытие психолого-педагогического класса на базе                                              в психолого-педагогическом",
    "                                                                      Директор МБОУ «Камышинская",
    "2.5 МБОУ «Камышинская СОШ № 3» и организация его       в течение года                              классе обучаются не менее 20",
    "                                                                      СОШ № 3» Беляев С.Н.",
    "    работы                                                                                         человек",
    "                                          3. Меры социальной поддержки и материального стимулирования",
    "    Предоставление единовременной денежной выплаты",
    "                                                            по мере      Управление образования,",
    "    молодым специалистам, впервые приступившим к                                                       выплата предоставлена не менее",
    "3.1                                                       поступления    МКУ «Централизованная",
    "    работе в общеобразовательных организациях района                                                   чем 8 молодым специалистам",
    "                                                           заявлений     бухгалтерия»",
  ].join("\n");
  const file = path.join(dir, "plan.txt");
  writeFileSync(file, text + "\n");
  const plan = structureOrFail((await readInputAnywhere(file)).documents[0]);
  expect(plan.sections.map((s) => s.title)).toEqual(["Выявление потребности в педагогических кадрах и целевое обучение"]);
  const items = plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text]);
  expect(items[0]).toEqual([
    "2.4",
    "Профориентационные встречи обучающихся 9–11 классов с преподавателями педагогического колледжа и студентами, обучающимися по договорам о целевом обучении",
    "сентябрь – декабрь 2032 г.",
    "Руководители общеобразовательных организаций, ГБПОУ «Камышинский педагогический колледж»*",
  ]);
  expect(items[1][0]).toBe("2.5");
  expect(items[1][1]).toMatch(/^Открытие психолого-педагогического класса на базе МБОУ «Камышинская СОШ № 3» и организация его работы/);
  expect(items[1].slice(2)).toEqual(["в течение года", "Директор МБОУ «Камышинская СОШ № 3» Беляев С.Н."]);
});
