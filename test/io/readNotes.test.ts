import { readFileSync } from "fs";
import * as path from "path";
import * as iconv from "iconv-lite";
import { structureFile } from "../../src/taskpane/actions/openFileActions";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { readNoteText } from "../../src/io/readNotes";
import { inputLine, readInputs } from "../../src/web/webRun";

/**
 * The cp866 repair (undoCp866As1251) gives the user other letters than the file's UTF-8 text holds: the reader says
 * so, as it says which lines it re-decoded, and the command line, the page and the pane show it (krutoyarsky-2030:
 * the DOS file itself, and the same file opened in a browser as windows-1251 and saved as UTF-8).
 */
const OFFICIAL = path.join(__dirname, "..", "fixtures", "plans", "official");
const dos = readFileSync(path.join(OFFICIAL, "krutoyarsky-2030.dos.txt"));
const dosweb = readFileSync(path.join(OFFICIAL, "krutoyarsky-2030.dosweb.txt"));

describe("the cp866 file under a UTF-8 text is read with a note for the user", () => {
  test("the DOS file saved as UTF-8 from windows-1251: read as cp866, with the note", async () => {
    const read = await readDocumentBytes(dosweb, "krutoyarsky-2030.dosweb.txt");
    expect(read.encoding).toBe("cp866");
    expect(read.notes).toEqual(["note_cp866_as_1251"]);
  });

  test("the DOS file itself is cp866 as it stands: its encoding is named, nothing was repaired", async () => {
    const read = await readDocumentBytes(dos, "krutoyarsky-2030.dos.txt");
    expect(read.encoding).toBe("cp866");
    expect(read.notes).toEqual([]);
  });

  test("a UTF-8 text of Russian letters is no such file", async () => {
    const text = iconv.decode(dos, "cp866");
    expect((await readDocumentBytes(Buffer.from(text, "utf8"), "plan.txt")).notes).toEqual([]);
  });

  test("the note in Russian and in English names what was done", () => {
    expect(readNoteText("note_cp866_as_1251", "ru")).toMatch(/cp866.*windows-1251.*прочитан как исходный файл cp866/);
    expect(readNoteText("note_cp866_as_1251", "en")).toMatch(/cp866.*windows-1251.*read as the cp866 file/);
  });

  test("the page lists it under the file", async () => {
    const [read] = await readInputs([{ name: "план.txt", bytes: new Uint8Array(dosweb) }], "ru");
    expect(inputLine(read, "ru")).toBe(`план.txt (txt): ${readNoteText("note_cp866_as_1251", "ru")}`);
    const [plain] = await readInputs([{ name: "план.txt", bytes: new Uint8Array(dos) }], "ru");
    expect(inputLine(plain, "ru")).toBe("план.txt (txt)");
  });

  test("the pane's session of the chosen file carries it", async () => {
    const ctx = { signal: new AbortController().signal, progress: () => undefined };
    const session = await structureFile({ name: "план.txt", bytes: new Uint8Array(dosweb) }, "ru", ctx);
    expect(session.fileNotes).toEqual(["note_cp866_as_1251"]);
    expect((await structureFile({ name: "план.txt", bytes: new Uint8Array(dos) }, "ru", ctx)).fileNotes).toBeUndefined();
  });
});
