import { readFileSync } from "fs";
import * as path from "path";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { ROOT } from "./paths";

/**
 * A seed text as a user would have it in a sheet after pasting: each table row in its own sheet row with one cell
 * per column, each line of prose (title, signatures) in column A, at the row of its line in the file.
 */
export function seedCells(file: string): string[][] {
  const text = readFileSync(path.join(ROOT, "test", "fixtures", "seeds", file), "utf8");
  const doc = readTextDocument(text, file);
  const rows: string[][] = [];
  for (const block of doc.blocks) {
    if (block.kind === "text") rows[block.row - 1] = [block.text];
    else for (const r of block.grid.rows) rows[r.row - 1] = [...r.cells];
  }
  return Array.from(rows, (r) => r ?? []);
}
