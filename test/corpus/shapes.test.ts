import iconv from "iconv-lite";
import { generatePlan } from "./generatePlan";
import { makeRng } from "./rng";
import { SHAPES } from "./shapes/catalogue";
import { allItems, type TruthItem, type TruthPlan } from "./truthPlan";

/**
 * The instrument itself: a shape must draw everything the truth says is there (else a reader would be blamed for a
 * renderer's loss), and draw it the same way for the same seed.
 */
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function truthWords(plan: TruthPlan): string[] {
  const texts = [plan.title, ...plan.sections.map((s) => s.label)];
  texts.push(...(plan.extras?.columns ?? []).map((c) => c.header));
  // A deadline in two columns is drawn as its start and end cells (a merged one's text in `start`).
  const deadline = (it: TruthItem) => (it.span ? [it.span.start, it.span.end] : [it.deadline.text]);
  for (const it of allItems(plan)) texts.push(it.number, it.name, it.responsible, ...deadline(it), it.result, ...Object.values(it.extra ?? {}));
  return [...new Set(texts.flatMap(wordsOf))];
}

/**
 * The text of the shapes that write another encoding, as its reader gets it back: the bytes decoded in the encoding
 * they were written in, the DOS export a browser mis-decoded read back through windows-1251 into cp866.
 */
const WRITTEN_AS: Readonly<Record<string, (data: string | Uint8Array) => string>> = {
  "box-lookalike-1251": (data) => iconv.decode(Buffer.from(data as Uint8Array), "win1251"),
  "box-cp866": (data) => iconv.decode(Buffer.from(data as Uint8Array), "cp866"),
  "box-cp866-as-1251": (data) => iconv.decode(iconv.encode(data as string, "win1251"), "cp866"),
};

/** Shapes drawn as text (workbooks, Word and PDF files are binary and carry timestamps). */
const TEXT_SHAPES = SHAPES.filter((s) => !s.needs && !s.slow && !/^(xlsx|docx|pdf|schedule-(2y-)?(xlsx|pdf-)|labelled-([a-z]+-)?(docx|column-a|pdf))/.test(s.name));

describe("corpus shapes", () => {
  test.each(TEXT_SHAPES.map((s) => [s.name, s] as const))("%s draws every word of its plan, the same each time", async (_name, shape) => {
    for (const seed of [5, 8, 9]) {
      const draw = async () => {
        const r = makeRng(seed);
        const plan = generatePlan(seed);
        const truth = shape.truth ? shape.truth(plan, r) : plan;
        return { truth, drawn: await shape.draw(truth, r) };
      };
      const { truth, drawn } = await draw();
      const again = await draw();
      const text = WRITTEN_AS[shape.name]?.(drawn.data) ?? drawn.data;
      if (typeof text !== "string") throw new Error(`${shape.name} is not a text shape`);
      expect(again.drawn.data).toEqual(drawn.data);
      const present = new Set(wordsOf(text));
      expect(truthWords(truth).filter((w) => !present.has(w))).toEqual([]);
    }
  });
});
