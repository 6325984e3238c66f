/**
 * Header synonyms of plan columns. A header cell is matched against every pattern; the key whose pattern matches
 * earliest in the text wins ("Наименование результата" is a name, "Результаты на момент окончания срока" a result),
 * ties go to the longer match. Patterns are tested on lower-case text with ё→е and look-alikes fixed.
 */

export type ColumnKey = "number" | "section" | "name" | "responsible" | "deadline" | "result" | "subEvents" | "derived";

/** The logical columns of a plan, in the order of the structured table. */
export const PLAN_KEYS = ["number", "name", "responsible", "deadline", "result"] as const;
export type PlanKey = (typeof PLAN_KEYS)[number];

/**
 * «Показатель», «Индикатор»: the result column of a plan without a «Результат», a target beside it in a plan with one.
 */
const TARGET = /показател|индикатор/;

export const COLUMN_SYNONYMS: Readonly<Record<ColumnKey, readonly RegExp[]>> = {
  number: [/^№/, /^n\s*(п\/п)?$/, /^no\.?$/, /^#$/, /п\s*\/\s*п/, /^номер/, /^пункт$/],
  section: [/^раздел$/, /^направление$/, /^раздел плана/],
  name: [
    /наименовани/, /мероприяти/, /содержани/, /название/, /^тема/, /вид(ы)? (работ|деятельности)/, /^действи/,
    /^задач/, /^работа$/, /описание/,
  ],
  responsible: [/ответствен/, /исполнител/, /^фио/, /координатор/, /^кто /, /^кем /],
  deadline: [
    /срок/, /^период/, /период (реализации|проведения|исполнения)/, /^дата/, /дата проведения/, /время проведения/, /^когда/, /календарн/,
    // A deadline column named by its unit alone, one column (a grid's are «I квартал», «январь», «2026 год»).
    /^(год|годы|месяц|месяцы|квартал)( (реализации|проведения|исполнения|выполнения))?$/,
  ],
  result: [
    /результат/, /отчетност/, /форма отчета/, TARGET, /форма (завершения|представления|контроля)/, /^итог/, /выходн(ой|ые) документ/,
    /ожидаем/, /прогнозируем/, /^продукт/,
  ],
  subEvents: [/^подмероприяти/, /^этапы \(даты\)/],
  // Columns the add-in itself writes next to the plan; recognised so that re-reading its own sheet loses nothing.
  derived: [/^вид срока$/, /^начало$/, /^окончание$/, /^периодичность$/, /^строки источника$/, /^источник \(строки\)$/, /^полный номер$/, /^примечания разбора$/, /^full number$/, /^parsing notes$/],
};

/**
 * Synonyms that name their column only where no other header names it plainly; beside a plainly named one the column
 * is an extra column (a plan with «Ожидаемый результат» and «Целевой показатель» has one result and one target).
 */
export const WEAK_SYNONYMS: ReadonlySet<RegExp> = new Set([TARGET]);

/**
 * Captions of a table of target indicators (an act's «Целевые показатели», a programme's «Перечень показателей»): a
 * column naming the indicator, beside its unit or its values (base, target, by year). A plan names an executor or a
 * deadline; such a table names neither.
 */
export const TARGET_TABLE_CAPTIONS: Readonly<Record<"indicator" | "values", readonly RegExp[]>> = {
  indicator: [/показател/, /индикатор/],
  values: [/единиц\S* измерени/, /^ед\. ?изм/, /значени/, /^(19|20)\d\d( год)?$/, /^базов/, /^целев/, /^(план|факт)$/],
};

/** Headers of tables that are not plans although they share words with plans (approval sheets, targets). */
export const NOT_A_PLAN_HEADERS: readonly RegExp[] = [/согласова/, /подпис/, /^виза/, /согласующ/];
