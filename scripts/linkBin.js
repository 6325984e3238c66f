#!/usr/bin/env node
"use strict";
/**
 * Links `plankadry` into the project's own node_modules/.bin (run by `npm ci` through the prepare script), so that
 * `npx plankadry` in the repository runs bin/plankadry.js directly. The package declares no `bin` of its own for that
 * reason: npm 11's npx installs a project that does into its cache (`_npx/<hash>`) on the first call, and first calls
 * made at once can leave that copy without its package.json, after which every call fails with ENOENT until the
 * folder is removed. A command found in node_modules/.bin is run as it is, with no cache.
 */
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const binDir = path.join(root, "node_modules", ".bin");
const target = path.join(root, "bin", "plankadry.js");
fs.mkdirSync(binDir, { recursive: true });
const link = path.join(binDir, "plankadry");
fs.rmSync(link, { force: true });
if (process.platform === "win32") {
  // Windows runs .cmd shims, as npm writes for its own bins.
  fs.writeFileSync(`${link}.cmd`, `@node "${target}" %*\r\n`);
} else {
  fs.symlinkSync(path.relative(binDir, target), link);
}
