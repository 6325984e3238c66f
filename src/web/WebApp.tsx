import { Button, makeStyles, MessageBar, MessageBarBody, shorthands, Spinner, Tab, TabList, Text, Textarea, tokens, Title2 } from "@fluentui/react-components";
import * as React from "react";
import { type PaneLocale, translator } from "../i18n";
import { writeXlsx } from "../xlsx";
import { downloadBytes } from "./download";
import { inputLine, type ReadInput, readInputs, runTab, type TabOutcome, WEB_TABS, type WebInput, type WebTab } from "./webRun";

/* global File, FileList, DataTransfer */

const useStyles = makeStyles({
  page: { maxWidth: "960px", margin: "0 auto", padding: "24px", display: "flex", flexDirection: "column", gap: "16px" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "24px",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "12px",
    textAlign: "center",
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  lines: { marginTop: "0", marginBottom: "0", paddingLeft: "20px", maxHeight: "360px", overflowY: "auto" },
});

/** Today as ISO YYYY-MM-DD, local time (the core reads no clock). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function toInputs(files: FileList | readonly File[]): Promise<WebInput[]> {
  return Promise.all(Array.from(files).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/**
 * The standalone page: files in (drop, choose or paste), a tab run by the core, the workbook out as a download.
 * The third host beside Excel and the CLI; it keeps nothing and sends nothing.
 */
export function WebApp({ locale }: { readonly locale: PaneLocale }): React.JSX.Element {
  const t = React.useMemo(() => translator(locale), [locale]);
  const styles = useStyles();
  const [inputs, setInputs] = React.useState<readonly ReadInput[]>([]);
  const [reading, setReading] = React.useState(false);
  const [tab, setTab] = React.useState<WebTab>("structure");
  const [pasted, setPasted] = React.useState("");
  const [outcome, setOutcome] = React.useState<TabOutcome | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const load = async (files: WebInput[]) => {
    if (files.length === 0) return;
    setReading(true);
    setOutcome(null);
    try {
      setInputs(await readInputs(files, locale));
    } finally {
      setReading(false);
    }
  };

  const run = async () => {
    setBusy(true);
    try {
      // A tick for the spinner to show: the core runs synchronously.
      await new Promise((resolve) => setTimeout(resolve, 0));
      setOutcome(runTab(tab, inputs, { locale, today: today() }));
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    if (!outcome?.ok) return;
    downloadBytes(await writeXlsx(outcome.sheets), outcome.fileName);
  };

  return (
    <main className={styles.page}>
      <Title2 as="h1">{t("web.title")}</Title2>
      <Text>{t("web.lead")}</Text>
      <section
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        data-testid="drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e: React.DragEvent) => {
          e.preventDefault();
          setDragging(false);
          void toInputs((e.dataTransfer as DataTransfer).files).then(load);
        }}
      >
        <Text>{t("web.drop")}</Text>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          data-testid="file"
          accept=".xlsx,.xlsm,.xls,.ods,.docx,.doc,.rtf,.odt,.pdf,.csv,.tsv,.txt,.html,.htm,.md"
          onChange={(e) => {
            const files = e.target.files;
            if (files) void toInputs(files).then(load);
            e.target.value = "";
          }}
        />
        <Button appearance="primary" onClick={() => fileInput.current?.click()}>
          {t("web.choose")}
        </Button>
      </section>
      <Textarea aria-label={t("web.paste")} placeholder={t("web.paste")} value={pasted} onChange={(_, d) => setPasted(d.value)} resize="vertical" rows={4} />
      <div className={styles.row}>
        <Button disabled={pasted.trim() === ""} onClick={() => void load([{ name: t("web.pastedName"), bytes: new TextEncoder().encode(pasted) }])}>
          {t("web.usePaste")}
        </Button>
      </div>
      {reading && <Spinner size="tiny" label={t("web.reading")} />}
      {inputs.length > 0 && (
        <section aria-label={t("web.files")} data-testid="files">
          <Text weight="semibold">{t("web.files")}</Text>
          <ul className={styles.lines}>
            {inputs.map((i, n) => (
              <li key={n}>{inputLine(i, locale)}</li>
            ))}
          </ul>
        </section>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => { setTab(d.value as WebTab); setOutcome(null); }}>
        {WEB_TABS.map((id) => (
          <Tab key={id} value={id}>
            {t(`web.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      <Text>{t(`web.hint.${tab}`)}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || reading || inputs.length === 0} onClick={() => void run()}>
          {busy ? t("web.running") : t("web.run")}
        </Button>
        {outcome?.ok && (
          <Button data-testid="download" onClick={() => void download()}>
            {t("web.download", { file: outcome.fileName })}
          </Button>
        )}
      </div>
      {outcome && !outcome.ok && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody style={{ whiteSpace: "pre-line" }}>{outcome.error}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok && (
        <ul className={styles.lines} data-testid="result">
          {outcome.lines.map((line, n) => (
            <li key={n}>{line}</li>
          ))}
        </ul>
      )}
    </main>
  );
}
