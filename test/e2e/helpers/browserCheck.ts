import { existsSync } from "fs";
import { CHROMIUM } from "./paths";

/**
 * Whether the browser tests can run. Without Chromium they fail under CI=true (a CI run must not pass without
 * them) and are skipped with a warning on a developer's machine.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const hint = `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`;
  if (process.env.CI === "true") throw new Error(`${hint} The browser tests cannot run (CI=true).`);
  console.warn(`${hint} Browser tests skipped.`);
  return false;
}
