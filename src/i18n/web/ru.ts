/**
 * Russian texts of the standalone web page's run results: the reference of this area.
 * Ids start with "web."; web/en.ts is typed against this file.
 */
export const webRu = {
  "web.untitled": "(без названия)",
  "web.planCounts": "Разделов: {sections}; мероприятий: {items}; строк отброшено: {dropped}",
  "web.doubtedItems": "С сомнением прочитано {doubted} из {items}: их примечания — в графе «Примечания разбора»; сверьте эти пункты с источником.",
  "web.validationCounts": "Мероприятий: {items}; ошибок: {errors}, предупреждений: {warnings}, сведений: {info}",
  "web.issueAtRow": "строка {row}: {message}",
  "web.vacancyTotals": "{period}: организаций {orgs}, вакансий {vacancies}",
  "web.missingReport": "Не сдали {period}: {org}",
  "web.staffFound": "Кадры: {sheet} ({rows} {rows:строка|строки|строк}), показателей {indicators}",
  "web.noStaff": "Кадровых данных среди файлов нет",
  "web.vacanciesFound": "Вакансии: периодов {periods}, не сданных отчётов {missing}",
  "web.noVacancies": "Таблиц вакансий среди файлов нет",
  "web.sheetList": "Листы: {names}",
} as const;

export type WebMessageId = keyof typeof webRu;
