import { Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import * as React from "react";
import { indicatorTitle } from "../../core/staffing/indicatorLabel";
import type { IndicatorResult, Share } from "../../core/staffing/types";
import { formatNumber } from "../../i18n";
import { ids } from "../ids";
import { formatIndicatorValue } from "../logic/formatValues";
import { usePane } from "../paneContext";

export type IndicatorBreakdown = "total" | "type" | "org";

const useStyles = makeStyles({
  // The share and its «N из M» under it in one column: with a column each, the type or organisation had 50 px at
  // 320 px, narrower than the word «организация».
  value: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", width: "8em" },
  fraction: { display: "block", color: tokens.colorNeutralForeground2 },
  guessed: { display: "block", whiteSpace: "normal", color: tokens.colorPaletteMarigoldForeground2 },
  // The indicator's title spans the row above its figures: a narrow pane has no room for a title column.
  title: { fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalS, overflowWrap: "break-word", hyphens: "auto" },
  target: { display: "block", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  key: { overflowWrap: "break-word", paddingLeft: tokens.spacingHorizontalM },
  met: { display: "block", color: tokens.colorPaletteGreenForeground1 },
  notMet: { display: "block", color: tokens.colorPaletteRedForeground1 },
});

export interface IndicatorTableProps {
  readonly indicators: readonly IndicatorResult[];
  readonly by: IndicatorBreakdown;
  /** A type or organisation to show alone, or null for all. */
  readonly keyFilter: string | null;
  /** Nothing told staff groups apart: everyone listed was counted. Said next to each figure, not only in the remarks. */
  readonly guessedPopulation?: boolean;
}

interface Line {
  readonly testId: string;
  readonly key: string;
  readonly share: Share;
  readonly met: boolean | null;
}

/** Per indicator: its title (and target), then its value and parts in total, per type or per organisation. */
export const IndicatorTable: React.FC<IndicatorTableProps> = ({ indicators, by, keyFilter, guessedPopulation = false }) => {
  const { t, locale } = usePane();
  const styles = useStyles();
  const fraction = (s: Share) =>
    s.denominator > 0 ? t("indicators.fraction", { numerator: formatNumber(s.numerator, locale), denominator: formatNumber(s.denominator, locale) }) : t("indicators.noData");
  const linesOf = (ind: IndicatorResult): Line[] =>
    by === "total"
      ? [{ testId: ids.indicatorRow(ind.id), key: t("indicators.byTotal"), share: ind.total, met: null }]
      : ind.groups.filter((g) => g.by === by && (keyFilter === null || g.key === keyFilter)).map((g) => ({ testId: ids.indicatorRow(`${ind.id}-${g.key}`), key: g.key, share: g, met: g.met }));
  return (
    <Table size="small" aria-label={t("tab.indicators")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{by === "total" ? t("indicators.colTitle") : t("indicators.key")}</TableHeaderCell>
          <TableHeaderCell className={styles.value}>{t("indicators.colValue")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {indicators.map((ind) => {
          const lines = linesOf(ind);
          if (lines.length === 0) return null;
          return (
            <React.Fragment key={ind.id}>
              <TableRow>
                <TableCell colSpan={2} className={styles.title}>
                  {indicatorTitle(ind, locale)}
                  {ind.target !== null && <Caption1 className={styles.target}>{`${t("indicators.colTarget")}: ${formatIndicatorValue(ind.target, ind.unit, locale)}`}</Caption1>}
                </TableCell>
              </TableRow>
              {lines.map((l) => (
                <TableRow key={l.testId} data-testid={l.testId}>
                  <TableCell className={styles.key}>{l.key}</TableCell>
                  <TableCell className={styles.value}>
                    {formatIndicatorValue(l.share.value, ind.unit, locale)}
                    {l.met !== null && <span className={l.met ? styles.met : styles.notMet}>{l.met ? t("indicators.met") : t("indicators.notMet")}</span>}
                    <Caption1 className={styles.fraction}>{fraction(l.share)}</Caption1>
                    {guessedPopulation && l.share.denominator > 0 && (
                      <Caption1 className={styles.guessed} data-testid={ids.indicatorGuessed}>
                        {t("indicators.guessedPopulation")}
                      </Caption1>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </React.Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
};
