import type { Catalogue } from "../catalogueEntry";

/**
 * Issues of the "staffing" family: reading staff lists, aggregated tables and staff schedules, and computing
 * indicator shares (src/core/staffing). `number_as_text` ({value}, {number}), `rows_unread` ({first}, {last}, {after})
 * and `table_without_cells` ({lines}) are shared with the vacancies family, with the same meaning; bad
 * indicator config is reported as `config_invalid`.
 */
export const staffingCatalogue = {
  sheet_not_staffing: {
    family: "staffing",
    severity: "error",
    message: {
      ru: "Не найдены кадровые данные ({sheets}): нужна строка заголовка со столбцами организации и образования/категории/даты рождения, со сводными численностями (педагогов, АУП, с высшим образованием …) или со ставками по штату и занятыми ставками",
      en: "No staffing data found ({sheets}): a header row needs organisation and education/category/birth date columns, aggregated counts (teachers, АУП, with higher education …) or rates in the schedule and rates filled",
    },
    why: { ru: "Показатели считаются по списку работников, сводной таблице по организациям или штатному расписанию.", en: "Indicators are computed from a staff list, an aggregated table or a staff schedule." },
    example: "Лист с планом мероприятий вместо списка кадров",
  },
  row_invalid: {
    family: "staffing",
    severity: "warning",
    message: { ru: "Значение «{value}» в столбце «{label}» не распознано; строка учтена без него", en: "\"{value}\" in \"{label}\" is not understood; the row is counted without it" },
    why: { ru: "Нераспознанная категория, дата или число выпадает из числителя показателя и занижает долю.", en: "An unreadable category, date or number drops out of the numerator and lowers the share." },
    example: "Категория: «вторая»; Дата рождения: «31.02.1980»",
  },
  subtotal_mismatch: {
    family: "staffing",
    severity: "warning",
    message: { ru: "Итоговая строка «{item}»: в столбце «{label}» указано {stated}, а сумма строк {rows} равна {computed}", en: "Total row \"{item}\": \"{label}\" states {stated}, but rows {rows} add up to {computed}" },
    why: { ru: "Итоговые строки не учитываются повторно, но расхождение означает ошибку в строках или в итоге.", en: "Total rows are not counted twice, but a mismatch means an error in the rows or in the total." },
    example: "Итого по ОО | 290 при сумме строк 291",
  },
  stated_figure_mismatch: {
    family: "staffing",
    severity: "warning",
    message: { ru: "«{key}»: указано {stated} %, а {numerator} из {denominator} — это {computed} %", en: "\"{key}\": {stated} % is stated, but {numerator} of {denominator} is {computed} %" },
    why: { ru: "Доля в документе должна воспроизводиться из его же чисел; иначе одно из чисел неверно.", en: "A stated share must follow from the document's own numbers; otherwise one of them is wrong." },
    example: "высшее образование имеют 194 человек (66,7%) при 263 педагогах и 28 АУП",
  },
  stated_total_inconsistent: {
    family: "staffing",
    severity: "warning",
    message: { ru: "Итог {stated} % не согласуется с частями ({parts}): взвешенный итог — {computed} % ({outside})", en: "The total {stated} % disagrees with its parts ({parts}): the weighted total is {computed} % ({outside})" },
    why: { ru: "Итог по муниципалитету — это сумма числителей, делённая на сумму знаменателей, а не произвольное число.", en: "A total is the sum of numerators over the sum of denominators, not an arbitrary figure." },
    example: "Обеспеченность 97 %: ОО 95 %, ДОО 99 %, ДО 93 %",
  },
  indicator_data_missing: {
    family: "staffing",
    severity: "info",
    message: { ru: "Показатель «{title}» не рассчитан: нужны {columns}", en: "\"{title}\" is not computed: it needs {columns}" },
    why: { ru: "Показатель без данных не выводится нулём: добавьте столбцы, и он появится.", en: "An indicator without data is left out rather than shown as zero: add the columns." },
    example: "Список без столбца «Дата последнего КПК»: доля прошедших КПК за 3 года",
  },
  as_of_assumed: {
    family: "staffing",
    severity: "info",
    message: { ru: "Дата расчёта не указана: возраст и сроки посчитаны на {date} (сегодня). Укажите --as-of или строку «по состоянию на …» над таблицей", en: "No as-of date: ages and periods are counted on {date} (today). Give --as-of or a line \"по состоянию на …\" above the table" },
    why: { ru: "Доля молодых и пенсионеров зависит от даты; отчёт за прошлый период на сегодняшнюю дату будет другим.", en: "Age shares depend on the date; last period's report counted today differs." },
    example: "Лист «Кадры» без строки «по состоянию на»",
  },
  as_of_from_title: {
    family: "staffing",
    severity: "info",
    message: { ru: "Дата расчёта {date} взята из строки «{line}»", en: "As-of date {date} taken from \"{line}\"" },
    why: { ru: "Возраст и сроки КПК считаются на дату, указанную над таблицей.", en: "Ages and training periods are counted on the date stated above the table." },
    example: "Кадры по состоянию на 01.09.2026",
  },
  as_of_unknown: {
    family: "staffing",
    severity: "warning",
    message: { ru: "Дата расчёта неизвестна: показатели по возрасту, КПК и увольнениям не рассчитаны", en: "No as-of date: age, training and turnover indicators are left out" },
    why: { ru: "Без даты нельзя посчитать возраст и сроки.", en: "Ages and periods need a date." },
    example: "(нет --as-of и строки «по состоянию на»)",
  },
  as_of_invalid: {
    family: "staffing",
    severity: "error",
    message: { ru: "Дата расчёта «{value}» не прочитана: нужна дата ГГГГ-ММ-ДД", en: "As-of date \"{value}\" is not a date: use YYYY-MM-DD" },
    why: { ru: "Неверная дата дала бы неверный возраст всех работников.", en: "A wrong date would give every age wrong." },
    example: "--as-of 2026-13-01",
  },
  duplicate_person: {
    family: "staffing",
    severity: "warning",
    message: { ru: "«{person}» уже указан(а) в строке {firstRow} с основным местом работы; учтён(а) один раз", en: "\"{person}\" is already on row {firstRow} as main place of work; counted once" },
    why: { ru: "Работник, записанный дважды, завышает численность и доли.", en: "A person listed twice inflates headcounts and shares." },
    example: "Иванова А.А., 12.03.1985 — две строки «основное»",
  },
  type_unknown: {
    family: "staffing",
    severity: "warning",
    message: { ru: "Тип организации «{org}» не определён (ОО, ДОО или ДО): в разрезе по типам не учтена", en: "The type of \"{org}\" is unknown (ОО, ДОО or ДО): left out of the figures by type" },
    why: { ru: "Тип берётся из столбца «Тип», строки-раздела или названия (МБДОУ, СОШ, ДДТ); укажите его явно.", en: "The type comes from a type column, a section row or the name; state it." },
    example: "Организация «Центр «Радуга»» без столбца «Тип»",
  },
  group_assumed: {
    family: "staffing",
    severity: "info",
    message: { ru: "Нет столбцов «Группа» и «Должность»: все работники списка считаются педагогическими и руководящими", en: "No group or position column: everyone listed is taken as pedagogical or managerial staff" },
    why: { ru: "Прочий персонал не входит в знаменатель долей; без группы его нельзя отделить.", en: "Support staff are not in the denominators; without a group they cannot be told apart." },
    example: "Список: ФИО | Образование | Категория",
  },
  share_impossible: {
    family: "staffing",
    severity: "error",
    message: { ru: "«{title}», {key}: {numerator} из {denominator} — это {value} %, больше 100 %: числитель или знаменатель неверен", en: "\"{title}\", {key}: {numerator} of {denominator} is {value} %, over 100 %: the numerator or the denominator is wrong" },
    why: { ru: "Доля части в целом не бывает больше 100 %: педагогов с высшим образованием не больше, чем педагогов, занятых ставок не больше, чем ставок по штату.", en: "A part cannot exceed its whole: no more graduates than teachers, no more rates filled than in the schedule." },
    example: "С высшим образованием 192 при 100 педагогах",
  },
  issues_omitted: {
    family: "staffing",
    severity: "info",
    message: { ru: "Ещё {count} {count:замечание|замечания|замечаний} «{code}» не {count:показано|показаны|показаны} (всего {total})", en: "{count} more \"{code}\" {count:issue is|issues are} not listed ({total} in all)" },
    why: { ru: "Одинаковые замечания по тысячам строк не помещаются в отчёт; исправьте показанные — остальные обычно той же природы.", en: "Thousands of identical issues do not fit a report; fix the ones shown." },
    example: "Ставка «0,5» текстом в 12 000 строк",
  },
} as const satisfies Catalogue;
