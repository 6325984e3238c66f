import { drawnColumns, drawnRows, headerCells } from "./layoutTable";
import { annexHeading, capitalTitle, targetsTable } from "./actPage";
import { makeRng, type Rng } from "./rng";
import type { TruthPlan } from "./truthPlan";

/**
 * A municipal site's page with the plan in a <table>, selected whole and copied in Chromium (innerText): every
 * block adds line breaks around its text, a run of them giving as many newlines as its largest — a <p> two (a blank
 * line), a <div>, <li> or table row one — and the plain cells of one row (the header's <td><strong>) are parted by
 * tabs. Cells of <p> paragraphs (a <br> a line break inside one) come one under another, nothing but blank lines
 * between them; an empty cell gives nothing; a cell merged down over rows (rowspan) comes once, in its first row;
 * a section row merged over the columns is a line of its own. The site's header, menu and breadcrumbs stand above
 * the document, and under it (after an editor's empty <p>&nbsp;</p> or not) the attached files, the views and the
 * footer.
 */
type Piece = string | number;

/** Items whose executors are the item above's, so that the page merges the cell down (a third of the items). */
export function withMergedExecutors(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x5e1f);
  const sections = plan.sections.map((s) => ({
    ...s,
    items: s.items.reduce<TruthPlan["sections"][number]["items"][number][]>((out, it, k) => {
      const above = out[k - 1];
      out.push(above && r.chance(0.35) ? { ...it, executors: above.executors, responsible: above.responsible } : it);
      return out;
    }, []),
  }));
  return { ...plan, sections };
}

const SITE_HEAD = [
  "Официальный сайт Управления образования администрации муниципального районаВерсия для слабовидящихПоиск по сайту",
  "Главная Об Управлении Документы Образовательные организации Кадры Контакты",
];
const SITE_FOOT = ["Документы", "Постановления и распоряжения", "Приказы Управления образования", "Муниципальные программы", "Архив документов"];

/**
 * `captions`: a page saved by Word, whose every cell holds <p>, the header's too (a caption a paragraph); otherwise
 * drawn so three times in ten.
 */
/**
 * `act`: the page gives the whole act (actPage.ts): the plan as «Приложение N 1» to it, under its heading, and the next
 * annex, the plan's target indicators, after its last row (drawn from a stream of its own, the plan's seed ^ 0xac70).
 * `titled`: that table follows under a title in capitals alone, no «Приложение» over it (actPage.ts capitalTitle).
 */
export function browserCopy(plan: TruthPlan, r: Rng, opts: { captions?: boolean; act?: boolean; titled?: boolean } = {}): string {
  const a = opts.act ? makeRng(plan.seed ^ 0xac70) : null;
  const paragraphs = opts.captions || r.chance(0.6);
  const pieces: Piece[] = [];
  const block = (text: string, breaks: number) => pieces.push(breaks, text, breaks);
  for (const l of SITE_HEAD) block(l, 1);
  block(`Главная / Документы / ${plan.title.slice(0, 70)}`, 1);
  block(`Дата публикации: ${String((plan.seed % 27) + 1).padStart(2, "0")}.0${(plan.seed % 9) + 1}.${plan.year} 10:42 · Версия для печати`, 1);
  for (const l of plan.titleBlock) block(l, 2);
  if (a) for (const l of annexHeading(plan, 1, a)) block(l, 2);
  block(plan.title, 2);
  // A page saved by Word has <p> in the header's cells too: a caption a paragraph, over the row of column numbers.
  if (paragraphs && (opts.captions || r.chance(0.5))) {
    const captions = headerCells(plan);
    for (const c of captions) block(c, 2);
    captions.forEach((_, k) => block(String(k + 1), 2));
  } else block(headerCells(plan).join("\t"), 1);
  const executors = drawnColumns(plan).indexOf("responsible");
  let above: readonly string[] | null = null;
  for (const row of drawnRows(plan)) {
    if (row.kind === "header") continue;
    if (row.kind !== "item") {
      block(row.kind === "section" ? row.text : row.cells.filter(Boolean).join(" "), 1);
      above = null;
      continue;
    }
    pieces.push(1);
    row.cells.forEach((cell, c) => {
      // The executors' cell the item above has too is merged down over this row: the copy gives it once.
      if (above && c === executors && cell !== "" && cell === above[c]) return;
      const lines = cell.split("\n").filter((l) => l.trim() !== "");
      if (lines.length === 0) return;
      if (paragraphs) for (const l of lines) block(l, 2);
      else block(lines.join("\n"), 2);
    });
    pieces.push(1);
    above = row.cells;
  }
  if (r.chance(0.5)) block("\u00a0", 2);
  // An act's annex is signed by nobody: its signatures stand under the act, before its annexes.
  if (!a) for (const s of signatureBlocks(plan)) block(s.text, s.breaks);
  if (a) nextAnnex(plan, a, block, opts.titled ?? false);
  block("Прикреплённые файлы:", 1);
  block(`Постановление от ${plan.year} (PDF, ${r.int(100, 900)} Кб)`, 1);
  block(`Просмотров: ${r.int(100, 3000)}`, 1);
  for (const l of SITE_FOOT) block(l, 1);
  block(`© 2012–${plan.year} Управление образования`, 1);
  return innerText(pieces) + "\n";
}

/**
 * The signatures as <p> paragraphs, or (half the plans, drawn from a stream of their own so that the other draws stay
 * what they were) the head's position and name set in a table of their own, as Word lays out a sign-off and a site
 * keeps it: a row of two plain cells, parted by a tab.
 */
function signatureBlocks(plan: TruthPlan): { text: string; breaks: number }[] {
  const inTable = makeRng(plan.seed ^ 0x5161).chance(0.5);
  return plan.signatures.map((s) => {
    const [position, name] = s.split(/\s*_{3,}\s*/);
    return inTable && name !== undefined ? { text: `${position}\t${name}`, breaks: 1 } : { text: s, breaks: 2 };
  });
}

/**
 * The act's next annex after the plan's table: its heading (after an empty paragraph or a page break's two, or
 * right after the last row), its title, and its table of target indicators, every cell a <p> as Word saves them or
 * the header's plain cells parted by tabs. `titled`: no heading, the title in capitals alone (its lines parted by
 * <br>), the captions over a row of column numbers now and then, the rows numbered «1.» or «1», or no number column.
 */
function nextAnnex(plan: TruthPlan, a: Rng, block: (text: string, breaks: number) => void, titled: boolean): void {
  if (a.chance(0.5)) block("\u00a0", 2);
  if (!titled) for (const l of annexHeading(plan, 2, a)) block(l, 2);
  const targets = targetsTable(plan, a);
  block(titled ? capitalTitle(plan, a) : targets.title, 2);
  const dots = !titled || a.chance(0.5);
  const captionParagraphs = a.chance(0.5);
  // Under a title alone, half the tables (a stream of their own, so that the other draws stay what they were) have no
  // number column: the indicators by name, the header's plain cells parted by tabs.
  if (titled && !captionParagraphs && makeRng(plan.seed ^ 0x7ab1).chance(0.5)) {
    block(targets.captions.slice(1).join("\t"), 1);
    for (const row of targets.rows) row.slice(1).forEach((c) => block(c, 2));
    return;
  }
  if (captionParagraphs) {
    for (const c of targets.captions) block(c, 2);
    if (titled && a.chance(0.5)) targets.captions.forEach((_, k) => block(String(k + 1), 2));
  } else block(targets.captions.join("\t"), 1);
  for (const row of targets.rows) row.forEach((c, k) => block(k === 0 && !dots ? c.replace(/\.$/, "") : c, 2));
}

/** Runs of line-break counts become as many newlines as the largest; runs at the start and the end go. */
function innerText(pieces: readonly Piece[]): string {
  let out = "";
  let run = 0;
  for (const p of pieces) {
    if (typeof p === "number") {
      run = Math.max(run, p);
      continue;
    }
    if (out !== "") out += "\n".repeat(run);
    out += p;
    run = 0;
  }
  return out;
}
