#!/usr/bin/env bash
# Installs what a fresh machine lacks and skips what is there:
#   npm dependencies (npm ci when node_modules is missing or older than the lockfile);
#   with --browser (the test command), Debian's chromium for the browser tests (no tool
#   downloads its own browser), hunspell with the nb, nn and en dictionaries for the
#   spell-check of the shipped text, and LHC-Forms and Smart Forms for the FHIR interop tests.
# Without --browser (npm start) it fetches nothing the demo does not use.
set -euo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 STORYBOOK_DISABLE_TELEMETRY=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi

apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if [ "${1:-}" = "--browser" ]; then
  missing=()
  chrome="${CHROME_PATH:-/usr/bin/chromium}"
  [ -x "$chrome" ] || missing+=(chromium)
  command -v hunspell >/dev/null || missing+=(hunspell)
  [ -f /usr/share/hunspell/nn_NO.dic ] || missing+=(hunspell-no)
  [ -f /usr/share/hunspell/en_GB.dic ] || missing+=(hunspell-en-gb)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian's ${missing[*]} for the tests…"
    apt_install "${missing[@]}"
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
  # Smart Forms, the second SDC renderer of those tests: installed apart (it pulls React 18 and
  # MUI, which the workspace must not get); test/fhir/smart-forms-harness.ts bundles its form
  # engine for Node.
  sf_dir=node_modules/.cache/smart-forms-renderer-1.4.0
  if [ ! -f "$sf_dir/node_modules/@aehrc/smart-forms-renderer/package.json" ]; then
    echo "setup: installing @aehrc/smart-forms-renderer 1.4.0 apart for the FHIR interop tests…"
    mkdir -p "$sf_dir"
    echo '{"name":"smart-forms-cache","private":true}' > "$sf_dir/package.json"
    (cd "$sf_dir" && npm install --no-audit --no-fund --ignore-scripts --no-package-lock @aehrc/smart-forms-renderer@1.4.0 react@18 react-dom@18 >/dev/null)
  fi
fi
