import { Body1, Button, Checkbox, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import * as React from "react";
import { doubtedCount } from "../../core/plan/structure/itemDoubts";
import { periodName } from "../../core/summary";
import type { Message } from "../../i18n";
import { structureFile } from "../actions/openFileActions";
import { readPlan, restructure, SOURCE_SHEET, writePlan } from "../actions/structureActions";
import { useOperation } from "../hooks/useOperation";
import { ids } from "../ids";
import { type ColumnMeaning, withOverride } from "../../app/columnOverrides";
import { planPlausibility } from "../logic/planPlausibility";
import { previewColumns } from "../logic/previewColumns";
import { type Consequence, reassignConsequences } from "../logic/reassignConsequences";
import { PLAN_SHEET } from "../../core/plan/planSheets";
import { usePane } from "../paneContext";
import type { PlanSession } from "../planSession";
import { ColumnPreview, MEANING_LABEL } from "./ColumnPreview";
import { Notice } from "./Notice";
import { chosenFiles, OpenFileButton } from "./OpenFileButton";
import { OperationStatus } from "./OperationStatus";
import { localizeTable } from "../../i18n";
import { readNoteText } from "../../io/readNotes";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  // The checkbox's own padding would indent it from the text above.
  option: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  heading: { margin: "0" },
  facts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface StructureTabProps {
  readonly session: PlanSession | null;
  readonly onSession: (s: PlanSession | null) => void;
}

/** «Структура»: structure the active sheet, write the plan sheets, show and reassign the columns found. */
export const StructureTab: React.FC<StructureTabProps> = ({ session, onSession }) => {
  const { t, render, services, locale } = usePane();
  const styles = useStyles();
  const op = useOperation();
  const [selection, setSelection] = React.useState(false);
  const [reassignError, setReassignError] = React.useState<Message | null>(null);
  const [consequences, setConsequences] = React.useState<readonly Consequence[]>([]);

  const structure = () =>
    op.run(async (ctx) => {
      setReassignError(null);
      setConsequences([]);
      // Columns chosen by hand for this same range are kept when it is structured again.
      const fresh = await readPlan(services, selection, ctx, session);
      const sameRange = session && session.read.sheet === fresh.read.sheet && session.overrides.size > 0;
      const redone = sameRange ? restructure(fresh, session.overrides) : null;
      const next = redone && "session" in redone ? redone.session : fresh;
      onSession(next);
      // A result that does not look like a plan is not written: the notice below says why and what to do.
      if (!planPlausibility(next.plan).plausible) return null;
      const written = await writePlan(services, next, locale, ctx);
      onSession(written.session);
      return written.done;
    });

  const openFile = (files: readonly File[]) =>
    op.run(async (ctx) => {
      setReassignError(null);
      setConsequences([]);
      const [file] = await chosenFiles(files.slice(0, 1));
      const next = await structureFile(file, locale, ctx);
      onSession(next);
      if (!planPlausibility(next.plan).plausible) return null;
      const written = await writePlan(services, next, locale, ctx);
      onSession(written.session);
      return written.done;
    });

  const writeAgain = () =>
    session &&
    op.run(async (ctx) => {
      const written = await writePlan(services, session, locale, ctx);
      onSession(written.session);
      return written.done;
    });

  const reassign = (col: number, meaning: ColumnMeaning) => {
    if (!session) return;
    const overrides = withOverride(session.overrides, col, meaning);
    const outcome = restructure(session, overrides);
    // The last «written» message no longer describes the plan shown.
    op.reset();
    if ("error" in outcome) setReassignError(outcome.error);
    else {
      setReassignError(null);
      // Giving a column a meaning takes it from another: say which, and which plan column is now missing.
      setConsequences(reassignConsequences(previewColumns(session), previewColumns(outcome.session), col));
      onSession(outcome.session);
    }
  };

  const plan = session?.plan;
  const editable = session !== null;
  const doubt = plan && !session?.planSheet ? planPlausibility(plan) : null;
  const doubted = plan ? doubtedCount(plan.items) : 0;
  return (
    <>
      <Body1>{t("structure.intro", { planSheet: localizeTable(PLAN_SHEET, locale), sourceSheet: localizeTable(SOURCE_SHEET, locale) })}</Body1>
      <Checkbox className={styles.option} data-testid={ids.structureSelection} checked={selection} onChange={(_, d) => setSelection(Boolean(d.checked))} label={t("structure.selectionOnly")} />
      <div className={styles.actions}>
        <Button appearance="primary" data-testid={ids.structureRun} disabled={op.running} onClick={structure}>
          {t("structure.run")}
        </Button>
        <OpenFileButton label={t("structure.openFile")} disabled={op.running} buttonTestId={ids.structureOpenFile} inputTestId={ids.structureFileInput} onFiles={(files) => void openFile(files)} />
      </div>
      <OperationStatus op={op} />
      {session && plan && (
        <>
          <div className={styles.facts} data-testid={ids.structureSummary}>
            <Subtitle2>{t("structure.result", { items: plan.items.length, sections: plan.sections.length, dropped: plan.dropped.filter((d) => d.reason !== "blank").length })}</Subtitle2>
            {doubted > 0 && <Body1 data-testid={ids.structureDoubted}>{t("structure.doubted", { doubted, items: plan.items.length })}</Body1>}
            {plan.meta.totals.length > 0 && <Body1>{t("structure.totals", { count: plan.meta.totals.length })}</Body1>}
            {plan.title && <Body1>{t("structure.planTitle", { title: plan.title })}</Body1>}
            <Body1>{plan.period ? t("structure.period", { period: periodName(plan.period, locale) }) : t("structure.noPeriod")}</Body1>
            <Body1>{session.file ? t("structure.sourceFile", { file: session.file }) : t("structure.source", { sheet: session.read.sheet, address: session.read.address.replace(/^.*!/, "") })}</Body1>
            {session.fileNotes?.map((n) => (
              <Body1 key={n} data-testid={ids.structureFileNote}>
                {readNoteText(n, locale)}
              </Body1>
            ))}
          </div>
          {doubt && !doubt.plausible && (
            <div data-testid={ids.structureDoubt}>
              <Notice intent="warning">
                <span className={styles.facts}>
                  <span>{t("structure.doubt")}</span>
                  {doubt.reasons.map((r) => (
                    <span key={r.code}>{r.code === "mostly_unnumbered" ? t("structure.doubtUnnumbered", { unnumbered: r.unnumbered, items: r.items }) : t("structure.doubtColumns")}</span>
                  ))}
                  <span>{t("structure.doubtWhat")}</span>
                </span>
              </Notice>
              <div className={styles.actions}>
                <Button data-testid={ids.structureWriteAnyway} disabled={op.running} onClick={writeAgain}>
                  {t("structure.writeAnyway")}
                </Button>
              </div>
            </div>
          )}
          <Subtitle2 as="h2" className={styles.heading}>
            {t("structure.columns")}
          </Subtitle2>
          {editable && <Body1>{t("structure.reassignHint")}</Body1>}
          <ColumnPreview columns={previewColumns(session)} editable={editable && !op.running} onChange={reassign} />
          {reassignError && <Notice intent="error">{render(reassignError)}</Notice>}
          {consequences.length > 0 && session.overrides.size > 0 && (
            <div data-testid={ids.columnChange}>
              <Notice intent="warning">
                <span className={styles.facts}>
                  {consequences.map((c) =>
                    c.kind === "became" ? (
                      <span key={`b${c.letter}`}>{t("structure.became", { letter: c.letter, header: c.header || "—", from: t(MEANING_LABEL[c.from]), to: t(MEANING_LABEL[c.to]) })}</span>
                    ) : (
                      <span key={`l${c.meaning}`}>{t("structure.lost", { meaning: t(MEANING_LABEL[c.meaning]) })}</span>
                    ),
                  )}
                </span>
              </Notice>
            </div>
          )}
          {session.overrides.size > 0 && (
            <>
              {!session.planSheet && <Notice intent="info">{t("structure.reassigned")}</Notice>}
              <div className={styles.actions}>
                <Button appearance="primary" data-testid={ids.structureWrite} disabled={op.running} onClick={writeAgain}>
                  {t("structure.writeAgain")}
                </Button>
                <Button data-testid={ids.structureReset} disabled={op.running} onClick={() => {
                    op.reset();
                    setConsequences([]);
                    onSession({ ...session, overrides: new Map(), plan: session.detected, planSheet: null });
                  }}>
                  {t("structure.resetColumns")}
                </Button>
              </div>
            </>
          )}
        </>
      )}
    </>
  );
};

