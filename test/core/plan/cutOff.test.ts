import * as fc from "fast-check";
import type { Plan } from "../../../src/core/plan/types";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { type AbstractPlan, allItems } from "../../fixtures/plans/abstractPlan";
import { planArbitrary, structuredPlanArbitrary } from "../../fixtures/plans/planArbitrary";
import { renderPlan, type TextShape } from "../../fixtures/plans/renderText";
import { readShape } from "../../helpers/readShape";
import { SEEDS, seedDocument, structureOrFail } from "../../helpers/seeds";

const SHAPES: TextShape[] = ["markdown", "tsv", "csv", "box", "ascii", "html"];
const cutNotes = (plan: Plan) => plan.items.flatMap((it, i) => (it.notes ?? []).filter((n) => n.code === "possibly_incomplete").map((n) => ({ index: i, text: n.text })));

/** The generator's function words: a complete phrase does not end on them. */
const FUNCTION_WORDS = new Set(["и", "в", "для"]);
const complete = (p: AbstractPlan) => allItems(p).every((it) => ![it.name, it.result].some((t) => FUNCTION_WORDS.has(t.split(" ").pop()!)));

/** The plan as a document that ends with its table: the signature under it removed. */
const unsigned = (text: string) => text.replace(/\nИсполнитель:.*\n?$/, "\n");

/** The last item as a lost page leaves it: its first words, the cells that would have followed gone. */
function cutLast(plan: AbstractPlan, mode: "columns" | "dangling"): AbstractPlan {
  const sections = plan.sections.map((s, si) => {
    if (si !== plan.sections.length - 1) return s;
    const items = s.items.map((it, ii) => {
      if (ii !== s.items.length - 1) return it;
      const head = it.name.split(" ").slice(0, 2).join(" ");
      return mode === "columns" ? { ...it, name: head, responsible: "", deadline: "", result: "" } : { ...it, name: `${head} для` };
    });
    return { ...s, items };
  });
  return { ...plan, sections };
}

describe("a document cut off after its last item", () => {
  test.each(Object.values(SEEDS))("seed %s is complete: no item is marked", (file) => {
    expect(cutNotes(structureOrFail(seedDocument(file)))).toEqual([]);
  });

  test.each(SHAPES)("%s: complete plans, signed or not, carry no such note (property)", (shape) => {
    fc.assert(
      fc.property(fc.oneof(planArbitrary, structuredPlanArbitrary).filter(complete), fc.boolean(), fc.nat(30), (source, signed, split) => {
        const text = renderPlan(source, shape, { splitItem: split % allItems(source).length });
        expect(cutNotes(structureOrFail(readShape(signed ? text : unsigned(text), shape)))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  test.each(SHAPES)("%s: a last item cut mid-phrase or with its cells lost is marked, and only it (property)", (shape) => {
    const longEnough = planArbitrary.filter((p) => allItems(p).length >= 4 && complete(p));
    fc.assert(
      fc.property(longEnough, fc.constantFrom<"columns" | "dangling">("columns", "dangling"), (source, mode) => {
        const cut = cutLast(source, mode);
        const plan = structureOrFail(readShape(unsigned(renderPlan(cut, shape)), shape));
        expect(plan.items).toHaveLength(allItems(source).length);
        const notes = cutNotes(plan);
        expect(notes.map((n) => n.index)).toEqual([plan.items.length - 1]);
        expect(notes[0].text).toMatch(mode === "columns" ? /пусты графы/ : /обрывается на «для»/);
        // The same cut under a signature is a plan whose author left cells empty: validation's business, not a cut.
        // (csv has no lines around the table to sign it.)
        expect(cutNotes(structureOrFail(readShape(renderPlan(cut, shape), shape)))).toEqual(shape === "csv" ? notes : []);
      }),
      { numRuns: 20 },
    );
  });

  test("an excerpt copied from a PDF, its last page missing: the last item ends on a broken word", () => {
    const plan = structureOrFail(readTextDocument(`План мероприятий по кадровому обеспечению на 2025 год

| № п/п | Наименование мероприятия | Срок | Ответственный | Результат |
|---|---|---|---|---|
| 1. | Мониторинг вакансий | ежемесячно | Отдел кадров | Сводная таблица |
| 2. | Совещание руководителей | март | Управление образования | Протокол |

- 2 -

| № п/п | Наименование мероприятия | Срок | Ответственный | Результат |
|---|---|---|---|---|
| 3. | Организация наставничества для молодых педаго- | сентябрь | Методический центр | Доля молодых педагогов, закреплённых за наставниками, не менее |
`, "выписка.md"));
    expect(cutNotes(plan)).toEqual([
      { index: 2, text: "пункт, возможно, обрезан: наименование обрывается на «молодых педаго-»; результат обрывается на «не менее»; после таблицы на нескольких страницах нет подписи" },
    ]);
  });
});
