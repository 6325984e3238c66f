#!/bin/sh
# Copies the browser tests' screenshots (test/e2e/screenshots, written by `npm run test:e2e` or one e2e file) to the
# names the README shows, one per tab of the pane. Run after the tests that take them:
#   npx jest -c jest.e2e.config.js test/e2e/{structure,pastedDocument,validation,indicators,vacancies,summary,settings,settingsUnread}.test.ts
set -e
cd "$(dirname "$0")/.."
from=test/e2e/screenshots
to=docs/screenshots
mkdir -p "$to"
while read -r shot doc; do
  if [ -f "$from/$shot.png" ]; then cp "$from/$shot.png" "$to/$doc.png"; else echo "missing $from/$shot.png (run its browser test first)" >&2; exit 1; fi
done <<'MAP'
02-structure-done structure
04-validation validation
06-indicators indicators
12-vacancies vacancies
13-summary summary
14-settings settings
16-settings-unread settings-unread
MAP
echo "copied to $to"
