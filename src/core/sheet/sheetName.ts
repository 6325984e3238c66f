/** Excel's rules for sheet names: under 32 characters, none of : \ / ? * [ ], no leading or trailing ', not "History". */

const FORBIDDEN = /[:\\/?*[\]]/g;
export const MAX_SHEET_NAME = 31;

export function safeSheetName(wanted: string, taken: Iterable<string> = []): string {
  let base = wanted.replace(FORBIDDEN, " ").replace(/\s+/g, " ").replace(/^'+|'+$/g, "").trim();
  if (base === "" || base.toLowerCase() === "history") base = base === "" ? "Лист" : `${base} 1`;
  base = base.slice(0, MAX_SHEET_NAME).trim();
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trim() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
