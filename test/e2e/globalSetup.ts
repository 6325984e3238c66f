import { ensureFakeBuilt, ensurePaneBuilt } from "./helpers/build";
import { chromiumAvailable } from "./helpers/browserCheck";

/** Builds what the browser tests open; fails early under CI=true when Chromium is missing. */
export default async function globalSetup(): Promise<void> {
  chromiumAvailable();
  ensurePaneBuilt();
  ensureFakeBuilt();
}
