import { usage } from "../../src/cli/usage";

describe("usage", () => {
  // The readers take PDF files with a text layer (readDocumentBytes sniffs «%PDF-»); the help must say so.
  test.each(["ru", "en"] as const)("names every kind of file the readers take (%s)", (locale) => {
    const text = usage(locale);
    for (const ext of [".xlsx", ".csv", ".tsv", ".txt", ".md", ".html", ".docx", ".pdf"]) expect(text).toContain(ext);
  });
});
