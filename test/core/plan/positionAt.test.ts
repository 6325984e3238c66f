import fc from "fast-check";
import { POSITION_PHRASES } from "../../../src/core/plan/responsible/catalogue/positions";
import { positionAt, tokens } from "../../../src/core/plan/responsible/recognise";
import { SEEDS, seedText } from "../../helpers/seeds";

/** The catalogue tried whole at every word, as positionAt first did (its result must not change with the index by letter). */
const ALL = POSITION_PHRASES.map((phrase) => new RegExp(`^${phrase.map((stem) => `${stem}[а-яё]{0,3}`).join("\\s+")}(?:-[\\p{L}]+)*(?![\\p{L}\\d])`, "iu"));
function simpleEnd(probe: string, at: number): number | null {
  const rest = probe.slice(at, at + 80);
  let best = 0;
  for (const re of ALL) {
    const m = re.exec(rest);
    if (m && m[0].length > best) best = m[0].length;
  }
  return best ? at + best : null;
}

const WORDS = ["Заместитель", "ЗАМ.", "зам.", "директора", "Начальник", "отдела", "педагог", "дополнительного", "образования", "Учителя-логопеды", "МБОУ", "СОШ", "Иванова", "А.А.", "старший", "воспитатель", "Ведущий", "специалист", "и", "руководители", "ОО", "первый", "заместитель", "министра", "№ 5", "«Школа»", "methodist", "ёлка"];

describe("positionAt: position phrases found by first letter", () => {
  test("every word of the seeds' texts: the same phrase end as the whole catalogue gives", () => {
    for (const seed of Object.values(SEEDS)) {
      const text = seedText(seed);
      for (const t of tokens(text)) expect([t.word, positionAt(text, t.start)?.end ?? null]).toEqual([t.word, simpleEnd(text, t.start)]);
    }
  });

  test("random executor texts, any case: the same phrase end", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), fc.boolean(), (words, upper) => {
        const probe = upper ? words.join(" ").toUpperCase() : words.join(" ");
        for (const t of tokens(probe)) if (positionAt(probe, t.start)?.end !== (simpleEnd(probe, t.start) ?? undefined)) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
