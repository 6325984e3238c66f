import { readFileSync } from "fs";

/**
 * The rows of the table a hand fixture's web page was typed with (plan.html, the truth its printed forms are checked
 * against): each row's cells' text, tags dropped and a <br> a line break, for the rows of `cells` cells whose first
 * cell is an item's number.
 */
export function typedHtmlRows(file: string, cells: number, number: RegExp): string[][] {
  const html = readFileSync(file, "utf8");
  const cellsOf = (row: string) => [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1].replace(/<br\s*\/?>/g, "\n").replace(/<[^>]+>/g, "").trim());
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => cellsOf(m[1])).filter((c) => c.length === cells && number.test(c[0]));
}
