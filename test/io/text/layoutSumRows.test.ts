import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../helpers/seeds";

/** pdftotext -layout of a programme's plan: the sum row's label in the name column, its amount in the money column. */
const LAYOUT = [
  "                    План реализации программы на 2031 год",
  "",
  "№ п/п   Наименование мероприятия          Ответственный исполнитель    Срок реализации     Объём финансирования, тыс. руб.",
  "1.1     Семинары для молодых              директор МКУ «ЦРО»           ежемесячно          350,0",
  "        специалистов",
  "1.2     Мониторинг вакантных должностей   Управление образования       ежеквартально       1 648,2",
  "        Итого по разделу 1:                                                                1 998,2",
  "2.1     Выплата подъёмных молодым         Управление образования       в течение года      2 400,0",
  "        педагогам",
  "        Всего по программе                                                                 4 398,2",
].join("\n");

test("layout text: a sum row whose label stands in the name column is a row of its own, not the item above's lines", () => {
  const plan = structureOrFail(readTextDocument(LAYOUT, "plan.layout.txt"));
  expect(plan.items.map((it) => [it.number, it.name, it.extra["Объём финансирования, тыс. руб."]])).toEqual([
    ["1.1", "Семинары для молодых специалистов", "350,0"],
    ["1.2", "Мониторинг вакантных должностей", "1 648,2"],
    ["2.1", "Выплата подъёмных молодым педагогам", "2 400,0"],
  ]);
  expect(plan.meta.totals.map((t) => [t.label, Object.values(t.values)])).toEqual([
    ["Итого по разделу 1:", ["1 998,2"]],
    ["Всего по программе", ["4 398,2"]],
  ]);
});

test("layout text: sum rows after the last item, parted from it by blank lines, are the table's, not the signature", () => {
  const text = [
    ...LAYOUT.split("\n").slice(0, 9),
    "",
    "",
    "        Итого по разделу 2                                                                 2 400,0",
    "",
    "        ВСЕГО по",
    "                                                                                           4 398,2",
    "        программе",
    "",
    "Председатель комитета образования ______________ Т.А. Белова",
  ].join("\n");
  const plan = structureOrFail(readTextDocument(text, "plan.layout.txt"));
  expect(plan.items.map((it) => it.number)).toEqual(["1.1", "1.2", "2.1"]);
  expect(plan.meta.totals.map((t) => [t.label, Object.values(t.values)])).toEqual([
    ["Итого по разделу 1:", ["1 998,2"]],
    ["Итого по разделу 2", ["2 400,0"]],
    ["ВСЕГО по программе", ["4 398,2"]],
  ]);
  expect(plan.meta.signatureBlock).toEqual(["Председатель комитета образования ______________ Т.А. Белова"]);
});
