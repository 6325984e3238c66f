import { catalogueEntry } from "../../issues/catalogue";
import type { Localized } from "../../../i18n";
import type { RuleDefinition } from "./ruleDefinition";
import { abbreviationUndefined } from "./rules/abbreviationRule";
import { deadlineMissing, deadlineOutsidePeriod, deadlineRangeReversed, deadlineUnparsed, deadlineVague } from "./rules/deadlineRules";
import { itemDuplicate } from "./rules/itemDuplicate";
import { numberDuplicate, numberGap, numberMissing, numberOutOfOrder } from "./rules/numberRules";
import { responsibleMissing, responsibleNoPosition, responsibleVariant } from "./rules/responsibleRules";
import { columnMissing, resultMissing, resultNotMeasurable, resultRestatesName } from "./rules/resultRules";
import { fromStructure, itemUncertain, rowDropped } from "./rules/structureRules";
import { targetFound } from "./rules/targetFound";

type Title = Localized;

/** A rule whose family and default severity come from the issue catalogue, so they are written once. */
function rule(code: string, title: Title, check: RuleDefinition["check"], extra: Partial<Pick<RuleDefinition, "enabledByDefault" | "threshold" | "notes">> = {}): RuleDefinition {
  const entry = catalogueEntry(code);
  if (!entry) throw new Error(`rule ${code} has no catalogue entry`);
  return { code, family: entry.family, severity: entry.severity, title, check, ...extra, enabledByDefault: extra.enabledByDefault ?? true };
}

/**
 * The validation rules of a plan, in the order a report lists them. Each can be switched off and given another
 * severity (RuleConfig); docs/rules.md is generated from this list and the catalogue.
 */
export const RULES: readonly RuleDefinition[] = [
  rule("column_missing", { ru: "Нет столбца", en: "Column missing" }, columnMissing, {
    notes: "Проверяются столбцы номера, исполнителя, срока и результата; при отсутствии столбца правила о пустых ячейках этого столбца молчат.",
  }),
  rule("responsible_missing", { ru: "Нет исполнителя", en: "No executor" }, responsibleMissing),
  rule("responsible_no_position", { ru: "Исполнитель без должности", en: "Executor without position" }, responsibleNoPosition, {
    notes: "Одно замечание на пункт: перечисляются все исполнители, у которых распознано только ФИО — ни должности, ни организации.",
  }),
  rule("responsible_variant", { ru: "Разные написания исполнителя", en: "Executor spelling variants" }, responsibleVariant, {
    notes: "Написания группируются нечётким сравнением фамилии и инициалов или названия (groupVariants). Верным считается написание, которое встречается в большем числе пунктов, при равенстве — встретившееся первым; замечание получает каждый пункт с другим написанием, с предложением заменить.",
  }),
  rule("abbreviation_undefined", { ru: "Сокращение не расшифровано", en: "Abbreviation not defined" }, abbreviationUndefined, {
    notes: "Проверяются ячейки наименования и исполнителей. Сокращение считается расшифрованным, если оно определено «(далее – …)» в любом месте документа, если в ячейках плана или его заголовке есть слова подряд, первые буквы которых его составляют («Российской академии образования» → РАО), если это организационно-правовая форма (МБОУ, МКДОУ, ГАУ, ФГБНУ…), римское число или общеизвестное сокращение из списка ниже.",
  }),
  rule("deadline_missing", { ru: "Нет срока", en: "No deadline" }, deadlineMissing),
  rule("deadline_unparsed", { ru: "Срок не распознан", en: "Deadline not recognised" }, deadlineUnparsed),
  rule("deadline_outside_period", { ru: "Срок вне периода плана", en: "Deadline outside the plan period" }, deadlineOutsidePeriod, {
    notes: "Сравниваются начало и окончание срока пункта и его подмероприятий с периодом плана; если период в заголовке не указан, он берётся по датам самих сроков, и правило молчит.",
  }),
  rule("deadline_range_reversed", { ru: "Окончание раньше начала", en: "End before start" }, deadlineRangeReversed, {
    notes: "Окончание раньше начала — в прочитанном сроке или в «с … по …», где обе части по отдельности читаются как даты.",
  }),
  rule("deadline_vague", { ru: "Размытый срок разового результата", en: "Vague deadline of a one-off result" }, deadlineVague, {
    notes: "Срок вида «постоянно», «в течение года» при результате-документе в единственном числе (приказ, положение, отчёт, протокол, план, программа…) или при наименовании «Проведение/Организация … семинара, конференции, конкурса…» (одно событие).",
  }),
  rule("result_missing", { ru: "Нет результата", en: "No result" }, resultMissing),
  rule("result_not_measurable", { ru: "Неизмеримый результат", en: "Result not measurable" }, resultNotMeasurable, {
    notes: "Измеримым считается результат с числом (в том числе датой и долей), словами количества (количество, доля, охват, все, каждый…), названием документа или продукта (приказ, отчёт, протокол, положение, план, программа, реестр…) или свершившимся фактом (проведён, утверждён, разработан…).",
  }),
  rule("result_restates_name", { ru: "Результат повторяет название", en: "Result restates the name" }, resultRestatesName, {
    notes: "Слова результата и наименования сравниваются по первым пяти буквам без служебных слов; результаты короче трёх значимых слов и результаты с числом, которого нет в наименовании («5 % вовлечены»), не проверяются.",
    threshold: {
      default: 0.85,
      meaning: {
        ru: "доля слов результата (по основам), которые есть в названии; от 0 до 1",
        en: "share of the result's word stems found in the name, 0 to 1",
      },
    },
  }),
  rule("number_missing", { ru: "Нет номера", en: "No number" }, numberMissing),
  rule("number_duplicate", { ru: "Повтор номера", en: "Duplicate number" }, numberDuplicate, {
    notes: "Повтор внутри одного уровня нумерации; «6.4» и «6.4.» — один номер.",
  }),
  rule("number_gap", { ru: "Пропуск в нумерации", en: "Gap in numbering" }, numberGap, {
    notes: "Номера сравниваются внутри своего уровня (1.2.1, 1.2.2 — под 1.2). Одноуровневые номера, начинающиеся заново в каждом разделе, проверяются по разделам. Первый номер уровня не проверяется (нумерация может продолжаться из предыдущего раздела).",
  }),
  rule("number_out_of_order", { ru: "Нарушен порядок номеров", en: "Numbers out of order" }, numberOutOfOrder),
  rule("number_section_conflict", { ru: "Номер раздела и пункта совпадает", en: "Section and item share a number" }, fromStructure("number_section_conflict")),
  rule("item_duplicate", { ru: "Повтор мероприятия", en: "Duplicate item" }, itemDuplicate, {
    notes: "Сравниваются наименование и текст срока без учёта регистра, пробелов, кавычек и латинских двойников букв.",
  }),
  rule("continuation_suspected", { ru: "Похоже на перенос строки", en: "Suspected page-break continuation" }, fromStructure("continuation_suspected"), {
    notes:
      "Проверяется текст, строки которого прочитаны со страниц: PDF, его текст, текстовая выгрузка. В таблице Word, на листе Excel и в таблице веб-страницы строка, разорванная страницей, остаётся одной строкой, и короткий первый абзац ячейки — авторский; там правило срабатывает, только если в таблице видны страницы (повтор шапки, номера страниц: таблица, собранная конвертером из PDF).",
  }),
  rule("item_uncertain", { ru: "Пункт прочитан с сомнением", en: "Item read with doubt" }, itemUncertain, {
    notes: "Одно замечание на пункт, с примечаниями разбора: текст мог попасть не в тот столбец, пункт мог быть обрезан в конце документа или склеен с продолжением. Срок, прочитанный по отметкам графика, сомнением не считается.",
  }),
  rule("hidden_row", { ru: "Скрытая строка", en: "Hidden row" }, fromStructure("hidden_row")),
  rule("header_guessed", { ru: "Шапка определена по содержимому", en: "Header guessed" }, fromStructure("header_guessed")),
  rule("row_dropped", { ru: "Строка не вошла в план", en: "Row left out of the plan" }, rowDropped, {
    notes: "Перечисляются повторы шапки и строки с номерами граф — по одной на строку; другая таблица документа — одним замечанием на всю таблицу. Не перечисляются пустые строки (в них нет текста) и текст над и под таблицей: он сохраняется в заголовке и подписях плана и виден на листе «Исходные строки».",
  }),
  rule("target_found", { ru: "Найдено целевое значение", en: "Target found" }, targetFound, {
    enabledByDefault: false,
    notes: "Целевое значение — доля («до 60% в каждом учреждении», «10 % педагогов») или количество со словом «не менее», «до», «более»… Годы целевыми значениями не считаются.",
  }),
];

export const RULE_CODES: ReadonlySet<string> = new Set(RULES.map((r) => r.code));

export function ruleByCode(code: string): RuleDefinition | undefined {
  return RULES.find((r) => r.code === code);
}
