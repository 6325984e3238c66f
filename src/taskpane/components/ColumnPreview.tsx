import {
  Caption1,
  Dropdown,
  makeStyles,
  mergeClasses,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { MessageId } from "../../i18n";
import { ids } from "../ids";
import type { ColumnMeaning } from "../../app/columnOverrides";
import type { DetectedColumn } from "../logic/detectedColumns";
import { usePane } from "../paneContext";

const MEANINGS: readonly ColumnMeaning[] = ["number", "name", "responsible", "deadline", "result", "extra"];
export const MEANING_LABEL = {
  number: "column.number",
  name: "column.name",
  responsible: "column.responsible",
  deadline: "column.deadline",
  result: "column.result",
  extra: "column.extra",
} as const satisfies Record<ColumnMeaning, MessageId>;

const useStyles = makeStyles({
  letter: { width: "2.5em" },
  // The header, a sample and the meaning's dropdown one under another: beside a dropdown column the header had
  // 100 px at 320 px, and «общеобразовательных» was broken in two.
  dropdown: { minWidth: "0", width: "100%", maxWidth: "16em" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, minWidth: "0" },
  // Long headers and samples are cut to two lines (the full text is in the tooltip): the table must stay short.
  clamp: { display: "-webkit-box", WebkitLineClamp: "2", WebkitBoxOrient: "vertical", overflow: "hidden", overflowWrap: "break-word" },
  sample: { color: tokens.colorNeutralForeground3 },
});

export interface ColumnPreviewProps {
  readonly columns: readonly DetectedColumn[];
  /** Reassignment is possible only when the table has a header row to relabel. */
  readonly editable: boolean;
  readonly onChange: (col: number, meaning: ColumnMeaning) => void;
}

/** The source table's columns, what each was taken for, and a dropdown to take it for something else. */
export const ColumnPreview: React.FC<ColumnPreviewProps> = ({ columns, editable, onChange }) => {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <Table size="small" aria-label={t("structure.columns")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.letter} aria-label={t("structure.colLetter")}>
            {""}
          </TableHeaderCell>
          <TableHeaderCell>{`${t("structure.colHeader")} → ${t("structure.colMeaning")}`}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {columns.map((c) => (
          <TableRow key={c.col} data-testid={ids.columnRow(c.letter)}>
            <TableCell className={styles.letter}>{c.letter}</TableCell>
            <TableCell>
              <div className={styles.header}>
                <span className={styles.clamp} title={c.header}>
                  {c.header || "—"}
                </span>
                {c.sample && (
                  <Caption1 className={mergeClasses(styles.clamp, styles.sample)} title={c.sample}>
                    {c.sample}
                  </Caption1>
                )}
                <Dropdown
                  className={styles.dropdown}
                  size="small"
                  disabled={!editable}
                  data-testid={ids.columnMeaning(c.letter)}
                  aria-label={`${t("structure.colMeaning")}: ${c.letter} ${c.header}`}
                  value={t(MEANING_LABEL[c.meaning])}
                  selectedOptions={[c.meaning]}
                  onOptionSelect={(_, d) => d.optionValue && d.optionValue !== c.meaning && onChange(c.col, d.optionValue as ColumnMeaning)}
                >
                  {MEANINGS.map((m) => (
                    <Option key={m} value={m}>
                      {t(MEANING_LABEL[m])}
                    </Option>
                  ))}
                </Dropdown>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
