import type { Block } from "../core/grid";
import { readTextDocument } from "./text/readTextDocument";

/**
 * The text reader the plan reading is given for sheets that hold text split at spaces (StructureOptions.readText):
 * the text is read as a text document is, its lines numbered as the sheet rows they came from.
 */
export function readSheetText(text: string): readonly Block[] {
  return readTextDocument(text, "").blocks;
}
