import type { SourceDocument } from "../core/grid";
import type { TextEncoding } from "../io/encoding/decodeText";
import { InputError } from "../io/inputError";
import { type ReadResult, readInput } from "../io/readInput";
import { readNoteText } from "../io/readNotes";
import { CliError } from "./cliError";
import { type CliContext, flag, option } from "./context";
import { translator } from "../i18n";

/** Reads a file into documents, turning every reader failure into a CliError naming the file. */
export async function loadDocuments(ctx: CliContext, file: string): Promise<SourceDocument[]> {
  return (await loadInput(ctx, file)).documents;
}

/** loadDocuments, with what the reader saw (the format). */
export async function loadInput(ctx: CliContext, file: string): Promise<ReadResult> {
  try {
    const result = await readInput(file, { encoding: option(ctx, "encoding") as TextEncoding | undefined, delimiter: option(ctx, "delimiter") });
    for (const note of result.notes) ctx.err(`${file}: ${readNoteText(note, ctx.locale)}\n`);
    // The encoding a text was read in is worth a line when it is not UTF-8 (or always, with --verbose); --json keeps
    // stderr for problems only, so that scripts see a clean run.
    if (result.encoding && !flag(ctx, "json") && (result.encoding !== "utf-8" || flag(ctx, "verbose"))) {
      ctx.err(`${translator(ctx.locale)(option(ctx, "encoding") ? "cli.encoding" : "cli.encodingDetected", { file, encoding: result.encoding })}\n`);
    }
    refuseTooWide(file, result.documents);
    return result;
  } catch (err) {
    if (err instanceof InputError) throw new CliError(err.reason, file, err.detail);
    throw err;
  }
}

/** Excel's last column is XFD: a wider table cannot be written back, so it is refused here, not after the work. */
export const EXCEL_MAX_COLUMNS = 16_384;

function refuseTooWide(file: string, docs: readonly SourceDocument[]): void {
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.kind !== "table") continue;
      for (const row of block.grid.rows) {
        if (row.cells.length > EXCEL_MAX_COLUMNS) throw new CliError("too_wide", file, `${doc.sheet ? `«${doc.sheet}», ` : ""}${row.row}: ${row.cells.length} > ${EXCEL_MAX_COLUMNS}`);
      }
    }
  }
}

/** The documents of the sheet named by --sheet, or all of them. */
export function pickSheet(ctx: CliContext, file: string, docs: SourceDocument[]): SourceDocument[] {
  const wanted = option(ctx, "sheet");
  if (wanted === undefined) return docs;
  const found = docs.filter((d) => (d.sheet ?? "").toLowerCase() === wanted.toLowerCase());
  if (found.length === 0) {
    const names = docs.map((d) => d.sheet).filter(Boolean).join(", ");
    throw new CliError("unknown_sheet", file, `«${wanted}»${names ? translator(ctx.locale)("cli.sheetsAvailable", { names }) : ""}`);
  }
  return found;
}
