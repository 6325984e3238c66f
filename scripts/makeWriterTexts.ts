/**
 * Writes, for every official fixture with a Word document, `NAME.writer.txt`: the document saved as plain text by
 * LibreOffice Writer (test/corpus/shapes/libreOfficeShapes.ts, writerText), as a plan is sent by mail or pasted into
 * a site's form, and lists it after the .docx. Needs soffice with Writer: run after adding or changing a .docx,
 * `npm run build:cli && node build/scripts/makeWriterTexts.js`.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { listOfficialFile, OFFICIAL_NAMES, officialFile } from "../test/corpus/officialFixtures";
import { writerText } from "../test/corpus/shapes/libreOfficeShapes";

for (const name of OFFICIAL_NAMES) {
  const docx = officialFile(`${name}.docx`);
  if (!existsSync(docx)) continue;
  const text = `${name}.writer.txt`;
  writeFileSync(officialFile(text), writerText(new Uint8Array(readFileSync(docx))));
  listOfficialFile(name, text, `${name}.docx`);
  console.log(text);
}
