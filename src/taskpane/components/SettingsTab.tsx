import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Field, Input, makeStyles, Radio, RadioGroup, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import * as React from "react";
import { RULES } from "../../core/plan/validate";
import { msg } from "../../i18n";
import { useOperation } from "../hooks/useOperation";
import { ids } from "../ids";
import { effectiveRule } from "../logic/ruleSettings";
import { DEFAULT_SETTINGS, indicatorConfigValue, type LanguageChoice, type PaneSettings } from "../../app/paneSettings";
import { usePane } from "../paneContext";
import { OperationStatus } from "./OperationStatus";
import { RuleSettings } from "./RuleSettings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: "0" },
  hours: { display: "grid", gridTemplateColumns: "1fr 6em", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  json: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** «Настройки»: rules, indicator catalogue JSON, hours per rate and the language, stored in the workbook. */
/** A working configuration to copy, instead of a pointer to documentation the user does not have at hand. */
const CONFIG_EXAMPLE = JSON.stringify({ indicators: [{ id: "category_highest_or_first", target: 70 }], disable: ["turnover"] });

export const SettingsTab: React.FC = () => {
  const { t, render, settings, saveSettings } = usePane();
  const styles = useStyles();
  const op = useOperation();
  const [draft, setDraft] = React.useState<PaneSettings>(settings);
  // Hour fields are uncontrolled (a user must be able to clear one while typing); a reset remounts them.
  const [version, setVersion] = React.useState(0);
  const json = indicatorConfigValue(draft.indicatorConfig);

  const save = () => op.run(async () => (await saveSettings(draft), msg("settings.saved")));
  const reset = () =>
    op.run(async () => {
      await saveSettings(DEFAULT_SETTINGS);
      setDraft(DEFAULT_SETTINGS);
      setVersion((v) => v + 1);
      return msg("settings.resetDone");
    });
  // The language applies at once (and is stored), the rest on «Save».
  const language = (value: LanguageChoice) => {
    setDraft((d) => ({ ...d, language: value }));
    void op.run(async () => (await saveSettings({ ...settings, language: value }), null));
  };
  const setHours = (stem: string, text: string) => {
    const n = Number(text.replace(",", "."));
    if (Number.isFinite(n) && n > 0 && n <= 60) setDraft((d) => ({ ...d, hoursPerRate: { ...d.hoursPerRate, [stem]: n } }));
  };

  return (
    <>
      <div className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {t("settings.language")}
        </Subtitle2>
        <RadioGroup data-testid={ids.language} value={draft.language} onChange={(_, d) => language(d.value as LanguageChoice)} aria-label={t("settings.language")} layout="horizontal">
          <Radio value="auto" label={t("settings.langAuto")} />
          <Radio value="ru" label={t("settings.langRu")} />
          <Radio value="en" label={t("settings.langEn")} />
        </RadioGroup>
      </div>
      {/* Long lists fold: the Save button stays near whatever is open. */}
      <Accordion multiple collapsible>
        <AccordionItem value="rules">
          <AccordionHeader data-testid={ids.settingsSection("rules")}>{t("settings.rulesCount", { on: RULES.filter((r) => effectiveRule(draft.rules, r).enabled).length, total: RULES.length })}</AccordionHeader>
          <AccordionPanel>
            <RuleSettings config={draft.rules} onChange={(rules) => setDraft((d) => ({ ...d, rules }))} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="hours">
          <AccordionHeader data-testid={ids.settingsSection("hours")}>{t("settings.hours")}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <Body1>{t("settings.hoursHint")}</Body1>
            <div className={styles.hours}>
              {Object.entries(draft.hoursPerRate).map(([stem, hours]) => (
                <React.Fragment key={`${stem}-${version}`}>
                  <label htmlFor={`hours-${stem}`}>{stem}</label>
                  <Input id={`hours-${stem}`} data-testid={ids.hours(stem)} type="number" min={1} max={60} defaultValue={String(hours)} onChange={(_, d) => setHours(stem, d.value)} />
                </React.Fragment>
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="indicators">
          <AccordionHeader data-testid={ids.settingsSection("indicators")}>{t("settings.indicatorConfig")}</AccordionHeader>
          <AccordionPanel>
            <Field hint={t("settings.indicatorConfigHint", { example: CONFIG_EXAMPLE })} validationState={json.ok ? "none" : "error"} validationMessage={json.ok ? undefined : render(json.error)}>
              <Textarea
                className={styles.json}
                data-testid={ids.indicatorConfig}
                aria-label={t("settings.indicatorConfig")}
                resize="vertical"
                rows={6}
                value={draft.indicatorConfig}
                onChange={(_, d) => setDraft((s) => ({ ...s, indicatorConfig: d.value }))}
              />
            </Field>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.actions}>
        <Button appearance="primary" data-testid={ids.settingsSave} disabled={op.running || !json.ok} onClick={save}>
          {t("settings.save")}
        </Button>
        <Button data-testid={ids.settingsReset} disabled={op.running} onClick={reset}>
          {t("settings.reset")}
        </Button>
      </div>
      <OperationStatus op={op} />
    </>
  );
};
