import type { Catalogue } from "../catalogueEntry";

/**
 * Issues of the "vacancies" family: what reading and consolidating monthly vacancy tables finds
 * (src/core/vacancies). Positions (sheet, row, column) and the organisation (item) are fields of the issue.
 */
export const vacanciesCatalogue = {
  vacancy_table_not_found: {
    family: "vacancies",
    severity: "error",
    message: { ru: "Не найдена таблица вакансий (нужны столбцы «Организация» или «Должность» и «Вакантных ставок» или «Часов»)", en: "No vacancy table found (it needs an organisation or position column and a rates or hours column)" },
    why: { ru: "Без строки заголовка с должностью и количеством ставок нельзя понять, что в таблице.", en: "Without a header naming positions and rates the table cannot be read." },
    example: "Лист с планом мероприятий вместо таблицы вакансий",
  },
  period_unknown: {
    family: "vacancies",
    severity: "error",
    message: { ru: "Не удалось определить месяц отчёта ({file}): укажите столбец «Период», месяц в названии листа или строку «по состоянию на …»", en: "The reporting month is unknown ({file}): add a period column, the month in the sheet name or a line \"по состоянию на …\"" },
    why: { ru: "Без месяца строки нельзя отнести к отчёту и сравнить с прошлым месяцем; они не учтены в своде.", en: "Rows without a month cannot be consolidated or compared with last month; they are left out." },
    example: "Лист «Лист1» без даты, файл «вакансии.xlsx»",
  },
  org_empty: {
    family: "vacancies",
    severity: "error",
    message: { ru: "В строке не указана организация; строка не учтена", en: "The row names no organisation; it is left out" },
    why: { ru: "Вакансию без организации нельзя отнести ни к одной школе или детскому саду.", en: "A vacancy without an organisation belongs to nobody." },
    example: "(пусто) | учитель | математика | 1 | 18",
  },
  org_missing: {
    family: "vacancies",
    severity: "warning",
    message: { ru: "Организация «{item}» не представила сведения за {period:month}", en: "\"{item}\" did not report for {period:month}" },
    why: { ru: "Свод без одной организации занижает число вакансий; отсутствие сведений нужно запросить.", en: "A consolidation without one organisation understates vacancies; ask it for the report." },
    example: "МБОУ «СОШ № 7» есть в сентябре, нет в октябре",
  },
  org_not_in_reference: {
    family: "vacancies",
    severity: "info",
    message: { ru: "Организации «{item}» нет в справочнике организаций", en: "\"{item}\" is not in the reference list of organisations" },
    why: { ru: "Либо справочник устарел, либо название записано не так, как в справочнике.", en: "Either the list is out of date or the name is spelled differently." },
    example: "МБОУ «СОШ № 30» при справочнике из 25 школ",
  },
  org_variant: {
    family: "vacancies",
    severity: "warning",
    message: { ru: "Организация записана как «{variant}», обычно — «{preferred}»; в своде учтена как «{preferred}»", en: "The organisation is written \"{variant}\", usually \"{preferred}\"; consolidated as \"{preferred}\"" },
    why: { ru: "Разные написания одной организации дробят свод и создают ложные «не сдавшие» организации.", en: "Spelling variants split the consolidation and create false missing reports." },
    example: "МБОУ СОШ №5 и МБОУ «СОШ № 5»",
  },
  vacancy_duplicate: {
    family: "vacancies",
    severity: "warning",
    message: { ru: "Повтор: {position}{subject} в «{item}» за {period:month} уже указана в строке {firstRow}", en: "Duplicate: {position}{subject} of \"{item}\" for {period:month} is already on row {firstRow}" },
    why: { ru: "Одна вакансия, записанная дважды, удваивает ставки в своде; несколько ставок записывают в одной строке.", en: "A vacancy written twice doubles its rates; several rates belong in one row." },
    example: "МБОУ «СОШ № 1» | учитель | математика — две строки",
  },
  count_negative: {
    family: "vacancies",
    severity: "error",
    message: { ru: "Отрицательное значение {value} в столбце «{label}»; не учтено", en: "Negative value {value} in \"{label}\"; left out" },
    why: { ru: "Ставок, часов и вакансий не бывает меньше нуля: это опечатка.", en: "Rates, hours and vacancies cannot be negative: it is a typo." },
    example: "-1",
  },
  count_missing: {
    family: "vacancies",
    severity: "error",
    message: { ru: "Не указано количество ставок и часов вакансии", en: "The vacancy has neither rates nor hours" },
    why: { ru: "Вакансия без ставок и часов учтена в числе вакансий, но не в сумме ставок.", en: "The vacancy is counted, but adds nothing to the rates." },
    example: "МБОУ «СОШ № 1» | учитель | физика | (пусто) | (пусто)",
  },
  count_not_number: {
    family: "vacancies",
    severity: "error",
    message: { ru: "В столбце «{label}» не число: «{value}»; не учтено", en: "\"{label}\" is not a number: \"{value}\"; left out" },
    why: { ru: "Текст вместо числа не попадает в суммы свода.", en: "Text instead of a number is left out of the totals." },
    example: "полставки",
  },
  table_without_cells: {
    family: "vacancies",
    severity: "error",
    message: {
      ru: "Заголовок таблицы найден (строки {lines}), но её ячейки в тексте не разделены — так бывает с текстом, скопированным из PDF; таблица не прочитана. Откройте сам PDF-файл или документ Word, страницу сайта, откуда скопирован текст",
      en: "A table's header stands in lines {lines}, but the text does not part its cells, as text copied out of a PDF does; the table was not read. Open the PDF itself, or the Word document or web page the text came from",
    },
    why: {
      ru: "Без границ ячеек названия и числа строк сливаются, и посчитать их без ошибки нельзя; в PDF-файле, документе Word и на странице сайта ячейки видны и читаются.",
      en: "Without the cells' bounds the rows' names and figures run together and cannot be counted safely; a PDF file, a Word document and a web page show their cells and are read.",
    },
    example: "№ / п/п / Должность / Количество / вакантных / ставок — каждое слово заголовка на своей строке, строки «1 Учитель математика 1,5 27 01.09.2026»",
  },
  rows_unread: {
    family: "vacancies",
    severity: "warning",
    message: {
      ru: "Строки {first}–{last} не прочитаны: таблица тех же граф без строки заголовка, перед ней «{after}»",
      en: "Rows {first}–{last} were not read: a table of the same columns with no header row, after \"{after}\"",
    },
    why: {
      ru: "Текст между частями таблицы (примечание, подпись другой таблицы) не даёт считать их одной таблицей: если это её продолжение, уберите текст между частями или повторите над второй частью строку заголовка.",
      en: "Text between the parts (a note, another table's caption) keeps them apart: if the rows go on with the table, remove the text between or repeat the header row over them.",
    },
    example: "Таблица вакансий, примечание «Ставки указаны без учёта совместительства.» и под ним таблица тех же граф без заголовка",
  },
  number_as_text: {
    family: "vacancies",
    severity: "info",
    message: { ru: "Число записано текстом: «{value}» прочитано как {number}", en: "A number written as text: \"{value}\" read as {number}" },
    why: { ru: "Excel не суммирует текст: формулы в исходной таблице могут давать неверные итоги.", en: "Excel does not sum text: formulas in the source may give wrong totals." },
    example: "1,5",
  },
  rates_hours_mismatch: {
    family: "vacancies",
    severity: "warning",
    message: { ru: "Ставки не сходятся с часами: {rates} ст., а {hours} ч при норме {norm} ч на ставку — это {expected} ст.", en: "Rates disagree with hours: {rates} rates, but {hours} hours at {norm} hours per rate make {expected}" },
    why: { ru: "Либо ставки, либо часы записаны с ошибкой; в своде окажутся несопоставимые числа.", en: "Either rates or hours are wrong; the totals will not agree." },
    example: "учитель | 1 ставка | 20 часов",
  },
  closed_without_date: {
    family: "vacancies",
    severity: "warning",
    message: { ru: "Вакансия закрыта, но не указана дата закрытия", en: "The vacancy is closed but has no closing date" },
    why: { ru: "Без даты закрытия нельзя посчитать, сколько вакансия была открыта, и проверить следующий месяц.", en: "Without the date, the time to fill cannot be computed." },
    example: "закрыта | (пусто)",
  },
  vacancy_vanished: {
    family: "vacancies",
    severity: "warning",
    message: { ru: "Вакансия «{position}{subject}» была открыта в {from:monthIn}, а в {to:monthIn} пропала, не будучи закрытой", en: "The vacancy \"{position}{subject}\" was open in {from:month} and is gone in {to:month} without being closed" },
    why: { ru: "Вакансию закрывают записью «закрыта» с датой; молча пропавшая вакансия могла быть потеряна при копировании.", en: "Vacancies are closed with a status and date; one that silently disappears may have been lost." },
    example: "сентябрь: учитель физики, открыта; октябрь: строки нет",
  },
  opened_after_report: {
    family: "vacancies",
    severity: "warning",
    message: { ru: "Дата открытия {opened} позже даты отчёта {reportDate}", en: "Opening date {opened} is after the report date {reportDate}" },
    why: { ru: "Вакансия не может открыться после даты, на которую составлен отчёт: ошибка в дате или в месяце.", en: "A vacancy cannot open after the report date: the date or the month is wrong." },
    example: "по состоянию на 15.09.2026, дата открытия 01.10.2026",
  },
  date_unreadable: {
    family: "vacancies",
    severity: "warning",
    message: { ru: "Не удалось прочитать дату в столбце «{label}»: «{value}»", en: "Cannot read the date in \"{label}\": \"{value}\"" },
    why: { ru: "Даты пишут как 01.09.2026; иначе проверки сроков не работают.", en: "Write dates as 01.09.2026; otherwise date checks cannot run." },
    example: "с начала года",
  },
  status_unknown: {
    family: "vacancies",
    severity: "info",
    message: { ru: "Непонятный статус «{value}»: вакансия считается открытой", en: "Unknown status \"{value}\": the vacancy is taken as open" },
    why: { ru: "Статус — «открыта» или «закрыта»; другое слово нельзя однозначно понять.", en: "The status is open or closed; other words are ambiguous." },
    example: "в работе",
  },
} as const satisfies Catalogue;
