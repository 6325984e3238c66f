import type { Locale } from "../core/issues/issue";

/**
 * Why an input cannot be used, in the user's words. Every reader throws InputError with one of these reasons; the
 * CLI prints one line naming the file, the pane shows the same text.
 */
export const INPUT_ERROR_MESSAGES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  not_found: { ru: "файл не найден", en: "file not found" },
  is_directory: { ru: "это папка, а не файл", en: "this is a directory, not a file" },
  no_permission: { ru: "нет прав на чтение файла", en: "no permission to read the file" },
  empty: { ru: "файл пуст", en: "the file is empty" },
  binary: { ru: "файл не похож на текст или таблицу (двоичные данные)", en: "the file is not text or a table (binary data)" },
  not_xlsx: { ru: "файл не является книгой Excel (.xlsx)", en: "the file is not an Excel workbook (.xlsx)" },
  not_docx: { ru: "файл не является документом Word (.docx)", en: "the file is not a Word document (.docx)" },
  truncated: { ru: "файл повреждён или обрезан (архив не читается)", en: "the file is damaged or truncated (the archive cannot be read)" },
  zip_too_large: { ru: "архив распаковывается в слишком большой объём — чтение остановлено", en: "the archive expands to too much data; reading stopped" },
  needs_ocr: { ru: "в PDF нет текстового слоя (скан или изображение): нужно сначала распознать текст (OCR)", en: "the PDF has no text layer (a scan or an image): it needs OCR first" },
  bad_pdf: { ru: "файл PDF повреждён или не читается", en: "the PDF file is damaged or cannot be read" },
  too_large: { ru: "файл слишком большой", en: "the file is too large" },
  unsupported_format: { ru: "формат файла не поддерживается", en: "unsupported file format" },
  unknown_sheet: { ru: "в книге нет листа с таким именем", en: "the workbook has no sheet with that name" },
  no_table: { ru: "в файле не найдено ни одной таблицы", en: "no table found in the file" },
  no_plan_columns: { ru: "не найдена таблица плана: нужны столбцы «Наименование мероприятия» и «Ответственный» или «Срок»", en: "no plan table found: it needs an activity column and a responsible or deadline column" },
  not_staffing: { ru: "не найдены кадровые данные: нужны столбцы организации и образования/категории или сводные показатели", en: "no staffing data found" },
  not_vacancies: { ru: "не найдена таблица вакансий: нужны столбцы организации и должности или ставок", en: "no vacancy table found" },
  bad_config: { ru: "файл настроек содержит ошибки", en: "the configuration file has errors" },
  bad_arguments: { ru: "неверные параметры команды", en: "invalid command arguments" },
};

export function inputErrorMessage(reason: string, locale: Locale): string {
  return INPUT_ERROR_MESSAGES[reason]?.[locale] ?? reason;
}
