import type { Catalogue } from "../catalogueEntry";

/**
 * Issues of the "plan" family: what validation (src/core/plan/validate) finds in a structured plan, and the
 * "config" family: what is wrong in a rules configuration. Messages carry no position: the rendered issue has
 * item, row and column fields of its own.
 */
export const planCatalogue = {
  responsible_missing: {
    family: "plan",
    severity: "error",
    message: { ru: "Не указан ответственный исполнитель", en: "No responsible executor is given" },
    why: {
      ru: "Мероприятие без исполнителя некому выполнять и не с кого спросить отчёт.",
      en: "Nobody carries out or reports on an item without an executor.",
    },
    example: "1.3 | Проведение семинара | (пусто) | Март 2024 года | Протокол",
  },
  responsible_no_position: {
    family: "plan",
    severity: "warning",
    message: {
      ru: "У исполнителя указана только фамилия с инициалами, без должности и организации: {names}",
      en: "The executor is a bare name with no position or organisation: {names}",
    },
    why: {
      ru: "Проверяющие просят уточнять должности: по одной фамилии неясно, кто отвечает, если человек сменился.",
      en: "Reviewers ask for positions: a bare name says nothing once the person changes jobs.",
    },
    example: "Ланкина Н.Н.",
  },
  responsible_variant: {
    family: "plan",
    severity: "warning",
    message: {
      ru: "Исполнитель «{variant}» записан иначе, чем в других пунктах («{preferred}»)",
      en: "The executor \"{variant}\" is spelled differently elsewhere in the plan (\"{preferred}\")",
    },
    why: {
      ru: "Разные написания одного исполнителя дробят своды «по исполнителям» и выглядят как опечатки.",
      en: "Spelling variants split the summaries by executor and look like typos.",
    },
    example: "Ланикна Н.Н. (в других пунктах — Ланкина Н.Н.)",
  },
  abbreviation_undefined: {
    family: "plan",
    severity: "warning",
    message: {
      ru: "Сокращение «{abbreviation}» нигде в плане не расшифровано (упоминаний: {count})",
      en: "The abbreviation \"{abbreviation}\" is never spelled out in the plan (uses: {count})",
    },
    why: {
      ru: "Читатель плана вне вашей организации не знает местных сокращений; их расшифровывают при первом упоминании: «(далее – …)».",
      en: "Readers outside your organisation do not know local abbreviations; spell them out at first use: \"(далее – …)\".",
    },
    example: "площадок РТИК",
  },
  deadline_missing: {
    family: "plan",
    severity: "error",
    message: { ru: "Не указан срок исполнения", en: "No deadline is given" },
    why: {
      ru: "Без срока мероприятие не попадает ни в один отчётный период.",
      en: "Without a deadline an item falls into no reporting period.",
    },
    example: "2.4 | Проведение конкурса | Методист | (пусто) | Приказ",
  },
  deadline_unparsed: {
    family: "plan",
    severity: "warning",
    message: { ru: "Срок «{text}» не распознан как дата, период или периодичность", en: "The deadline \"{text}\" is not recognised as a date, span or repetition" },
    why: {
      ru: "Нераспознанный срок не попадёт в своды по срокам и в отчёт об исполнении.",
      en: "An unrecognised deadline is left out of the summaries by period and the execution report.",
    },
    example: "после каникул",
  },
  deadline_outside_period: {
    family: "plan",
    severity: "warning",
    message: {
      ru: "Срок «{text}» выходит за период плана ({period})",
      en: "The deadline \"{text}\" lies outside the plan period ({period})",
    },
    why: {
      ru: "Дата вне периода плана — обычно опечатка в годе.",
      en: "A date outside the plan period is usually a typo in the year.",
    },
    example: "15.03.2025 в плане на 2022 год",
  },
  deadline_vague: {
    family: "plan",
    severity: "info",
    message: {
      ru: "Разовый результат ({output}) со сроком «{text}»: укажите дату или месяц",
      en: "A one-off result ({output}) with the deadline \"{text}\": give a date or a month",
    },
    why: {
      ru: "Документ или событие появляются в конкретный день; срок «в течение года» не позволяет проверить исполнение.",
      en: "A document or an event happens on a given day; \"during the year\" cannot be checked.",
    },
    example: "Проведение конференции | В течение года",
  },
  deadline_range_reversed: {
    family: "plan",
    severity: "error",
    message: { ru: "В сроке «{text}» окончание ({end}) раньше начала ({start})", en: "In the deadline \"{text}\" the end ({end}) comes before the start ({start})" },
    why: { ru: "Перепутаны даты начала и окончания.", en: "The start and end dates are swapped." },
    example: "с 20.05.2024 по 10.05.2024",
  },
  column_missing: {
    family: "plan",
    severity: "warning",
    message: { ru: "В таблице плана нет столбца «{column}»", en: "The plan table has no \"{column}\" column" },
    why: {
      ru: "Без этого столбца ни у одного мероприятия нет этих сведений; одно замечание вместо замечания к каждой строке.",
      en: "Without this column no item has this information; one issue instead of one per row.",
    },
    example: "№ п/п | Наименование мероприятия | Ответственный исполнитель | Срок",
  },
  result_missing: {
    family: "plan",
    severity: "warning",
    message: { ru: "Не указан ожидаемый результат", en: "No expected result is given" },
    why: {
      ru: "По пункту без результата нельзя отчитаться о выполнении.",
      en: "An item without a result cannot be reported as done.",
    },
    example: "3.2 | Мониторинг | Отдел кадров | Ежегодно | (пусто)",
  },
  result_not_measurable: {
    family: "plan",
    severity: "warning",
    message: {
      ru: "Результат не измерим: нет числа, доли, даты или документа («{text}»)",
      en: "The result is not measurable: no number, share, date or document (\"{text}\")",
    },
    why: {
      ru: "Результат вида «повышение качества» нельзя проверить; назовите число, долю или документ.",
      en: "A result like \"better quality\" cannot be checked; state a number, a share or a document.",
    },
    example: "Повышение качества образования",
  },
  result_restates_name: {
    family: "plan",
    severity: "warning",
    message: {
      ru: "Результат повторяет название мероприятия ({share}% слов): укажите, что изменится",
      en: "The result repeats the name of the item ({share}% of its words): say what changes",
    },
    why: {
      ru: "«Проведена кампания» для «Проведение кампании» ничего не говорит о результате.",
      en: "\"Campaign held\" for \"Holding a campaign\" says nothing about the outcome.",
    },
    example: "Проведение информационной кампании… → Проведена информационная кампания…",
  },
  number_missing: {
    family: "plan",
    severity: "warning",
    message: { ru: "У мероприятия нет номера", en: "The item has no number" },
    why: { ru: "На пункт без номера нельзя сослаться в отчёте.", en: "An item without a number cannot be referred to in reports." },
    example: "(пусто) | Проведение семинара | …",
  },
  number_duplicate: {
    family: "plan",
    severity: "error",
    message: { ru: "Номер {number} уже есть у пункта в строке {firstRow}", en: "Number {number} is already used by the item at row {firstRow}" },
    why: { ru: "Два пункта с одним номером путают отчёты об исполнении.", en: "Two items with one number confuse execution reports." },
    example: "2.3 … / 2.3 …",
  },
  number_gap: {
    family: "plan",
    severity: "warning",
    message: { ru: "Пропуск в нумерации: после {previous} идёт {number} (нет {expected})", en: "Gap in numbering: {number} follows {previous} ({expected} is missing)" },
    why: { ru: "Пропущенный номер часто означает потерянную при копировании строку.", en: "A missing number often means a row lost when copying." },
    example: "1.1, 1.3",
  },
  number_out_of_order: {
    family: "plan",
    severity: "warning",
    message: { ru: "Нарушен порядок нумерации: {number} после {previous}", en: "Numbers out of order: {number} after {previous}" },
    why: { ru: "Строки переставлены или номер набран с ошибкой.", en: "Rows were moved or a number was mistyped." },
    example: "2.4, 2.2",
  },
  item_duplicate: {
    family: "plan",
    severity: "warning",
    message: {
      ru: "Мероприятие с тем же названием и сроком уже есть (пункт {first}, строка {firstRow})",
      en: "An item with the same name and deadline already exists (item {first}, row {firstRow})",
    },
    why: { ru: "Повтор пункта удваивает его в сводах и отчётах.", en: "A repeated item is counted twice in summaries and reports." },
    example: "Проведение семинара | Март 2024 года (дважды)",
  },
  target_found: {
    family: "plan",
    severity: "info",
    message: { ru: "Целевое значение: {indicator} — {value} {unit}{scope}", en: "Target: {indicator} — {value} {unit}{scope}" },
    why: {
      ru: "Целевые значения из результатов попадают в лист показателей; проверьте, что они прочитаны верно.",
      en: "Targets read from the results go to the indicator sheet; check that they were read correctly.",
    },
    example: "до 60% в каждом образовательном учреждении",
  },

  config_invalid_type: {
    family: "config",
    severity: "error",
    message: { ru: "Настройки правил, {path}: неверный тип значения ({detail})", en: "Rule settings, {path}: wrong type ({detail})" },
    why: { ru: "Настройки читаются строго, чтобы опечатка не отключила проверку молча.", en: "Settings are read strictly so that a typo never silently disables a check." },
    example: "{\"rules\": {\"deadline_vague\": {\"enabled\": \"нет\"}}}",
  },
  config_invalid_value: {
    family: "config",
    severity: "error",
    message: { ru: "Настройки правил, {path}: недопустимое значение ({detail})", en: "Rule settings, {path}: invalid value ({detail})" },
    why: { ru: "Важность может быть только error, warning или info; язык — ru или en.", en: "Severity is one of error, warning, info; locale is ru or en." },
    example: "{\"rules\": {\"deadline_vague\": {\"severity\": \"critical\"}}}",
  },
  config_unknown_key: {
    family: "config",
    severity: "error",
    message: { ru: "Настройки правил, {path}: неизвестный параметр {detail}", en: "Rule settings, {path}: unknown key {detail}" },
    why: { ru: "Неизвестный параметр — обычно опечатка в имени.", en: "An unknown key is usually a typo." },
    example: "{\"rules\": {\"deadline_vague\": {\"enable\": false}}}",
  },
  config_unknown_rule: {
    family: "config",
    severity: "error",
    message: { ru: "Настройки правил, {path}: нет правила с кодом «{detail}»", en: "Rule settings, {path}: no rule has the code \"{detail}\"" },
    why: { ru: "Коды правил перечислены в docs/rules.md.", en: "Rule codes are listed in docs/rules.md." },
    example: "{\"rules\": {\"deadline_vauge\": {\"enabled\": false}}}",
  },
  config_out_of_range: {
    family: "config",
    severity: "error",
    message: { ru: "Настройки правил, {path}: значение вне допустимых границ ({detail})", en: "Rule settings, {path}: value out of range ({detail})" },
    why: { ru: "Порог — доля от 0 до 1.", en: "A threshold is a share from 0 to 1." },
    example: "{\"rules\": {\"result_restates_name\": {\"threshold\": 80}}}",
  },
  config_threshold_unsupported: {
    family: "config",
    severity: "error",
    message: { ru: "Настройки правил, {path}: у правила «{detail}» нет порога", en: "Rule settings, {path}: the rule \"{detail}\" has no threshold" },
    why: { ru: "Порог задаётся только правилам, у которых он есть (docs/rules.md).", en: "Only rules that have a threshold take one (docs/rules.md)." },
    example: "{\"rules\": {\"deadline_vague\": {\"threshold\": 0.5}}}",
  },
  config_invalid: {
    family: "config",
    severity: "error",
    message: { ru: "Настройки правил, {path}: {detail}", en: "Rule settings, {path}: {detail}" },
    why: { ru: "Настройки не соответствуют схеме.", en: "The settings do not match the schema." },
    example: "[]",
  },
} as const satisfies Catalogue;
