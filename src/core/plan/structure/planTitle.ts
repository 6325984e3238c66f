/**
 * The title of a plan among the lines above its table: the paragraph that starts with «План», «Дорожная карта»,
 * «Программа» (or is just «ПЛАН» followed by its subject), else the first paragraph that mentions a plan.
 */

export interface Line {
  readonly row: number;
  readonly text: string;
}

// JavaScript's \b and \w know only Latin letters: word edges are spelled out with \p{L}.
const TITLE_START = /^(план|дорожная карта|программа|перечень мероприятий|комплекс мер|мероприятия)(?!\p{L})/iu;
const TITLE_ANYWHERE = /(?<!\p{L})(план\p{L}*|дорожн\p{L}+ карт\p{L}*)(?!\p{L})/iu;

export function planTitle(lines: readonly Line[]): string | null {
  const paragraphs = toParagraphs(lines);
  const clean = (p: readonly Line[]) => p.map((l) => stripMarkup(l.text)).join(" ").replace(/\s+/g, " ").trim();
  // An approval block glued above the title («Приложение 2 к приказу … от 14.01.2025 № 12», then «ПЛАН-ГРАФИК …»)
  // is not part of it: a paragraph's title starts at its first line that starts like one.
  const starting = paragraphs.flatMap((p) => {
    const at = p.findIndex((l) => TITLE_START.test(stripMarkup(l.text)));
    return at < 0 ? [] : [p.slice(at)];
  });
  const chosen = starting.length ? starting[starting.length - 1] : paragraphs.find((p) => TITLE_ANYWHERE.test(clean(p)));
  return chosen ? clean(chosen).slice(0, 500) : null;
}

/** Lines on consecutive rows form a paragraph; lines of one row (broken by <br> in HTML) too. */
export function toParagraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const previous = last?.[last.length - 1].row;
    if (last && (line.row === previous || line.row === previous! + 1)) last.push(line);
    else out.push([line]);
  }
  return out;
}

/** Markdown emphasis and heading marks around title lines. */
function stripMarkup(text: string): string {
  return text.replace(/^#+\s*/, "").replace(/\*\*|__/g, "").trim();
}
