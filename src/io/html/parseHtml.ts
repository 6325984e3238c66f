import { Parser } from "htmlparser2";
import { InputError } from "../inputError";

/**
 * A small HTML tree built from htmlparser2's events, with the table rules of browsers that htmlparser2 leaves out:
 * a new <td> closes an open cell, a new <tr> closes an open row, even when a <p>, <font> or <span> inside the cell
 * was never closed (common in hand-made and CMS pages). Positions are string offsets of the source, for line numbers.
 * Comments are dropped (Word's conditional comments <!--[if gte mso 9]> hold only settings); Word's downlevel
 * directives <![if …]> / <![endif]> are kept, because they mark list bullets and phantom rows.
 */
export interface HtmlElement {
  readonly kind: "element";
  readonly name: string;
  readonly attribs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  readonly start: number;
}
export interface HtmlText {
  readonly kind: "text";
  readonly text: string;
  readonly start: number;
}
export interface HtmlDirective {
  readonly kind: "directive";
  /** The directive without brackets: "[if !supportLists]", "[endif]". */
  readonly data: string;
  readonly start: number;
}
export type HtmlNode = HtmlElement | HtmlText | HtmlDirective;

/** Tags an opening tag closes, up to (not beyond) the nearest open table. */
const TABLE_IMPLIED_CLOSE: Readonly<Record<string, ReadonlySet<string>>> = {
  td: new Set(["td", "th"]),
  th: new Set(["td", "th"]),
  tr: new Set(["tr", "td", "th"]),
  thead: new Set(["tr", "td", "th", "thead", "tbody", "tfoot"]),
  tbody: new Set(["tr", "td", "th", "thead", "tbody", "tfoot"]),
  tfoot: new Set(["tr", "td", "th", "thead", "tbody", "tfoot"]),
};
/** A closing tag of these may close elements beyond a table boundary; others stop at the nearest table. */
const CROSSES_TABLES = new Set(["table", "body", "html"]);

/**
 * Elements htmlparser2 may hold open at once. Its own stack is kept with unshift/indexOf, quadratic in the depth
 * (100,000 unclosed <div>: minutes); pages nest a few dozen levels, sloppy ones a few hundred unclosed <font>.
 * Past this: InputError("too_deep") naming the limit.
 */
export const MAX_HTML_DEPTH = 3_000;

export function parseHtml(html: string): HtmlElement {
  let parserDepth = 0;
  const root: HtmlElement = { kind: "element", name: "#root", attribs: {}, children: [], start: 0 };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1];

  /** Index of the deepest open element named `name`, not looking past a table unless allowed; -1 if none. */
  const findOpen = (names: ReadonlySet<string>, crossTables: boolean): number => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (names.has(stack[i].name)) return i;
      if (!crossTables && stack[i].name === "table") return -1;
    }
    return -1;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++parserDepth > MAX_HTML_DEPTH) throw new InputError("too_deep", `> ${MAX_HTML_DEPTH}`);
        const closes = TABLE_IMPLIED_CLOSE[name];
        if (closes) {
          const open = findOpen(closes, false);
          if (open > 0) stack.length = open;
        }
        if (name === "body") {
          const head = findOpen(new Set(["head"]), true);
          if (head > 0) stack.length = head;
        }
        const el: HtmlElement = { kind: "element", name, attribs, children: [], start: parser.startIndex };
        top().children.push(el);
        stack.push(el);
      },
      onclosetag(name) {
        parserDepth--;
        const open = findOpen(new Set([name]), CROSSES_TABLES.has(name));
        if (open > 0) stack.length = open;
      },
      ontext(text) {
        top().children.push({ kind: "text", text, start: parser.startIndex });
      },
      onprocessinginstruction(name, data) {
        if (data.startsWith("![")) top().children.push({ kind: "directive", data: data.slice(1).trim(), start: parser.startIndex });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return root;
}

/** Non-negative integer attribute (colspan, rowspan, start), or the fallback when missing or not a number. */
export function intAttribute(el: HtmlElement, name: string, fallback: number): number {
  const value = parseInt(el.attribs[name] ?? "", 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}
