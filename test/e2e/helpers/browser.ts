import { type Browser, type BrowserServer, chromium } from "playwright-core";
import { CHROMIUM } from "./paths";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Where globalSetup's shared browser listens: workers are forked after globalSetup and inherit the variable. */
const ENDPOINT = "PLANKADRY_E2E_BROWSER";

/**
 * One Chromium for the whole browser run, started by globalSetup: a launch costs about 2 s of CPU and every test file
 * used to make its own. Test files connect to it; each test still opens a context of its own (no cookies, storage or
 * routes shared), and a file's `close()` only disconnects.
 */
export async function startSharedBrowser(): Promise<BrowserServer> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: ARGS, headless: true });
  process.env[ENDPOINT] = server.wsEndpoint();
  return server;
}

/** The shared browser when globalSetup started one (`npx jest -c jest.e2e.config.js`), otherwise a browser of its own. */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = process.env[ENDPOINT];
  return endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
