import type { HtmlElement, HtmlNode } from "./parseHtml";
import { intAttribute } from "./parseHtml";
import type { LineWriter } from "./lineWriter";

/**
 * Renders HTML nodes as a browser would show their text: block elements and <br> start new lines, list items get
 * "- " (ordered lists: "1. "), whitespace collapses, and what is never shown (scripts, styles, Word's <o:p> and XML
 * islands) is left out. Tables are handed to `onTable`: the caller decides whether a table becomes a block or is
 * flattened into a cell. Iterative, so deeply nested markup (unclosed <font> tags) cannot overflow the stack.
 */
export type TableHook = (table: HtmlElement, writer: LineWriter) => void;

const SKIPPED = new Set(["script", "style", "title", "template", "noscript", "xml", "o:p", "svg", "math", "iframe", "object", "select", "head"]);
const BLOCKS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "dt", "dd", "section", "article", "header",
  "footer", "main", "nav", "aside", "address", "figure", "figcaption", "caption", "center", "form", "fieldset", "legend",
  "hr", "tr", "td", "th", "thead", "tbody", "tfoot", "body", "html",
]);
/** Word's list markers that are real numbering ("1.", "1.2.", "а)", "IV."), kept; bullets become "- ". */
const NUMBERED_MARKER = /^(\d{1,3}(\.\d{1,3})*[.)]?|[a-zа-яё][.)]|[ivxlcdm]{1,6}[.)])$/i;

class Leave {
  constructor(readonly el: HtmlElement) {}
}

interface ListState {
  readonly ordered: boolean;
  next: number;
  /** Items of its own seen so far: a list that has none holds only a list nested in it. */
  items: number;
}

/**
 * The numbers of a multilevel list that runs through a table's cells, level by level, as its last items left them.
 * Writer saves Word's automatic numbering («1.», «1.2.», «1.2.1.») as HTML this way: each cell holds the list's
 * fragment, `<ol start="2"><li>` nested as deep as its level inside lists with no items of their own, and the levels
 * above are the numbers of the rows before. Shared by the cells of one table, in order.
 */
export type ListLevels = number[];

export function renderNodes(nodes: readonly HtmlNode[], writer: LineWriter, onTable: TableHook, levels?: ListLevels): void {
  const lists: ListState[] = [];
  const conditions: ("marker" | "skip" | "plain")[] = [];
  /** Text of a Word list marker being collected (an object: the directive handler below assigns it). */
  const state: { marker: string[] | null } = { marker: null };
  let pre = 0;
  const skipping = (): boolean => conditions.includes("skip");
  const stack: (HtmlNode | Leave)[] = [...nodes].reverse();

  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item instanceof Leave) {
      leave(item.el);
      continue;
    }
    if (item.kind === "directive") {
      directive(item.data);
      continue;
    }
    if (skipping()) continue;
    if (item.kind === "text") {
      if (state.marker) state.marker.push(item.text);
      else writeText(item.text, item.start);
      continue;
    }
    if (enter(item)) {
      stack.push(new Leave(item));
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
    }
  }

  /** Word's <![if !supportLists]> wraps a list marker; <![if !supportMisalignedColumns]> a phantom row. */
  function directive(data: string): void {
    if (/^\[if\s+!supportLists\]/i.test(data)) {
      conditions.push("marker");
      state.marker = [];
    } else if (/^\[if\s+!supportMisalignedColumns\]/i.test(data)) conditions.push("skip");
    else if (/^\[if\b/i.test(data)) conditions.push("plain");
    else if (/^\[endif\]/i.test(data) && conditions.pop() === "marker" && state.marker) {
      const text = state.marker.join("").replace(/[\s\u00A0]+/g, "");
      writer.setPrefix(NUMBERED_MARKER.test(text) ? `${text} ` : "- ");
      state.marker = null;
    }
  }

  function writeText(text: string, at: number): void {
    if (pre === 0) return writer.write(text.replace(/[ \t\n\r\f]+/g, " "), at);
    text.split(/\r\n?|\n/).forEach((part, i) => {
      if (i > 0) writer.break();
      writer.write(part, at);
    });
  }

  function enter(el: HtmlElement): boolean {
    if (SKIPPED.has(el.name)) return false;
    if (el.name === "table") {
      onTable(el, writer);
      return false;
    }
    if (el.name === "br") {
      writer.break();
      return false;
    }
    if (el.name === "ul" || el.name === "ol") lists.push({ ordered: el.name === "ol", next: intAttribute(el, "start", 1), items: 0 });
    if (el.name === "pre") pre++;
    if (el.name === "li") {
      writer.break(el.start);
      const list = lists[lists.length - 1];
      if (list) list.items++;
      if (list?.ordered) {
        const n = intAttribute(el, "value", list.next);
        list.next = n + 1;
        // A browser draws an ordered item's number even where the item is empty (a № cell numbered by Word's list).
        writer.setPrefix(`${multilevelNumber(n)} `, true);
      } else writer.setPrefix("- ");
    } else if (BLOCKS.has(el.name) || el.name === "ul" || el.name === "ol") writer.break(el.start);
    return true;
  }

  /** «n.», or the levels above and n («1.2.») for a fragment of a multilevel list (ListLevels). */
  function multilevelNumber(n: number): string {
    const depth = lists.length - 1;
    const fragment = lists.slice(0, -1).every((l) => l.ordered && l.items === 0);
    if (!levels || !fragment) return `${n}.`;
    const known = levels.length >= depth;
    levels.length = Math.min(levels.length, depth);
    levels[depth] = n;
    return known ? `${levels.join(".")}.` : `${n}.`;
  }

  function leave(el: HtmlElement): void {
    if (el.name === "li") return writer.endItem();
    if (el.name === "ul" || el.name === "ol") lists.pop();
    if (el.name === "pre") pre--;
    if (BLOCKS.has(el.name) || el.name === "ul" || el.name === "ol") writer.break();
  }
}

/** All text under an element, in order, without any structure (for tables nested too deep to lay out). */
export function plainText(el: HtmlElement): string {
  const out: string[] = [];
  const stack: HtmlNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === "text") out.push(node.text);
    else if (node.kind === "element" && !SKIPPED.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
      out.push(" ");
    }
  }
  return out.join("").replace(/\s+/g, " ").trim();
}

/** True when an element has a <table> somewhere below it. */
export function containsTable(el: HtmlElement): boolean {
  const stack: HtmlNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== "element") continue;
    if (node.name === "table") return true;
    stack.push(...node.children);
  }
  return false;
}
