/**
 * Test ids (data-testid) of the pane, in one place: the browser tests (test/e2e) import them, so a renamed id fails
 * to compile instead of silently missing.
 */
export const ids = {
  pane: "pane",
  outside: "outside-office",
  tab: (tab: TabKey) => `tab-${tab}`,
  panel: (tab: TabKey) => `panel-${tab}`,
  opProgress: "op-progress",
  opCancel: "op-cancel",
  opError: "op-error",
  opDone: "op-done",
  opCancelled: "op-cancelled",
  notice: "notice",

  structureRun: "structure-run",
  structureSelection: "structure-selection",
  structureSummary: "structure-summary",
  structureWrite: "structure-write",
  structureReset: "structure-reset-columns",
  structureDoubt: "structure-doubt",
  structureOpenFile: "structure-open-file",
  structureFileInput: "structure-file-input",
  structureWriteAnyway: "structure-write-anyway",
  columnChange: "column-change",
  columnRow: (letter: string) => `column-${letter}`,
  columnMeaning: (letter: string) => `column-meaning-${letter}`,

  validationRun: "validation-run",
  validationTotals: "validation-totals",
  filterSeverity: "filter-severity",
  filterRule: "filter-rule",
  filterColumn: "filter-column",
  issueGroup: (severity: string) => `issue-group-${severity}`,
  ruleGroup: (code: string) => `rule-group-${code}`,
  issue: (code: string) => `issue-${code}`,
  issueFix: (code: string) => `issue-fix-${code}`,
  writeReport: "write-report",
  fixWhere: "fix-where",
  issueList: "issue-list",
  highlight: "highlight",
  clearHighlights: "clear-highlights",

  indicatorsSheet: "indicators-sheet",
  indicatorsAsOf: "indicators-as-of",
  indicatorsRun: "indicators-run",
  indicatorsWrite: "indicators-write",
  indicatorsTemplates: "indicators-templates",
  indicatorsGroupBy: "indicators-group-by",
  indicatorsKey: "indicators-key",
  indicatorRow: (id: string) => `indicator-${id}`,
  indicatorsSource: "indicators-source",
  indicatorGuessed: "indicator-guessed",

  vacancySheet: (name: string) => `vacancy-sheet-${name}`,
  vacanciesRun: "vacancies-run",
  vacanciesWrite: "vacancies-write",
  vacanciesTotals: "vacancies-totals",
  vacancyIssue: (code: string) => `vacancy-issue-${code}`,
  vacancyDuplicates: (period: string) => `vacancy-duplicates-${period}`,

  summarySheet: (key: string) => `summary-sheet-${key}`,
  summaryPeriod: "summary-period",
  summaryRun: "summary-run",

  settingsSection: (key: string) => `settings-section-${key}`,
  ruleEnabled: (code: string) => `rule-enabled-${code}`,
  ruleSeverity: (code: string) => `rule-severity-${code}`,
  indicatorConfig: "indicator-config",
  hours: (stem: string) => `hours-${stem}`,
  language: "language",
  settingsSave: "settings-save",
  settingsReset: "settings-reset",
} as const;

export const TAB_KEYS = ["structure", "validation", "indicators", "vacancies", "summary", "settings"] as const;
export type TabKey = (typeof TAB_KEYS)[number];
