import { generatePlan } from "./generatePlan";
import { closed, type FieldKey, WORDINGS } from "./labelledText";
import { makeRng, type Rng } from "./rng";
import type { TruthDeadline } from "./deadlineForms";
import type { TruthItem, TruthPlan } from "./truthPlan";
import { withUnnumberedSections } from "./unnumberedSections";

/**
 * Labelled plans as they come from a hurried typist (issue 13), the things the tidier labelled shapes never draw:
 *   - the fields on the item's line after a dash, their labels in lower case and parted by commas or semicolons
 *     («1.2. Провести семинар – срок: до 1 марта 2027 г., ответственный: Соколов А.В.»);
 *   - no blank line anywhere: a section's heading right under the last field of the item above and right over the
 *     next item;
 *   - an item's name broken by Enter and its second line begun with a capital, as Word capitalises a new line
 *     («Проведение семинаров для» / «Молодых специалистов …»);
 *   - each item's fields in an order of its own, a field's value broken over two lines, an item with no field at all.
 * Items are numbered (as labelledText.ts draws them) or, in half the plans, blocks with no number opened by the name's
 * label, a bullet or the name alone (labelledVariants.ts). Drawn from streams of their own (the plan's seed ^ 0x1abe7
 * for the plan's way, ^ 0x1abe8 for each item's), so every other shape's documents stay as they were. The truth's
 * name is the words as printed (the capital of a broken line kept); a value broken over lines is the same text.
 */

const NAME_LABELS: readonly string[] = ["Мероприятие", "Наименование мероприятия", "Содержание"];
const BULLETS: readonly string[] = ["–", "•", "-"];
/** Words after which a name broken by Enter plainly goes on: prepositions and conjunctions. */
const OPEN_WORDS = /^(для|по|с|в|на|и|к|о|об|при|среди|со)$/u;

export interface WildStyle {
  readonly numbered: boolean;
  readonly opener: "label" | "bullet" | "paragraph";
  readonly nameLabel: string;
  readonly bullet: string;
  readonly wordings: Readonly<Record<FieldKey, string>>;
  readonly separator: ":" | " —" | " –";
  readonly periods: boolean;
  /** Items (and headings) parted by blank lines; without them nothing parts anything. */
  readonly blankBetween: boolean;
  /** The fields on the item's line, labels in lower case after a dash. */
  readonly inline: boolean;
  readonly dash: " – " | " — ";
  readonly joiner: ", " | "; ";
  /** Section headings with no number (numbered items then go straight through the plan). */
  readonly titledSections: boolean;
}

export function wildStyle(plan: TruthPlan): WildStyle {
  const r = makeRng(plan.seed ^ 0x1abe7);
  const numbered = r.chance(0.5);
  const opener = r.pick(["label", "bullet", "paragraph"] as const);
  const style = {
    numbered,
    opener,
    nameLabel: r.pick(NAME_LABELS),
    bullet: r.pick(BULLETS),
    wordings: { deadline: r.pick(WORDINGS.deadline), responsible: r.pick(WORDINGS.responsible), result: r.pick(WORDINGS.result) },
    separator: r.pick([":", ":", " —", " –"] as const),
    periods: r.chance(0.5),
    blankBetween: r.chance(0.4),
    inline: r.chance(0.35),
    dash: r.pick([" – ", " — "] as const),
    joiner: r.pick([", ", "; "] as const),
    titledSections: r.chance(0.4),
  };
  // One-line items with no number are a list: each opened by a bullet or the name's label, never by the name alone.
  return style.inline && !numbered && opener === "paragraph" ? { ...style, opener: "bullet" } : style;
}

/** How one item is drawn. */
interface ItemDraw {
  readonly item: TruthItem;
  readonly lines: string[];
}

/** The truth and the document's lines, from the generated plan: both come from one pass over the same draws. */
export function wildPlan(generated: TruthPlan): { truth: TruthPlan; lines: string[] } {
  const style = wildStyle(generated);
  // The plan's own columns only: the extra fields of labelledText.ts are no part of what this shape tests.
  const plan = style.titledSections ? withUnnumberedSections(generated) : generated;
  const r = makeRng(generated.seed ^ 0x1abe8);
  let n = 0;
  const lines: string[] = [...plan.titleBlock, "", plan.title, ""];
  const sections = plan.sections.map((s, k) => {
    if (k > 0 && style.blankBetween) lines.push("");
    lines.push(s.label);
    if (style.blankBetween) lines.push("");
    const items = s.items.map((it, i) => {
      if (i > 0 && style.blankBetween) lines.push("");
      // On one line, executors written one per line are parted by commas.
      const drawn = drawItem(plan, style.inline ? { ...it, responsible: it.responsible.replace(/\n/g, ", ") } : it, style, r);
      lines.push(...drawn.lines);
      return style.numbered ? drawn.item : { ...drawn.item, number: "", qualified: `#${++n}` };
    });
    return { ...s, items };
  });
  lines.push("", ...plan.signatures.flatMap((l) => [l, ""]));
  return { truth: { ...plan, sections }, lines };
}

export const wildTruth = (plan: TruthPlan): TruthPlan => wildPlan(plan).truth;
/** The document of a truth wildTruth made: drawn again from the plan its seed generates. */
export const wildLines = (truth: TruthPlan): string[] => wildPlan(generatePlan(truth.seed)).lines;

const NO_DEADLINE: TruthDeadline = { text: "", kind: "unparsed", start: null, end: null, every: null };

function drawItem(plan: TruthPlan, it: TruthItem, style: WildStyle, r: Rng): ItemDraw {
  // Every draw is made for every item, so that one item's way never shifts the next one's.
  const bare = r.chance(0.1) && (style.numbered || style.opener !== "paragraph");
  const shuffle = r.chance(0.3);
  const broken = r.chance(0.2);
  const brokenAt = r.next();
  const wrap = r.chance(0.3);
  const wrapAt = r.next();
  const order = shuffled(plan.order.filter((k): k is FieldKey => k !== "number" && k !== "name"), shuffle ? r : makeRng(0));
  const item: TruthItem = bare ? { ...it, deadline: NO_DEADLINE, responsible: "", executors: [], result: "" } : it;
  const fields = order.map((k) => [k, k === "deadline" ? item.deadline.text : item[k]] as const).filter(([, v]) => v.trim() !== "");
  const nameLines = style.inline ? [item.name] : wrappedName(item.name, wrapAt, wrap);
  const name = nameLines.join(" ");
  const opening = style.numbered ? `${item.number.replace(/\.$/, "")}. ` : style.opener === "label" ? `${style.nameLabel}${style.separator} ` : style.opener === "bullet" ? `${style.bullet} ` : "";
  if (style.inline) {
    const parts = fields.map(([k, v]) => `${style.wordings[k].toLowerCase()}: ${v}`);
    const line = parts.length ? `${opening}${name}${style.dash}${parts.join(style.joiner)}` : `${opening}${name}`;
    return { item: { ...item, name }, lines: [closed(line, style.periods)] };
  }
  const brokenField = broken ? fields.findIndex(([, v]) => !v.includes("\n") && /\s/.test(v.trim())) : -1;
  const out = [`${opening}${nameLines[0]}`, ...nameLines.slice(1)];
  out[out.length - 1] = closed(out[out.length - 1], style.periods);
  fields.forEach(([k, v], j) => {
    const text = `${style.wordings[k]}${style.separator} ${closed(v, style.periods)}`;
    out.push(...(j === brokenField ? breakAt(text, style.wordings[k].length + style.separator.length + 1, brokenAt) : text.split("\n")));
  });
  return { item: { ...item, name }, lines: out };
}

/**
 * The name broken by Enter into two lines, the second begun with a capital, after a preposition or a conjunction
 * (where it has one): the first line then plainly stops mid-phrase, as it must for a reader to tell it from an item's
 * field above it where nothing else parts the items.
 */
function wrappedName(name: string, at: number, wrap: boolean): string[] {
  const words = name.split(" ");
  if (!wrap || words.length < 4) return [name];
  const open = words.flatMap((w, k) => (k >= 1 && k < words.length - 1 && OPEN_WORDS.test(w) && /^\p{Ll}/u.test(words[k + 1]) ? [k + 1] : []));
  if (!open.length) return [name];
  const cut = open[Math.floor(at * open.length)];
  const rest = words.slice(cut).join(" ");
  return [words.slice(0, cut).join(" "), rest[0].toUpperCase() + rest.slice(1)];
}

/** A field's line broken at a space of its value (after `from`, the label), as a typist's Enter breaks it. */
function breakAt(text: string, from: number, at: number): string[] {
  const spaces = [...text.slice(from).matchAll(/ /g)].map((m) => from + m.index!);
  if (!spaces.length) return [text];
  const cut = spaces[Math.floor(at * spaces.length)];
  return [text.slice(0, cut), text.slice(cut + 1)];
}

function shuffled<T>(xs: readonly T[], r: Rng): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
