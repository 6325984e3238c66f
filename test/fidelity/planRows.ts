import * as iconv from "iconv-lite";
import { buildWorkbook } from "../xlsx/helpers/buildWorkbook";
import { documentXml, makeDocx, p, tbl, tc, tr } from "../io/docx/makeDocx";

/**
 * One small plan, written by hand, that the corpus renders in every shape (CSV dialects, text tables, workbooks,
 * Word documents, encodings). What a reader must give back is this table itself, so the expectations of the
 * corpus are these rows, not anything the readers produced.
 */
export const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения", "Ожидаемый результат"] as const;

export const ITEMS: readonly (readonly string[])[] = [
  ["1", "Мониторинг вакансий в образовательных организациях", "Отдел кадров управления образования", "ежемесячно", "Доля закрытых вакансий 34,5%"],
  ["2", "Семинар «Наставничество: первые шаги» для молодых педагогов", "Иванова А.А., методист", "до 20 декабря 2026 года", "Обучено 25 человек"],
  ["3", "Конкурс профессионального мастерства", "Петров П.П., заместитель начальника", "II квартал 2026 года", "Не менее 12,5 % участников"],
];

export type PlanRows = readonly (readonly string[])[];

/** The plan with one cell replaced (item index, column index): for 10 MB names, line breaks, quotes. */
export function withCell(item: number, column: number, value: string): PlanRows {
  return ITEMS.map((row, i) => (i === item ? row.map((c, j) => (j === column ? value : c)) : row));
}

/** A CSV record, quoting what needs quoting the way Excel does (doubling quotes). */
export function csvRecord(cells: readonly string[], delimiter: string, quoteAll = false): string {
  return cells
    .map((c) => (quoteAll || c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(delimiter);
}

export function planCsv(delimiter = ";", opts: { rows?: PlanRows; eol?: string; quoteAll?: boolean } = {}): string {
  const eol = opts.eol ?? "\r\n";
  return [HEADER, ...(opts.rows ?? ITEMS)].map((r) => csvRecord(r, delimiter, opts.quoteAll)).join(eol) + eol;
}

/** A Markdown pipe table under a title line, as pasted from a chat or a wiki. */
export function planPipe(rows: PlanRows = ITEMS, eol = "\n"): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return ["План мероприятий на 2026 год", "", line(HEADER), line(HEADER.map(() => "---")), ...rows.map(line)].join(eol) + eol;
}

export function planWorkbook(sheet = "План"): Promise<Buffer> {
  return buildWorkbook((wb) => {
    const ws = wb.addWorksheet(sheet);
    ws.addRow([...HEADER]);
    for (const row of ITEMS) ws.addRow([...row]);
  });
}

export function planDocx(): Promise<Uint8Array> {
  const row = (cells: readonly string[]) => tr(...cells.map((c) => tc(p(c))));
  return makeDocx({ document: documentXml(p("План мероприятий на 2026 год") + tbl(row(HEADER), ...ITEMS.map(row))) });
}

export const encode = (text: string, encoding: string, bom = false): Buffer => iconv.encode(text, encoding, { addBOM: bom });

/** What the plan's items must be: number, name, responsible text, deadline text, result, one array per item. */
export function itemTexts(plan: { items: { number: string | null; name: string; responsible: { text: string }; deadline: { text: string }; result: string }[] }): string[][] {
  return plan.items.map((it) => [it.number ?? "", it.name, it.responsible.text, it.deadline.text, it.result]);
}
