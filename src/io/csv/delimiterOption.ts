import { InputError } from "../inputError";
import type { CsvDelimiter } from "./detectDelimiter";

/** What a delimiter override (a CLI's --delimiter) accepts: the character, or its name where typing it is awkward. */
const DELIMITER_NAMES: Readonly<Record<string, CsvDelimiter>> = {
  ";": ";", semicolon: ";", "точка с запятой": ";",
  ",": ",", comma: ",", "запятая": ",",
  "\t": "\t", "\\t": "\t", tab: "\t", "табуляция": "\t",
  "|": "|", pipe: "|",
};

/** The delimiter the user named, or InputError("bad_arguments") listing what is accepted. */
export function delimiterOption(value: string): CsvDelimiter {
  const found = DELIMITER_NAMES[value] ?? DELIMITER_NAMES[value.trim().toLowerCase()];
  if (!found) throw new InputError("bad_arguments", `--delimiter ${value}: ; , tab |`);
  return found;
}
