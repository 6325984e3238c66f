import { makeRng, type Rng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";

/**
 * A plan published as its act is: a regional or municipal resolution whose annexes follow one another on one page, as
 * a legal reference system's site (or the body's own) gives the whole act. The plan is one annex («Приложение N 1» /
 * «к постановлению» / «администрации …» / «от … N …» over its title), and the next annex follows its last row: the
 * plan's target indicators, their own heading and table, numbered «1.», «2.» as well (zavolzhsky-2029.webcopy.txt).
 * Executors are printed as such acts print them: bodies in lower case, names in straight quotes, a consent after a
 * body the act cannot oblige, one party a paragraph of the cell.
 */

/** Parties as a region's act names them (lower case, straight quotes), some with the consent officials print. */
const REGIONAL_PARTIES: readonly string[] = [
  "министерство образования области",
  "органы местного самоуправления муниципальных районов и городских округов, осуществляющие управление в сфере образования (по согласованию)",
  'ГАУ ДПО "Институт развития образования"',
  "министерство строительства и жилищно-коммунального хозяйства области",
  'ФГБОУ ВО "Государственный педагогический университет" (по согласованию)',
  "руководители общеобразовательных организаций",
  "министерство труда и социальной защиты области",
  'ГКУ "Центр занятости населения" (по согласованию)',
  "профессиональные образовательные организации (по согласованию)",
];

/**
 * The plan as an act's annex: signed by nobody, the act's signatures standing under the act, before its annexes (the
 * page drawn here gives the plan's annex and the next, with none).
 */
export const asUnsignedAnnex = (plan: TruthPlan): TruthPlan => ({ ...plan, signatures: [] });

/**
 * The plan with some items' executors drawn as a region's act prints them, each party a paragraph of its own (the
 * truth's text parts them by line breaks, as the cell shows them) and results begun in lower case. Drawn from a stream
 * of its own (the plan's seed ^ 0xac7), so the plan's other cells stay what they were.
 */
export function withActExecutors(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0xac7);
  const redrawn = (it: TruthItem): TruthItem => {
    if (!r.chance(0.6)) return it;
    const executors: string[] = [];
    const count = r.pick([1, 2, 2, 3]);
    while (executors.length < count) {
      const p = r.pick(REGIONAL_PARTIES);
      if (!executors.includes(p)) executors.push(p);
    }
    return { ...it, executors, responsible: executors.join("\n"), result: lowerFirst(it.result) };
  };
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(redrawn) })) };
}

/** A result as acts begin it, in lower case, unless its first word is an abbreviation. */
function lowerFirst(text: string): string {
  return /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The annex heading over a part of the act, each of its lines a paragraph: «Приложение N 2» / «к постановлению» / … */
export function annexHeading(plan: TruthPlan, n: number, r: Rng): string[] {
  const sign = r.pick(["N", "№"]);
  const date = `от ${String((plan.seed % 27) + 1).padStart(2, "0")}.01.${plan.year} ${sign} ${10 + (plan.seed % 80)}`;
  return r.chance(0.5) ? [`Приложение ${sign} ${n}`, "к постановлению", "администрации муниципального района", date] : [`Приложение ${sign} ${n} к постановлению администрации муниципального района ${date}`];
}

/**
 * Titles an act prints in capitals over a table of its own, with no «Приложение» over them: the plan's indicators
 * right after its last row, as a section of the same annex. Long ones wrap (a <br> or the page's width).
 */
const CAPITAL_TITLES: readonly string[] = [
  "ПЕРЕЧЕНЬ ПОКАЗАТЕЛЕЙ РЕЗУЛЬТАТИВНОСТИ РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ",
  'СВЕДЕНИЯ О ЦЕЛЕВЫХ ПОКАЗАТЕЛЯХ (ИНДИКАТОРАХ) ПЛАНА МЕРОПРИЯТИЙ ("ДОРОЖНОЙ КАРТЫ")',
  "СВЕДЕНИЯ О ДОСТИЖЕНИИ ПОКАЗАТЕЛЕЙ КАДРОВОГО ОБЕСПЕЧЕНИЯ СИСТЕМЫ ОБРАЗОВАНИЯ",
  "ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ ПО ОБЕСПЕЧЕНИЮ СИСТЕМЫ ОБРАЗОВАНИЯ ПЕДАГОГИЧЕСКИМИ КАДРАМИ НА {years} ГОДЫ",
];

/** A title in capitals (CAPITAL_TITLES), on one line or broken into lines of about `width` characters. */
export function capitalTitle(plan: TruthPlan, r: Rng): string {
  const title = r.pick(CAPITAL_TITLES).replace("{years}", `${plan.year} - ${plan.year + 1}`);
  if (r.chance(0.5)) return title;
  const width = r.int(30, 60);
  const lines = title.split(" ").reduce<string[]>((out, w) => {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + w.length <= width) out[out.length - 1] = `${last} ${w}`;
    else out.push(w);
    return out;
  }, []);
  return lines.join("\n");
}

/** The next annex's table: target indicators by year, a caption a paragraph or its plain cells parted by tabs. */
export function targetsTable(plan: TruthPlan, r: Rng): { title: string; captions: string[]; rows: string[][] } {
  const years = [plan.year, plan.year + 1];
  const targets: [string, string, number][] = [
    ["Укомплектованность общеобразовательных организаций педагогическими кадрами", "процентов", 96],
    ["Доля педагогических работников в возрасте до 35 лет", "процентов", 21],
    ["Количество договоров о целевом обучении по педагогическим направлениям подготовки", "единиц", 120],
    ["Доля молодых педагогов, за которыми закреплены наставники", "процентов", 85],
  ];
  const count = r.int(2, targets.length);
  return {
    title: r.pick(["ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ РЕАЛИЗАЦИИ ПЛАНА МЕРОПРИЯТИЙ", "Показатели реализации плана мероприятий («дорожной карты»)"]),
    captions: [r.pick(["N п/п", "№ п/п"]), "Наименование показателя", "Единица измерения", ...years.map((y) => `${y} год`)],
    rows: targets.slice(0, count).map(([name, unit, base], k) => [`${k + 1}.`, name, unit, ...years.map((_, j) => String(base + j * (unit === "единиц" ? 20 : 1)))]),
  };
}
