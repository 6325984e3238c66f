import type { CellSpec, SheetSpec } from "../sheet/sheetSpec";
import { text } from "../sheet/sheetSpec";
import { COLUMN_TITLES } from "./columnTitles";
import type { StaffingColumn } from "./staffingColumns";

/** Rows a user is expected to fill: dropdowns cover this many. */
const TEMPLATE_ROWS = 1000;
const HEADER_ROW = 3;

interface TemplateColumn {
  readonly key: StaffingColumn;
  /** Header text: short, as the reader recognises it. */
  readonly header: string;
  readonly width: number;
  readonly list?: readonly string[];
}

const YES_NO = ["да", "нет"];

const PERSON_TEMPLATE: readonly TemplateColumn[] = [
  { key: "org", header: "Организация", width: 30 },
  { key: "type", header: "Тип", width: 8, list: ["ОО", "ДОО", "ДО"] },
  { key: "fio", header: "ФИО", width: 28 },
  { key: "position", header: "Должность", width: 22 },
  { key: "group", header: "Группа", width: 10, list: ["педагог", "АУП", "прочие"] },
  { key: "employment", header: "Вид занятости", width: 22, list: ["основное", "внутреннее совместительство", "внешнее совместительство", "ГПХ"] },
  { key: "rate", header: "Ставка", width: 8 },
  { key: "education", header: "Образование", width: 22, list: ["высшее педагогическое", "высшее", "СПО", "среднее общее", "нет"] },
  { key: "category", header: "Категория", width: 12, list: ["высшая", "первая", "СЗД", "нет"] },
  { key: "birthDate", header: "Дата рождения", width: 12 },
  { key: "sex", header: "Пол", width: 6, list: ["ж", "м"] },
  { key: "experience", header: "Стаж", width: 7 },
  { key: "youngSpecialist", header: "Молодой специалист", width: 11, list: YES_NO },
  { key: "mentor", header: "Наставник", width: 11, list: YES_NO },
  { key: "training", header: "Дата последнего КПК", width: 12 },
  { key: "hireDate", header: "Дата приёма", width: 12 },
  { key: "dismissalDate", header: "Дата увольнения", width: 12 },
];

const SCHEDULE_TEMPLATE: readonly TemplateColumn[] = [
  { key: "org", header: "Организация", width: 30 },
  { key: "type", header: "Тип", width: 8, list: ["ОО", "ДОО", "ДО"] },
  { key: "position", header: "Должность", width: 26 },
  { key: "positions", header: COLUMN_TITLES.positions, width: 12 },
  { key: "occupied", header: COLUMN_TITLES.occupied, width: 12 },
  { key: "vacancies", header: COLUMN_TITLES.vacancies, width: 12 },
];

function template(name: string, title: string, instruction: string, columns: readonly TemplateColumn[]): SheetSpec {
  const rows: CellSpec[][] = [[text(title, "title")], [text("по состоянию на ДД.ММ.ГГГГ", "muted")], [text(instruction, "muted")], columns.map((c) => text(c.header, "header"))];
  return {
    name,
    rows,
    columns: columns.map((c) => ({ width: c.width, wrap: false })),
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } },
    validations: columns.flatMap((c, i) => (c.list ? [{ area: { top: HEADER_ROW + 1, left: i, bottom: HEADER_ROW + TEMPLATE_ROWS, right: i }, list: c.list }] : [])),
  };
}

/** Empty «Кадры» and «Штатное расписание» sheets: headers the reader recognises, dropdown lists, an instruction row. */
export function staffingTemplateSheets(): SheetSpec[] {
  return [
    template(
      "Кадры",
      "Кадры: педагогические и руководящие работники",
      "Одна строка — один работник (совместитель — отдельной строкой с видом занятости). Даты — ДД.ММ.ГГГГ, ставка — число (0,5). Замените дату в строке выше: на неё считаются возраст и сроки.",
      PERSON_TEMPLATE,
    ),
    template(
      "Штатное расписание",
      "Штатное расписание",
      "Одна строка — одна должность организации: ставок по штату и занято ставок (числа, например 1,5).",
      SCHEDULE_TEMPLATE,
    ),
  ];
}
