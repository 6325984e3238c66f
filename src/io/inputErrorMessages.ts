import type { Locale, TextLocale } from "../core/issues/issue";
import { localize } from "../i18n";

/**
 * Why an input cannot be used, in the user's words. Every reader throws InputError with one of these reasons; the
 * CLI prints one line naming the file, the pane shows the same text.
 */
export const INPUT_ERROR_MESSAGES: Readonly<Record<string, Readonly<Record<TextLocale, string>>>> = {
  not_found: { ru: "файл не найден", en: "file not found" },
  is_directory: { ru: "это папка, а не файл", en: "this is a directory, not a file" },
  no_permission: { ru: "нет прав на чтение файла", en: "no permission to read the file" },
  empty: { ru: "файл пуст", en: "the file is empty" },
  binary: { ru: "файл не похож на текст или таблицу (двоичные данные)", en: "the file is not text or a table (binary data)" },
  not_xlsx: { ru: "файл не является книгой Excel (.xlsx)", en: "the file is not an Excel workbook (.xlsx)" },
  not_rtf: { ru: "файл не является документом RTF", en: "the file is not an RTF document" },
  not_docx: { ru: "файл не является документом Word (.docx)", en: "the file is not a Word document (.docx)" },
  docx_no_document: { ru: "документ Word повреждён: в архиве нет основной части документа", en: "the Word document is damaged: the archive has no main document part" },
  truncated: { ru: "файл повреждён или обрезан (архив не читается)", en: "the file is damaged or truncated (the archive cannot be read)" },
  zip_too_large: { ru: "архив распаковывается в слишком большой объём — чтение остановлено", en: "the archive expands to too much data; reading stopped" },
  needs_ocr: { ru: "в PDF нет текстового слоя (скан или изображение): нужно сначала распознать текст (OCR)", en: "the PDF has no text layer (a scan or an image): it needs OCR first" },
  bad_pdf: { ru: "файл PDF повреждён или не читается", en: "the PDF file is damaged or cannot be read" },
  zip_duplicate: { ru: "файл повреждён: в архиве две части с одним именем", en: "the file is damaged: the archive holds two parts of one name" },
  bad_number_format: { ru: "числовой формат ячеек длиннее 255 знаков (предел Excel) — файл не создан Excel или повреждён", en: "a number format is longer than 255 characters (Excel's limit)" },
  too_large: { ru: "файл слишком большой", en: "the file is too large" },
  xls_version: { ru: "книга Excel версии, которая не читается (не Excel 5.0–2003): откройте её в Excel или LibreOffice и сохраните как .xlsx", en: "an Excel workbook of a version that cannot be read (not Excel 5.0–2003): open it and save it as .xlsx" },
  xls_encrypted: { ru: "книга Excel защищена паролем на открытие: снимите пароль (Файл → Сведения → Защита книги) и сохраните её снова", en: "the Excel workbook is password-protected: remove the password and save it again" },
  bad_xls: { ru: "книга Excel 97–2003 (.xls) повреждена и не читается: откройте её в Excel или LibreOffice и сохраните как .xlsx", en: "the Excel 97–2003 workbook (.xls) is damaged: open it and save it as .xlsx" },
  doc_encrypted: { ru: "документ Word защищён паролем: снимите защиту (Файл → Сведения → Защита документа) и сохраните его снова", en: "the Word document is password-protected: remove the password and save it again" },
  bad_doc: { ru: "документ Word 97–2003 (.doc) повреждён и не читается: откройте его в Word или LibreOffice и сохраните как .docx", en: "the Word 97–2003 document (.doc) is damaged: open it and save it as .docx" },
  office_97: { ru: "файл в формате Office 97–2003 — не документ Word и не книга Excel (презентация или другой файл): сохраните план как .docx, .doc, .xlsx или .xls", en: "an Office 97–2003 file that is neither a Word document nor an Excel workbook: save the plan as .docx, .doc, .xlsx or .xls" },
  opendocument: { ru: "в файле OpenDocument нет ни текста, ни таблиц (это презентация или рисунок): сохраните план как .odt, .ods, .docx или .xlsx", en: "the OpenDocument file has neither text nor sheets (a presentation or a drawing): save the plan as .odt, .ods, .docx or .xlsx" },
  unsupported_format: { ru: "формат файла не поддерживается", en: "unsupported file format" },
  unknown_sheet: { ru: "в книге нет листа с таким именем", en: "the workbook has no sheet with that name" },
  no_table: { ru: "в файле не найдено ни одной таблицы", en: "no table found in the file" },
  no_plan_columns: { ru: "не найдена таблица плана: нужны столбцы «Наименование мероприятия» и «Ответственный» или «Срок»", en: "no plan table found: it needs an activity column and a responsible or deadline column" },
  not_staffing: { ru: "не найдены кадровые данные: нужны столбцы организации и образования/категории или сводные показатели", en: "no staffing data found" },
  not_vacancies: { ru: "не найдена таблица вакансий: нужны столбцы организации и должности или ставок", en: "no vacancy table found" },
  bad_config: { ru: "файл настроек содержит ошибки", en: "the configuration file has errors" },
  bad_arguments: { ru: "неверные параметры команды", en: "invalid command arguments" },
  not_regular: { ru: "это не обычный файл (канал, устройство или сокет) — прочитайте его в файл и укажите файл", en: "not a regular file (a FIFO, device or socket); save it to a file first" },
  symlink_loop: { ru: "символические ссылки образуют цикл", en: "the symbolic links form a loop" },
  name_too_long: { ru: "слишком длинное имя файла или пути", en: "the file name or path is too long" },
  io_error: { ru: "ошибка ввода-вывода", en: "input/output error" },
  too_wide: { ru: "в таблице больше столбцов, чем допускает Excel (16 384)", en: "the table has more columns than Excel allows (16,384)" },
  too_deep: { ru: "слишком глубокая вложенность разметки — чтение остановлено", en: "the markup is nested too deeply; reading stopped" },
  too_many_cells: { ru: "объединения или диапазоны ячеек охватывают слишком много ячеек — чтение остановлено", en: "merged areas or ranges cover too many cells; reading stopped" },
  bad_as_of: { ru: "неверная дата --as-of (нужна ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)", en: "invalid --as-of date (DD.MM.YYYY or YYYY-MM-DD)" },
  out_is_input: { ru: "файл результата совпадает с входным файлом — он был бы перезаписан; укажите другой --out", en: "the output is one of the input files and would overwrite it; choose another --out" },
  out_is_directory: { ru: "--out указывает на папку, а не на файл", en: "--out names a directory, not a file" },
  out_not_regular: { ru: "--out указывает не на обычный файл (канал или устройство)", en: "--out names a FIFO or device, not a regular file" },
  out_folder_missing: { ru: "папка для файла результата не существует", en: "the output folder does not exist" },
  no_write_permission: { ru: "нет прав на запись", en: "no permission to write" },
  read_only: { ru: "место только для чтения — записать нельзя", en: "read-only file system" },
  disk_full: { ru: "на диске нет места — файл не записан, прежний файл не тронут", en: "the disk is full; nothing was written, the old file is intact" },
  file_size_limit: { ru: "превышен допустимый размер файла — файл не записан, прежний файл не тронут", en: "the file size limit was exceeded; nothing was written" },
};

export function inputErrorMessage(reason: string, locale: Locale): string {
  const texts = INPUT_ERROR_MESSAGES[reason];
  return texts ? localize(texts, locale) : reason;
}
