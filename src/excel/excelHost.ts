/// <reference types="office-js" />
/**
 * The one door to Office.js. Everything in src/excel receives an ExcelHost instead of reading the globals, so the
 * task pane passes the real `Excel`/`Office` and the tests pass the strict fake (test/fake-excel).
 */

export interface ExcelHost {
  /** Wraps Excel.run: one batch, one request context. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported; when absent, the manifest's minimum (ExcelApi 1.7) is assumed. */
  isSetSupported?(name: string, version: string): boolean;
}

/** The parts of the globals the adapter needs, so tests can hand over look-alikes. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}
export interface OfficeRequirements {
  readonly context: { readonly requirements: { isSetSupported(name: string, version?: string): boolean } };
}

/** Builds the host from `Excel` and `Office` (or the fake's look-alikes); reads no globals itself. */
export function officeHost(excel: ExcelRunner, office?: OfficeRequirements): ExcelHost {
  return {
    run: (batch) => excel.run(batch),
    isSetSupported: office ? (name, version) => office.context.requirements.isSetSupported(name, version) : undefined,
  };
}

/** The manifest asks for ExcelApi 1.7 (Office 2019), so that much is assumed when the host cannot say. */
export const MINIMUM_API = "1.7";

export function versionAtLeast(have: string, want: string): boolean {
  const [hm, hn] = have.split(".").map(Number);
  const [wm, wn] = want.split(".").map(Number);
  return hm > wm || (hm === wm && hn >= wn);
}

/** Whether the host supports ExcelApi `version`. */
export function supports(host: ExcelHost, version: string): boolean {
  return host.isSetSupported ? host.isSetSupported("ExcelApi", version) : versionAtLeast(MINIMUM_API, version);
}
