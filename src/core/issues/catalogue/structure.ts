import type { Catalogue } from "../catalogueEntry";

/** Issues found while reading a grid as a plan (src/core/plan/structure). */
export const structureCatalogue = {
  row_dropped: {
    family: "structure",
    severity: "info",
    message: {
      ru: "Строка {row} не вошла в план: {reason}",
      en: "Row {row} is not part of the plan: {reason}",
    },
    why: {
      ru: "Ничего не пропадает молча: повторы шапки, номера граф и пустые строки перечислены.",
      en: "Nothing disappears silently: repeated headers, column numbers and blank rows are listed.",
    },
    example: "1 | 2 | 3 | 4 | 5",
  },
  continuation_suspected: {
    family: "structure",
    severity: "warning",
    message: {
      ru: "Начало ячейки «{text}» похоже на продолжение пункта {previous}, перенесённое разрывом страницы",
      en: "The start of the cell, \"{text}\", looks like the end of item {previous} pushed down by a page break",
    },
    why: {
      ru: "При копировании из PDF и Word конец текста пункта часто попадает в следующую строку.",
      en: "Copying from PDF and Word often moves the end of an item's text into the next row.",
    },
    example: "<p>Образования</p> <p>Осуществление мониторинга…</p>",
  },
  item_uncertain: {
    family: "structure",
    severity: "warning",
    message: {
      ru: "Пункт прочитан с сомнением: {note}. Сверьте его с источником",
      en: "The item was read with doubt: {note}. Check it against the source",
    },
    why: {
      ru: "Текст без ячеек (PDF, скопированный текст, строки в одном столбце) разбирается по догадке; где догадка шаткая, пункт помечен, а не отброшен.",
      en: "Text without cells (a PDF, copied text, lines in one column) is read by inference; where the inference is weak the item is marked, not dropped.",
    },
    example: "1.1 Ежегодный / до 1 марта / мониторинг …",
  },
  number_section_conflict: {
    family: "structure",
    severity: "warning",
    message: {
      ru: "Номер {number} есть и у раздела (строка {sectionRow}), и у мероприятия",
      en: "Number {number} is used by a section (row {sectionRow}) and by an item",
    },
    why: {
      ru: "Одинаковые номера раздела и пункта путают ссылки в отчётах; номера не меняются автоматически.",
      en: "The same number for a section and an item confuses references in reports; nothing is renumbered.",
    },
    example: "1.2. Профессиональная ориентация… / 1.2 Проведение мониторинга…",
  },
  hidden_row: {
    family: "structure",
    severity: "info",
    message: {
      ru: "Строка {row} скрыта в исходном листе, но включена в план",
      en: "Row {row} is hidden in the source sheet but is part of the plan",
    },
    why: {
      ru: "Скрытые строки легко пропустить при проверке глазами.",
      en: "Hidden rows are easy to miss when reading by eye.",
    },
    example: "",
  },
  header_guessed: {
    family: "structure",
    severity: "info",
    message: {
      ru: "Шапка таблицы не найдена; столбцы определены по содержимому: {columns}",
      en: "No header row found; columns were recognised by their content: {columns}",
    },
    why: {
      ru: "Проверьте, правильно ли определены столбцы, и при необходимости назначьте их вручную.",
      en: "Check that the columns were recognised correctly and reassign them if needed.",
    },
    example: "",
  },
} as const satisfies Catalogue;
