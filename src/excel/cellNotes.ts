/**
 * Notes with issue messages on the cells of the add-in's structured sheet, removable with one call: the cells that
 * got a note are remembered in the workbook settings. Notes are ExcelApi 1.18; older Excel gets comments (1.10);
 * without either nothing is written and 0 is returned (the pane says so).
 */
import { cellAddress } from "./addresses";
import { supports, type ExcelHost } from "./excelHost";

export const NOTES_KEY = "plankadry.notes";

export interface CellNote {
  /** 1-based, as a user sees it. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

type NoteApi = "notes" | "comments";
/** Addresses that carry the add-in's notes, by worksheet id. */
type Remembered = Record<string, string[]>;

function noteApi(host: ExcelHost): NoteApi | null {
  return supports(host, "1.18") ? "notes" : supports(host, "1.10") ? "comments" : null;
}

/**
 * Replaces the add-in's notes on the sheet with these; returns how many were written. A cell that carries a note
 * or comment of the user's own keeps it and gets none of ours (a cell holds one; adding a second fails the batch).
 */
export async function addCellNotes(host: ExcelHost, sheet: string, notes: readonly CellNote[]): Promise<number> {
  const api = noteApi(host);
  if (!api) return 0;
  await clearCellNotes(host, sheet);
  return host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet).load("id");
    const setting = context.workbook.settings.getItemOrNullObject(NOTES_KEY).load("value");
    const occupied = await notedCells(context, ws, api);
    const byCell = new Map<string, string>();
    for (const n of notes) {
      const address = cellAddress(n.row - 1, n.col - 1);
      if (occupied.has(address)) continue;
      byCell.set(address, byCell.has(address) ? `${byCell.get(address)}\n${n.text}` : n.text);
    }
    const remembered = readRemembered(setting);
    const remember = (addresses: string[]) => {
      remembered[ws.id] = addresses;
      context.workbook.settings.add(NOTES_KEY, remembered);
    };
    for (const [address, text] of byCell) notesOf(ws, api).add(ws.getRange(address), text.slice(0, 32_000));
    remember([...byCell.keys()]);
    try {
      await context.sync();
    } catch (err) {
      // A batch stops at the failing call and keeps what ran before it (someone put a note on one of the cells
      // meanwhile): the notes added so far — ours by their text — are put on record, so that clearing removes them.
      const now = await notedCells(context, ws, api);
      remember([...byCell].filter(([a, text]) => now.get(a) === text.slice(0, 32_000)).map(([a]) => a));
      await context.sync();
      throw err;
    }
    return byCell.size;
  });
}

function notesOf(ws: Excel.Worksheet, api: NoteApi): Excel.NoteCollection | Excel.CommentCollection {
  return api === "notes" ? ws.notes : ws.comments;
}

/** The text of each note (or comment) on the sheet by cell: two syncs, as a location is a method of each one. */
async function notedCells(context: Excel.RequestContext, ws: Excel.Worksheet, api: NoteApi): Promise<Map<string, string>> {
  const items = notesOf(ws, api).load("items/content");
  await context.sync();
  const located = items.items.map((item: Excel.Note | Excel.Comment) => ({ content: item.content, range: item.getLocation().load("address") }));
  await context.sync();
  return new Map(located.map(({ content, range }) => [range.address.slice(range.address.lastIndexOf("!") + 1).replace(/\$/g, ""), content]));
}

/** Deletes the notes the add-in wrote on the sheet (a user's own notes stay); returns how many. */
export async function clearCellNotes(host: ExcelHost, sheet: string): Promise<number> {
  const api = noteApi(host);
  if (!api) return 0;
  return host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet).load("id");
    const setting = context.workbook.settings.getItemOrNullObject(NOTES_KEY).load("value");
    await context.sync();
    const remembered = readRemembered(setting);
    const mine = remembered[ws.id] ?? [];
    // Comments want a Range or a sheet-qualified address (Excel 2021/2024 refuse "B3"); notes take the cell.
    const remove = (address: string) => (api === "notes" ? ws.notes.getItem(address).delete() : ws.comments.getItemByCell(ws.getRange(address)).delete());
    mine.forEach(remove);
    try {
      await context.sync();
    } catch (err) {
      // A user deleted one of them by hand: the batch fails as a whole, so each goes alone (rare; one sync each).
      if ((err as { code?: string }).code !== "ItemNotFound") throw err;
      for (const address of mine) {
        remove(address);
        await context.sync().catch(() => undefined);
      }
    }
    delete remembered[ws.id];
    if (Object.keys(remembered).length) context.workbook.settings.add(NOTES_KEY, remembered);
    else if (!setting.isNullObject) setting.delete();
    await context.sync();
    return mine.length;
  });
}

function readRemembered(setting: Excel.Setting): Remembered {
  const value: unknown = setting.isNullObject ? null : setting.value;
  return typeof value === "object" && value !== null ? { ...(value as Remembered) } : {};
}
