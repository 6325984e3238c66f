import { makeStyles, mergeClasses, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Message } from "../../i18n";
import { ids, TAB_KEYS, type TabKey } from "../ids";
import { usePane } from "../paneContext";
import type { PlanSession } from "../planSession";
import { IndicatorsTab } from "./IndicatorsTab";
import { Notice } from "./Notice";
import { SettingsTab } from "./SettingsTab";
import { StructureTab } from "./StructureTab";
import { SummaryTab } from "./SummaryTab";
import { VacanciesTab } from "./VacanciesTab";
import { ValidationTab } from "./ValidationTab";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  tabs: { flexWrap: "wrap", padding: `0 ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // An author display rule beats the [hidden] attribute's, so hidden panels need their own.
  hidden: { display: "none" },
});

const TAB_LABEL = {
  structure: "tab.structure",
  validation: "tab.validation",
  indicators: "tab.indicators",
  vacancies: "tab.vacancies",
  summary: "tab.summary",
  settings: "tab.settings",
} as const satisfies Record<TabKey, string>;

export interface AppProps {
  /** Problems found when the settings were read from the workbook. */
  readonly problems: readonly Message[];
}

/** The tabs. Panels stay mounted while hidden, so results survive switching tabs. */
export const App: React.FC<AppProps> = ({ problems }) => {
  const { t, render } = usePane();
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabKey>("structure");
  const [session, setSession] = React.useState<PlanSession | null>(null);
  const panels: Record<TabKey, React.ReactNode> = {
    structure: <StructureTab session={session} onSession={setSession} />,
    validation: <ValidationTab session={session} onSession={setSession} />,
    indicators: <IndicatorsTab />,
    vacancies: <VacanciesTab />,
    summary: <SummaryTab session={session} onSession={setSession} />,
    settings: <SettingsTab />,
  };
  return (
    <div className={styles.root} data-testid={ids.pane}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
      </header>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)} aria-label={t("app.tabs")} size="small">
        {TAB_KEYS.map((key) => (
          <Tab key={key} value={key} id={`tab-${key}`} data-testid={ids.tab(key)} aria-controls={`panel-${key}`}>
            {t(TAB_LABEL[key])}
          </Tab>
        ))}
      </TabList>
      {TAB_KEYS.map((key) => (
        <section key={key} id={`panel-${key}`} role="tabpanel" aria-labelledby={`tab-${key}`} hidden={tab !== key} className={mergeClasses(styles.panel, tab !== key && styles.hidden)} data-testid={ids.panel(key)}>
          {key === tab &&
            problems.map((p, i) => (
              <Notice key={i} intent="warning">
                {render(p)}
              </Notice>
            ))}
          {panels[key]}
        </section>
      ))}
    </div>
  );
};
