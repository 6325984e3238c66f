import { startSharedBrowser } from "./helpers/browser";
import { ensureFakeBuilt, ensurePaneBuilt } from "./helpers/build";
import { chromiumAvailable } from "./helpers/browserCheck";

/** Builds what the browser tests open and starts the browser they share; fails early under CI=true when Chromium is missing. */
export default async function globalSetup(): Promise<void> {
  const available = chromiumAvailable();
  ensurePaneBuilt();
  ensureFakeBuilt();
  // Kept on globalThis: globalTeardown runs in this same process and closes it.
  if (available) Object.assign(globalThis, { __plankadryBrowser: await startSharedBrowser() });
}
