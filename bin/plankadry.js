#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm run build:cli` (run by `npm ci` through the prepare script).
let main;
try {
  ({ main } = require("../build/src/cli/main.js"));
} catch (err) {
  process.stderr.write("plankadry: программа не собрана — выполните `npm run build:cli` (" + err.message + ")\n");
  process.exit(2);
}
// exitCode, not process.exit(): a pipe receives stdout asynchronously, and exiting at once would cut a long JSON.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
