import { DEADLINE_FORMS, DEADLINE_FORM_NAMES } from "./deadlineForms";
import { makeRng, type Rng } from "./rng";
import type { Key, Numbering, TruthItem, TruthPlan, TruthSection } from "./truthPlan";
import { contact, DISTRICTS, executors, itemName, phoneOf, result, sectionTitle, signer } from "./vocabulary";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

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
function sections(r: Rng, year: number, numbering: Numbering): TruthSection[] {
  const used = new Set<string>();
  const out: TruthSection[] = [];
  const count = r.int(2, 4);
  const items = (prefix: string, qualifier: string) => {
    const n = r.int(1, 5);
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
      const label = r.chance(0.5) ? `Раздел ${ROMAN[s - 1]}. ${title}` : `${ROMAN[s - 1]}. ${title}`;
      out.push({ number: ROMAN[s - 1], label, title, level: 1, items: items("", ROMAN[s - 1]) });
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

/** A random plan, the same for the same seed. */
export function generatePlan(seed: number): TruthPlan {
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
  return {
    seed,
    year,
    title,
    titleBlock: ["УТВЕРЖДАЮ", "Начальник управления образования", `администрации ${district}`, `____________ ${boss}`, `«___» __________ ${year} г.`],
    signatures: [`Начальник управления образования ____________ ${boss}`, `Исполнитель: ${contact(r)}, тел. ${phoneOf(r)}`],
    order: r.pick(ORDERS),
    headers,
    numbering,
    sections: sections(r, year, numbering),
  };
}
