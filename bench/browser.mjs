// Shared by the browser benchmarks: the demo server and Debian chromium, a blank page with a
// drop-in bundle loaded. Figures are medians of many runs, printed, never asserted in tests.
import os from 'node:os';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../scripts/demo-server.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

/** Where the drop-in bundles are, relative to the repository (CDN=dir to measure another build). */
export const cdn = process.env.CDN ?? 'dist/cdn';

/** The demo server and Chromium, for benchmarks that open their own pages (port, browser). */
export async function withBrowser(fn) {
  const port = 9100 + Math.floor(Math.random() * 500);
  const server = await startDemoServer({ port, quiet: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    return await fn(browser, `http://localhost:${port}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * A blank page with one drop-in bundle, once `tag` is defined: a widget bundle defines its own
 * element at once and loads `<bsp-provider>` only when a page uses one.
 */
export async function withBundle(bundle, fn, tag = 'bsp-provider') {
  return withBrowser(async (browser, origin) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/examples/`);
    await page.addScriptTag({ url: `/${cdn}/${bundle}`, type: 'module' });
    await page.waitForFunction((name) => customElements.get(name), tag, { timeout: 120_000 });
    return fn(page);
  });
}

/** When and where a figure was taken: the machine is shared, so its load goes with every figure. */
export function machineLine() {
  const cpus = os.cpus();
  const load = os.loadavg().map((n) => n.toFixed(1)).join(' / ');
  return `${new Date().toISOString().slice(0, 16)} UTC, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, load average ${load} (1 / 5 / 15 min)`;
}

export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { runs: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0] };
}

export const ms = (n) => `${n.toFixed(2)} ms`;

/** Sampled self time in ms of each node of a CPU profile (`Profiler.stop`), by node id. */
export function nodeSelfTimes(profile) {
  const times = new Map();
  profile.samples.forEach((id, n) => times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[n] ?? 0) / 1000));
  return times;
}

/** Self time in ms summed by `keyOf(callFrame)`, largest first. */
export function selfTimeBy(profile, keyOf) {
  const times = nodeSelfTimes(profile);
  const self = new Map();
  for (const node of profile.nodes) {
    const key = keyOf(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + (times.get(node.id) ?? 0));
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}
