// Debian's chromium and the flags it needs here (root, closed network): one place for the
// test runner, the end-to-end harness and the benchmarks. See shared/TOOLCHAIN.md.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-default-apps',
];
