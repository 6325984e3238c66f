import { DEADLINE_FORMS, DEADLINE_FORM_NAMES } from "./deadlineForms";
import { makeRng, type Rng } from "./rng";
import type { Key, Numbering, TruthItem, TruthPlan, TruthSection } from "./truthPlan";
import { contact, DISTRICTS, executors, itemName, phoneOf, result, sectionTitle, signer } from "./vocabulary";

const ROMAN_DIGITS: readonly [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];

export function toRoman(n: number): string {
  let out = "";
  for (const [value, digits] of ROMAN_DIGITS) for (; n >= value; n -= value) out += digits;
  return out;
}

/** Header texts by column, every one a synonym DESIGN §3 lists. */
const HEADER_CHOICES: Readonly<Record<Key, readonly string[]>> = {
  number: ["№ п/п", "№", "N п/п"],
  name: ["Наименование мероприятия", "Мероприятие", "Содержание работы", "Наименование мероприятий"],
  responsible: ["Ответственные исполнители", "Ответственный исполнитель", "Исполнитель", "Ответственные"],
  deadline: ["Срок исполнения", "Сроки реализации", "Срок", "Период реализации"],
  result: ["Ожидаемый результат", "Результат", "Форма отчётности", "Результаты"],
};

const ORDERS: readonly (readonly Key[])[] = [
  ["number", "name", "deadline", "responsible", "result"],
  ["number", "name", "responsible", "deadline", "result"],
  ["number", "deadline", "name", "responsible", "result"],
  ["number", "name", "result", "deadline", "responsible"],
];

function item(r: Rng, year: number, number: string, qualified: string): TruthItem {
  const list = executors(r);
  const separator = r.pick([", ", "; ", "\n"]);
  return {
    number,
    qualified,
    name: itemName(r),
    executors: list,
    responsible: list.join(separator),
    deadline: DEADLINE_FORMS[r.pick(DEADLINE_FORM_NAMES)](year, r),
    result: result(r),
  };
}

/** Sections and items in one of three numbering schemes: 1 / 1.1, I / 1 (restarting), Цель 1 / Задача 1.1 / 1.1.1. */
function sections(r: Rng, year: number, numbering: Numbering, size: PlanSize): TruthSection[] {
  const used = new Set<string>();
  const out: TruthSection[] = [];
  const count = r.int(...size.sections);
  const items = (prefix: string, qualifier: string) => {
    const n = r.int(...size.items);
    const dot = r.chance(0.3) ? "." : "";
    return Array.from({ length: n }, (_, k) => {
      const number = prefix ? `${prefix}.${k + 1}${dot}` : `${k + 1}${dot}`;
      return item(r, year, number, qualifier ? `${qualifier}.${k + 1}` : `${prefix}.${k + 1}`);
    });
  };
  for (let s = 1; s <= count; s++) {
    const title = sectionTitle(r, used);
    if (numbering === "hierarchical") {
      const label = r.chance(0.5) ? `Раздел ${s}. ${title}` : `${s}. ${title}`;
      out.push({ number: String(s), label, title, level: 1, items: items(String(s), "") });
    } else if (numbering === "restart") {
      const label = r.chance(0.5) ? `Раздел ${toRoman(s)}. ${title}` : `${toRoman(s)}. ${title}`;
      out.push({ number: toRoman(s), label, title, level: 1, items: items("", toRoman(s)) });
    } else {
      out.push({ number: String(s), label: `Цель ${s}. ${title}`, title, level: 1, items: [] });
      const tasks = r.int(1, 2);
      for (let t = 1; t <= tasks; t++) {
        const task = `обеспечение ${sectionTitle(r, used).toLowerCase()}`;
        const number = `${s}.${t}`;
        out.push({ number, label: `Задача ${number}. ${task[0].toUpperCase()}${task.slice(1)}`, title: `${task[0].toUpperCase()}${task.slice(1)}`, level: 2, items: items(number, "") });
      }
    }
  }
  return out;
}

/** How many sections (or goals) and items per section, as [min, max]. */
export interface PlanSize {
  readonly sections: readonly [number, number];
  readonly items: readonly [number, number];
}

const USUAL: PlanSize = { sections: [2, 4], items: [1, 5] };

/** A random plan, the same for the same seed (and size). */
export function generatePlan(seed: number, size: PlanSize = USUAL): TruthPlan {
  const r = makeRng(seed);
  const year = r.int(2024, 2027);
  const numbering = r.pick<Numbering>(["hierarchical", "hierarchical", "restart", "goals"]);
  const district = r.pick(DISTRICTS);
  const title = r.pick([
    `План мероприятий («дорожная карта») по кадровому обеспечению системы образования ${district} на ${year} год`,
    `План работы по развитию кадрового потенциала педагогических работников на ${year} год`,
  ]);
  const headers = Object.fromEntries((Object.keys(HEADER_CHOICES) as Key[]).map((k) => [k, r.pick(HEADER_CHOICES[k])])) as Record<Key, string>;
  const boss = signer(r);
  // A draw of its own, so that the plans every other draw makes stay what they were.
  const sectionRows = makeRng(seed ^ 0x5ec7).chance(0.5) ? "numbered" : "merged";
  return {
    seed,
    year,
    title,
    titleBlock: ["УТВЕРЖДАЮ", "Начальник управления образования", `администрации ${district}`, `____________ ${boss}`, `«___» __________ ${year} г.`],
    signatures: [`Начальник управления образования ____________ ${boss}`, `Исполнитель: ${contact(r)}, тел. ${phoneOf(r)}`],
    order: r.pick(ORDERS),
    headers,
    numbering,
    sections: sections(r, year, numbering, size),
    sectionRows,
  };
}
