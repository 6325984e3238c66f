import { type Locale, translator } from "../i18n";

/**
 * The notes a reader leaves for the user (ReadResult.notes: a text file named .xlsx, lines re-decoded in a code
 * page, a DOS file under a UTF-8 text), in the user's words: the command line prints them, the page lists them under
 * the file.
 */
export function readNoteText(note: string, locale: Locale): string {
  const t = translator(locale);
  if (note.startsWith("note_text_named_")) {
    const ext = note.slice("note_text_named_".length);
    return t("cli.textNamedAs", { ext });
  }
  if (note.startsWith("note_lines_recoded:")) {
    const [, encoding, lines] = note.split(":");
    const list = lines.split(",");
    const shown = list.length > 10 ? `${list.slice(0, 10).join(", ")} … (${list.length})` : list.join(", ");
    return t("cli.linesRecoded", { lines: shown, encoding });
  }
  if (note === "note_cp866_as_1251") return t("cli.cp866As1251");
  return note;
}
