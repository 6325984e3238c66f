import type { BrowserServer } from "playwright-core";

/** Closes the browser globalSetup started for the test files. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __plankadryBrowser?: BrowserServer }).__plankadryBrowser?.close();
}
