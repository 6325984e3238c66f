import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const DIST = path.join(ROOT, "dist");
/** The fake Office bundle: build/ is ignored by git, like dist/. */
export const FAKE_BUNDLE = path.join(ROOT, "build", "e2e", "fake-office.js");
export const SCREENSHOTS = path.join(ROOT, "test", "e2e", "screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
