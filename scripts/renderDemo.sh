#!/usr/bin/env bash
# Renders the demo's summary workbook as LibreOffice prints it (A4 pages → PNG) into docs/summary/, to check that
# the sheets read like documents an official would sign. Needs libreoffice-calc and poppler-utils (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
node bin/plankadry.js demo --out "$out" >/dev/null
soffice --headless "-env:UserInstallation=file://$out/profile" --convert-to pdf --outdir "$out" "$out/summary.xlsx" >/dev/null
mkdir -p docs/summary
rm -f docs/summary/page-*.png
pdftoppm -r 80 -png "$out/summary.pdf" docs/summary/page
ls docs/summary
