#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (test/browser) when it is missing.
# Browser tests drive it through playwright-core; nothing is downloaded by Playwright itself. The UI
# bundles its own Arabic fonts; DejaVu only covers browser widgets.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "== chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo unknown)"
  exit 0
fi
sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
echo "== installing chromium (apt)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "== chromium: $(/usr/bin/chromium --version 2>/dev/null || echo unknown)"
