#!/usr/bin/env bash
# Installs what a fresh machine lacks and skips what is there:
#   npm dependencies (npm ci when node_modules is missing or older than the lockfile);
#   with --browser, Debian's chromium for the browser tests (no tool downloads its own browser).
set -euo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 STORYBOOK_DISABLE_TELEMETRY=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi

# LHC-Forms for the FHIR interop tests: `npm pack` + unpack (as a dependency it pulls Angular peers).
lforms_dir=node_modules/.cache/lforms-40.1.3
if [ ! -f "$lforms_dir/package.json" ]; then
  echo "setup: unpacking lforms 40.1.3 for the FHIR interop tests…"
  mkdir -p "$lforms_dir"
  tarball=$(cd "$lforms_dir" && npm pack lforms@40.1.3 --silent)
  tar xzf "$lforms_dir/$tarball" -C "$lforms_dir" --strip-components=1 \
    package/package.json package/dist/lforms/webcomponent package/dist/lforms/fhir/R4
  rm "$lforms_dir/$tarball"
fi

if [ "${1:-}" = "--browser" ]; then
  chrome="${CHROME_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chrome" ]; then
    echo "setup: installing Debian's chromium for the browser tests…"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  fi
fi
