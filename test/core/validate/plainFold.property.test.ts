import fc from "fast-check";
import { contentStems, plainContentStems } from "../../../src/core/plan/validate/text/contentStems";
import { plainFold, plainInitials, plainWords } from "../../../src/core/plan/validate/text/plainFold";
import { foldText, words } from "../../../src/core/text/normalize";

/**
 * Characters of every kind the fast path tells apart, and some it must hand back (Latin look-alikes, other scripts,
 * letters whose lower case is special, marks that are letters or numbers to Unicode).
 */
const CHARS = [
  "а", "Я", "Ё", "ё", "Й", "й", "ж", "1", "0", " ", "  ", ".", ",", "-", "%", "/", ";", "(", ")", "«", "»", '"', "'", "`", "’", "“", "„",
  "‘", "\n", "\r", "\t", "\v", "\u00A0", "\u202F", "\u2009", "\u00AD", "\u200B", "\u2060", "\uFEFF", "–", "—", "‑", "−", "№", "…", "·", "•",
  "a", "A", "o", "k", "Z", "İ", "K", "Ѐ", "і", "Ї", "ς", "Σ", "²", "½", "\u2028", "\u3000", "\u0301", "\uD83D\uDE00", "ß", "ǅ",
];

const texts = fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((parts) => parts.join(""));
/** Only characters the fast path handles: it must answer, not hand back. */
const HANDLED = CHARS.slice(0, CHARS.indexOf("a"));
const handledTexts = fc.array(fc.constantFrom(...HANDLED), { maxLength: 14 }).map((parts) => parts.join(""));

describe("plainFold and plainWords: foldText and words in one pass", () => {
  test("any text: foldText's result, or null", () => {
    fc.assert(fc.property(texts, (s) => [null, foldText(s)].includes(plainFold(s))), { numRuns: 5000 });
  });

  test("any text: words' result, or null", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const fast = plainWords(s);
        return fast === null || JSON.stringify(fast) === JSON.stringify(words(s));
      }),
      { numRuns: 5000 },
    );
  });

  test("text of the characters it handles: answered, never handed back", () => {
    fc.assert(
      fc.property(handledTexts, (s) => plainFold(s) === foldText(s) && JSON.stringify(plainWords(s)) === JSON.stringify(words(s))),
      { numRuns: 5000 },
    );
  });

  test("plan cells in Cyrillic with punctuation, quotes, dashes and ё are handled here, with the general result", () => {
    const cells = [
      "Проведение мероприятия номер 17 по повышению квалификации педагогов",
      "  МБОУ «СОШ № 5» – руководители ОО;  Иванова А.А.,\u00A0методист ",
      "Отчёт о выполнении (не менее 10 %), 01.02.2026 / ежеквартально—до 20-го",
      "«Учёт»\u00ADкадров “в” ‘ОО’",
    ];
    for (const c of cells) {
      expect(plainFold(c)).toBe(foldText(c));
      expect(plainWords(c)).toEqual(words(c));
    }
    expect(plainFold("Проведение мероприятия")).toBe("проведение мероприятия");
  });

  test("a Latin letter, a letter of another script or a rare mark is left to the general functions", () => {
    for (const c of ["Высшaя категория", "IT-класс", "Київ", "x²", "é"]) {
      expect(plainFold(c)).toBeNull();
      expect(plainWords(c)).toBeNull();
    }
  });
});

describe("plainContentStems: contentStems(words(text)) in one pass", () => {
  // Function words, short and long words, numbers whole and mixed, ё inside a word and dropped marks inside one
  // (the words the one pass must rebuild), joined by the characters of every kind above.
  const WORDS = ["и", "по", "чтобы", "также", "Между", "ЧИСЛЕ", "т", "ч", "от", "Проведение", "кампании", "учёт", "уч\u00ADёт", "«Учёт»", "2026", "10", "12а", "1.5", "вып", "педагогов", "ё"];
  const stemTexts = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...CHARS)), { maxLength: 16 }).map((parts) => parts.join(""));
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => b[i] === s) && new Set(a).size === a.length;

  test("any text: contentStems' stems of its words, or null", () => {
    fc.assert(
      fc.property(stemTexts, (s) => {
        const fast = plainContentStems(s);
        return fast === null || same(fast, contentStems(words(s)));
      }),
      { numRuns: 5000 },
    );
  });

  test("text after text into one reused list and one table of stems: each text's own stems, the list is the one given", () => {
    const list: string[] = [];
    const made = new Map<number, string>();
    fc.assert(
      fc.property(fc.array(stemTexts, { minLength: 1, maxLength: 6 }), (ts) =>
        ts.every((s) => {
          const fast = plainContentStems(s, list, made);
          return fast === null || (fast === list && same(fast, contentStems(words(s))));
        }),
      ),
      { numRuns: 2000 },
    );
  });

  test("a long text's stems, then a short one's: the list holds only the short one's", () => {
    const list: string[] = [];
    expect(plainContentStems("Проведение кампании 2026 года и 1234567 педагогов", list)).toEqual(["прове", "кампа", "2026", "года", "1234567", "педаг"]);
    expect(plainContentStems("Отчёт: 5 отчётов", list)).toBe(list);
    expect(list).toEqual(["отчет", "5"]);
  });

  test("each stem once, in the order the words come", () => {
    const text = "Отчёт, отчёты и 5 отчётов: 5 приказов";
    expect(plainContentStems(text)).toEqual(["отчет", "5", "прика"]);
    expect(contentStems(words(text))).toEqual(["отчет", "5", "прика"]);
  });

  test("a plan's name and result are answered here, as contentStems reads their words", () => {
    const name = "Проведение кампании по учёту 2026 года и т.ч. мероприятий «Кадры»";
    expect([...plainContentStems(name)!].sort()).toEqual([...contentStems(words(name))].sort());
    expect([...plainContentStems(name)!].sort()).toEqual(["2026", "года", "кадры", "кампа", "мероп", "прове", "учету"].sort());
  });
});

describe("plainInitials: the spelled-out index's reading of words(text) in one pass", () => {
  const SKIPPED = new Set(["и", "в", "во", "на", "по", "для", "за"]);
  // Function words in every case and with marks inside, longer words, numbers, ё first: joined by every kind of character.
  const WORDS = ["и", "И", "в", "В", "во", "ВО", "по", "П\u00ADо", "для", "ДЛЯ", "д«л»я", "за", "Ёлка", "ёж", "Российской", "академии", "ОБРАЗОВАНИЯ", "12а", "2026", "а1"];
  const initialsTexts = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...CHARS)), { maxLength: 16 }).map((parts) => parts.join(""));
  /** As the index read a text before: first letters of words(text) that start with a letter, then of those not skipped. */
  const reference = (s: string): string => {
    const ws = words(s).filter((w) => /^\p{L}/u.test(w));
    return `${ws.map((w) => w[0]).join("")}|${ws.filter((w) => !SKIPPED.has(w)).map((w) => w[0]).join("")}`;
  };
  const read = (s: string): string | null => {
    const codes = new Uint16Array(2 * s.length + 2);
    const end = plainInitials(s, codes, 0, "|".charCodeAt(0), new Uint16Array(s.length), SKIPPED, 3);
    return end < 0 ? null : String.fromCharCode(...codes.subarray(0, end));
  };

  test("any text: the first letters of its words, or handed back", () => {
    fc.assert(
      fc.property(initialsTexts, (s) => {
        const fast = read(s);
        return fast === null || fast === reference(s);
      }),
      { numRuns: 5000 },
    );
  });

  test("Cyrillic text: read here, capitals as lower case, function words left out of the second list", () => {
    expect(read("Институт развития Образования в «Омской» области")).toBe("ировоо|ирооо");
    expect(read("План ПО\u00ADвышения ДЛЯ Ёлки, 2026 г.")).toBe("ппдег|ппег");
    expect(read("IT-класс")).toBeNull();
  });
});
