/**
 * Abbreviations every reader of an education plan in Russia knows, so a plan need not spell them out. Kept short on
 * purpose: local names (ЗГМО, РТИК, ИРООО, НМР) are exactly what the rule is for. Sources: the names of the federal
 * standards and levels in Федеральный закон № 273-ФЗ «Об образовании в Российской Федерации» and common usage.
 */
export const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "РФ", // Российская Федерация
  "ФЗ", // федеральный закон
  "ФГОС", // федеральный государственный образовательный стандарт
  "НОО", "ООО", "СОО", // начальное, основное, среднее общее образование (ФГОС НОО …)
  "ДО", // дошкольное / дополнительное образование
  "ДПО", // дополнительное профессиональное образование
  "СПО", // среднее профессиональное образование
  "ВО", // высшее образование
  "ОВЗ", // ограниченные возможности здоровья
  "ОО", "ДОО", "ДОУ", // образовательная организация, дошкольная образовательная организация / учреждение
  "СОШ", "ООШ", "НШ", // средняя, основная общеобразовательная, начальная школа
  "ГМО", "РМО", "ШМО", // городское, районное, школьное методическое объединение
  "ЕГЭ", "ОГЭ", "ГИА", "ВПР", // экзамены и проверочные работы
  "УУД", // универсальные учебные действия (ФГОС)
  "ИКТ", // информационно-коммуникационные технологии
  "КПК", // курсы повышения квалификации
  "СМИ", // средства массовой информации
  "ФИО",
]);

/**
 * Legal forms of organisations (МБОУ, МАОУ, МКДОУ, ГАУ, ФГБНУ, ФГАОУ …): a pattern, not a list, since every
 * combination of owner (Ф/Г/О/М/Ч), funding (Б/А/К) and type (ОУ, ДОУ, У, НУ) is in use.
 */
const LEGAL_FORM = /^(ФГ|Г|ОГ|М|Ч)?(Б|А|К)?(Д?ОУ|НУ|У)$/u;

/** Roman numerals («VI чтения», «XV конференция») look like abbreviations but are numbers. */
const ROMAN = /^[IVXLCDM]+$/;

export function isKnownAbbreviation(abbreviation: string): boolean {
  return KNOWN_ABBREVIATIONS.has(abbreviation) || (abbreviation.length >= 3 && LEGAL_FORM.test(abbreviation)) || ROMAN.test(abbreviation);
}
