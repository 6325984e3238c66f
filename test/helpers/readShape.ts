import type { SourceDocument } from "../../src/core/grid";
import { readText } from "../../src/io/readInput";
import type { TextShape } from "../fixtures/plans/renderText";

const EXTENSION: Record<TextShape, string> = { markdown: ".md", tsv: ".txt", csv: ".csv", box: ".txt", ascii: ".txt", html: ".html", "pipe-loose": ".txt", "pipe-ruled": ".txt", "pipe-wrapped": ".md", "cells-delimited": ".txt", "cells-paragraphs": ".txt" };

/** Reads a rendered text the way the CLI would read a file of that shape. */
export function readShape(text: string, shape: TextShape): SourceDocument {
  return readText(text, `plan${EXTENSION[shape]}`, EXTENSION[shape]);
}
