import { type Atom, withYear } from "./atoms";
import type { Token } from "./tokenize";

/** One listed item: a single atom, or a range from one atom to another. */
export interface Item {
  readonly from: Atom;
  readonly to: Atom | null;
}

/** The shape of a deadline text once its tokens are read. */
export type Expression =
  /** "до 20 декабря", "не позднее 01.09.2024", "к 1 сентября": the day it is due by. */
  | { readonly shape: "before"; readonly atom: Atom }
  /** "с 1 сентября 2024 года": a start and no end. */
  | { readonly shape: "from"; readonly atom: Atom }
  /** One atom, one range, or a list of them. */
  | { readonly shape: "items"; readonly items: readonly Item[] };

type Kind = Token["t"];

/** "сентябрь 2024", "I квартал 2025 г.": a year written right after a yearless atom is that atom's year. */
function attachYears(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const tok of tokens) {
    const prev = out[out.length - 1];
    if (tok.t === "year" && prev?.t === "atom" && prev.atom.year === null) out[out.length - 1] = { t: "atom", atom: withYear(prev.atom, tok.year) };
    else if (tok.t === "year") out.push({ t: "atom", atom: { type: "year", year: tok.year } });
    else out.push(tok);
  }
  return out;
}

/** A full date: a day with its month and own year ("29.03.2022", "20 декабря 2024 года"). */
const isFullDate = (a: Atom): boolean => a.type === "day" && a.month !== null && a.year !== null;

type Segment = { readonly items: Item[] } | { readonly from: Atom };

/**
 * Shapes of one list segment, by the sequence of token kinds. Dates written one after another without a
 * separator ("29.03.2022 05.04.2022") are a list only when each is a full date: anything else run together
 * ("I полугодие 2024/2025 учебного года") is not read.
 */
const SEGMENT_SHAPES: readonly (readonly [RegExp, (atoms: Atom[]) => Segment | null])[] = [
  [/^atom$/, ([a]) => ({ items: [{ from: a, to: null }] })],
  [/^(?:atom dash|from atom (?:to|until|dash)) atom$/, ([a, b]) => ({ items: [{ from: a, to: b }] })],
  [/^from atom$/, ([a]) => ({ from: a })],
  [/^atom(?: atom)+$/, (atoms) => (atoms.every(isFullDate) ? { items: atoms.map((a) => ({ from: a, to: null })) } : null)],
];

const BEFORE_SHAPE = /^(?:before|until|to) atom$/;

function signature(tokens: readonly Token[]): string {
  return tokens.map((t): Kind => t.t).join(" ");
}

function atomsOf(tokens: readonly Token[]): Atom[] {
  return tokens.flatMap((t) => (t.t === "atom" ? [t.atom] : []));
}

function readSegment(tokens: readonly Token[]): Segment | null {
  const sig = signature(tokens);
  for (const [re, build] of SEGMENT_SHAPES) if (re.test(sig)) return build(atomsOf(tokens));
  return null;
}

function splitOnSeparators(tokens: readonly Token[]): Token[][] {
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (t.t === "sep") segments.push([]);
    else segments[segments.length - 1].push(t);
  }
  return segments.filter((s) => s.length > 0);
}

/** Reads tokens as a deadline expression; null when they are not one (unknown words, dangling connectors…). */
export function parseExpression(raw: readonly Token[]): Expression | null {
  if (raw.some((t) => t.t === "unknown")) return null;
  const tokens = attachYears(raw);
  if (tokens.length === 0) return null;
  if (BEFORE_SHAPE.test(signature(tokens))) return { shape: "before", atom: atomsOf(tokens)[0] };
  const segments = splitOnSeparators(tokens).map(readSegment);
  if (segments.length === 0 || segments.some((s) => s === null)) return null;
  if (segments.length === 1 && segments[0] && "from" in segments[0]) return { shape: "from", atom: segments[0].from };
  const items: Item[] = [];
  for (const s of segments) {
    if (!s || !("items" in s)) return null; // "с X" only stands alone
    items.push(...s.items);
  }
  return { shape: "items", items };
}
