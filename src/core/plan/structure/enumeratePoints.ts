/**
 * The points of a list inside one cell: "- …" lines (from <li>), "1. … 2. … 3. …", or "…: A; B; C". Used to pair
 * the dates of a series of events with their titles.
 */

const STRATEGIES: readonly ((text: string) => string[])[] = [dashLines, inlineDashes, numberedPoints, afterColon];

export function enumeratePoints(text: string): string[] {
  for (const strategy of STRATEGIES) {
    const points = strategy(text);
    if (points.length >= 2) return points.map(withoutListPunctuation);
  }
  return [];
}

/** "«Первый урок»;" → "«Первый урок»": the separator belongs to the list, not to the point. */
function withoutListPunctuation(point: string): string {
  return point.replace(/[;,]\s*$/, "").trim();
}

function dashLines(text: string): string[] {
  return text
    .split("\n")
    .filter((l) => /^[-–—•]\s/.test(l.trim()))
    .map((l) => l.trim().replace(/^[-–—•]\s+/, ""));
}

/** "…: - «A»; - «B»; - «C»": a dash list written on one line (a <ul> whose items lost their tags). */
function inlineDashes(text: string): string[] {
  const parts = text.split(/(?:[:;]|\n)\s*[-–—•]\s+/);
  return parts.length >= 3 ? parts.slice(1).map((p) => p.trim().replace(/;$/, "")).filter(Boolean) : [];
}

const NUMBER_MARK = /(^|[\s:;])(\d{1,2})[.)]\s+/g;

/** Points numbered 1, 2, 3 … in order; other numbers in the text are part of the points. */
export function numberedPoints(text: string): string[] {
  const starts: { at: number; textAt: number }[] = [];
  let expected = 1;
  for (const m of text.matchAll(NUMBER_MARK)) {
    if (parseInt(m[2], 10) !== expected) continue;
    const at = m.index! + m[1].length;
    starts.push({ at, textAt: m.index! + m[0].length });
    expected++;
  }
  return starts.map((s, i) => text.slice(s.textAt, i + 1 < starts.length ? starts[i + 1].at : undefined).trim());
}

/** The text of point "1." of a list, when the cell holds only the first point (the rest are in rows below). */
export function firstPoint(text: string): string | null {
  const points = numberedPoints(text);
  return points.length >= 1 ? withoutListPunctuation(points[0]) : null;
}

function afterColon(text: string): string[] {
  const colon = text.lastIndexOf(":");
  if (colon < 0) return [];
  return text
    .slice(colon + 1)
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
}
