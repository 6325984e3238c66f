import type { Locale, TextLocale } from "../core/issues/issue";
import type { CliContext } from "./context";
import { localizeTable } from "../i18n";

/**
 * Each command's module is loaded when the command runs: `indicators` on a CSV then loads neither the workbook
 * writer nor every document reader (most of a second of start-up before the first row is read).
 */
export const COMMANDS: Record<string, (ctx: CliContext) => Promise<number>> = {
  structure: async (ctx) => (await import("./commands/structure")).structureCommand(ctx),
  validate: async (ctx) => (await import("./commands/validate")).validateCommand(ctx),
  indicators: async (ctx) => (await import("./commands/indicators")).indicatorsCommand(ctx),
  vacancies: async (ctx) => (await import("./commands/vacancies")).vacanciesCommand(ctx),
  summary: async (ctx) => (await import("./commands/summary")).summaryCommand(ctx),
  demo: async (ctx) => (await import("./commands/demo")).demoCommand(ctx),
};

const USAGE: Record<TextLocale, string> = {
  ru: `plankadry — планы мероприятий, кадровые показатели и вакансии

Команды:
  plankadry structure  <файл плана> [--sheet ЛИСТ] [--json] [--out plan.xlsx [--print]]
  plankadry validate   <файл плана> [--sheet ЛИСТ] [--config rules.json] [--json]
  plankadry indicators <файл кадров> [--sheet ЛИСТ] [--as-of ДАТА] [--config indicators.json] [--json] [--out indicators.xlsx [--print]]
                       [--compare прошлый-срез.xlsx]
  plankadry vacancies  <файл>... [--reference orgs.csv] [--json] [--out vacancies.xlsx [--print]]
  plankadry summary    <файл плана> [--staffing ФАЙЛ] [--vacancies ФАЙЛ...] --out summary.xlsx [--print]
                       [--period 2026-H1|2026|2026-01-01..2026-06-30] [--report заполненный-отчёт.xlsx] [--per-executor]
  plankadry demo       [--out ПАПКА]

Файлы: .xlsx, .xls (Excel 97–2003), .ods, .csv, .tsv, .txt, .md, .html, .docx, .doc (Word 97–2003), .rtf, .odt, .pdf (с текстовым слоем; скан нужно сначала распознать). Кодировка текста и разделитель CSV определяются сами
(--encoding windows-1251|utf-8|utf-16le|utf-16be|koi8-r|cp866, --delimiter ";"|","|tab).
Коды выхода: 0 — готово; 1 — проверка нашла ошибки; 2 — файл нельзя использовать.
С --out печатается краткая сводка и путь записанного файла; --print добавляет полный список.
--lang en — сообщения на английском.
`,
  en: `plankadry — staffing plans, indicators and vacancies

Commands:
  plankadry structure  <plan file> [--sheet S] [--json] [--out plan.xlsx [--print]]
  plankadry validate   <plan file> [--sheet S] [--config rules.json] [--json]
  plankadry indicators <staff file> [--sheet S] [--as-of DATE] [--config indicators.json] [--json] [--out indicators.xlsx [--print]]
                       [--compare earlier.xlsx]
  plankadry vacancies  <file>... [--reference orgs.csv] [--json] [--out vacancies.xlsx [--print]]
  plankadry summary    <plan file> [--staffing F] [--vacancies F...] --out summary.xlsx [--print]
                       [--period 2026-H1|2026|2026-01-01..2026-06-30] [--report filled-report.xlsx] [--per-executor]
  plankadry demo       [--out DIR]

Inputs: .xlsx, .xls (Excel 97–2003), .ods, .csv, .tsv, .txt, .md, .html, .docx, .doc (Word 97–2003), .rtf, .odt, .pdf (with a text layer; a scan needs OCR first). Text encoding and CSV delimiter are detected
(--encoding windows-1251|utf-8|utf-16le|utf-16be|koi8-r|cp866, --delimiter ";"|","|tab).
With --out a short summary and the path written are printed; --print adds the full listing.
Exit codes: 0 done; 1 validate found errors; 2 the input could not be used.
`,
};

export function usage(locale: Locale): string {
  return localizeTable(USAGE, locale);
}
