/**
 * Writes, for every official fixture with a PDF, `NAME.pdfjs.txt`: the PDF's text as Firefox's PDF viewer (pdf.js)
 * copies a selection of the whole document (test/corpus/shapes/pdfjsCopy.ts), and lists it among the fixture's files
 * after its drawing-order text. Needs no outside tool: run after adding a fixture or reprinting a PDF,
 * `npm run build:cli && node build/scripts/makePdfjsCopies.js`.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { listOfficialFile, OFFICIAL_NAMES, officialFile } from "../test/corpus/officialFixtures";
import { pdfjsCopyText } from "../test/corpus/shapes/pdfjsCopy";

async function main(): Promise<void> {
  for (const name of OFFICIAL_NAMES) {
    const pdf = officialFile(`${name}.pdf`);
    if (!existsSync(pdf)) continue;
    const copy = `${name}.pdfjs.txt`;
    writeFileSync(officialFile(copy), await pdfjsCopyText(new Uint8Array(readFileSync(pdf))));
    listOfficialFile(name, copy, `${name}.stream.txt`);
    console.log(copy);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
