/**
 * Served in place of Office.js in the browser tests: installs the strict fake Excel (test/fake-excel) as the
 * globals `Excel` and `Office`, with what the pane needs around it (onReady, document settings, theme, language,
 * ribbon actions). `window.__e2eConfig`, set by the test before the page loads, chooses the host, language, theme
 * and API version; `window.__fakeExcel` exposes the workbook so the test can put cells in and read what was written.
 */
import { createFakeExcel } from "../fake-excel";
import type { FakeErrorCode } from "../fake-excel/officeError";

export interface E2EConfig {
  /** "Excel" by default; another value plays the pane opened in Word etc. */
  readonly host?: string;
  readonly displayLanguage?: string;
  readonly apiVersion?: string;
  readonly theme?: { bodyBackgroundColor: string; bodyForegroundColor: string; isDarkTheme?: boolean };
  readonly settings?: Record<string, string>;
  /** Reading the workbook's settings fails with this Office error code until the test clears it. */
  readonly settingsFailure?: FakeErrorCode;
  /** Sheets to put in the workbook before the pane starts (values as given), and the active one. */
  readonly sheets?: Record<string, (string | number | boolean)[][]>;
  /** Number formats of those cells by sheet ("General" where absent), as a paste leaves them. */
  readonly formats?: Record<string, string[][]>;
  readonly active?: string;
}

export interface E2EControl {
  /** Milliseconds each context.sync() waits before running: makes a write slow enough to cancel. */
  syncDelayMs: number;
  /** Functions the commands page associated with ribbon actions. */
  readonly actions: Record<string, (event: { completed(): void }) => unknown>;
  /** The workbook's settings as the add-in stored them. */
  readonly settings: Map<string, unknown>;
}

/** The page's globals as this script sets them (not the office-js typings: these are look-alikes). */
interface Win {
  __e2eConfig?: E2EConfig;
  __e2e?: E2EControl;
  __fakeExcel?: unknown;
  Office?: unknown;
  Excel?: unknown;
  OfficeExtension?: unknown;
}
const win = globalThis as unknown as Win;
const config: E2EConfig = win.__e2eConfig ?? {};
const fake = createFakeExcel({ apiVersion: config.apiVersion });
for (const [name, values] of Object.entries(config.sheets ?? {})) fake.workbook.setValues(name, values);
for (const [name, formats] of Object.entries(config.formats ?? {})) {
  formats.forEach((row, r) => row.forEach((f, c) => {
    const cell = fake.workbook.cellOf(name, r, c);
    if (cell && f && f !== "General") cell.numberFormat = f;
  }));
}
// The fake starts with «Лист1»; a test that brings its own sheets does not want it.
const blank = fake.workbook.sheetByName("Лист1");
if (config.sheets && Object.keys(config.sheets).length > 0 && !("Лист1" in config.sheets) && blank) fake.workbook.sheets.splice(fake.workbook.sheets.indexOf(blank), 1);
const active = config.active ? fake.workbook.sheetByName(config.active) : fake.workbook.sheets[0];
if (active) fake.workbook.activeSheetId = active.id;
// The add-in keeps its settings in the workbook's settings (JSON-encoded, as Excel stores them).
for (const [key, value] of Object.entries(config.settings ?? {})) fake.workbook.settings.set(key, JSON.stringify(value));
fake.workbook.settingsFailure = config.settingsFailure ?? null;
const control: E2EControl = {
  syncDelayMs: 0,
  actions: {},
  get settings() {
    return new Map([...fake.workbook.settings].map(([key, raw]) => [key, JSON.parse(raw) as unknown]));
  },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Excel.run over the fake, with the optional delay before every sync. */
const run = <T>(batch: (context: unknown) => Promise<T>): Promise<T> =>
  fake.Excel.run((context) => {
    const sync = context.sync.bind(context);
    Object.assign(context, {
      sync: async () => {
        if (control.syncDelayMs > 0) await sleep(control.syncDelayMs);
        return sync();
      },
    });
    return batch(context);
  });

const host = config.host ?? "Excel";
win.__e2e = control;
win.__fakeExcel = fake;
win.Excel = { run };
win.OfficeExtension = fake.OfficeExtension;
win.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    ...fake.Office.context,
    displayLanguage: config.displayLanguage ?? "ru-RU",
    officeTheme: config.theme ?? { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000", isDarkTheme: false },
  },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host, platform: "OfficeOnline" };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  actions: { associate: (name: string, fn: E2EControl["actions"][string]) => void (control.actions[name] = fn) },
};
