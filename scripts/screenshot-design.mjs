// Screenshots of the shared classes (test/shared-classes-fixture.ts) at 1280 and 320 px, in
// Designsystemet's light and dark themes: docs/screenshots/design-<width>-<scheme>.png.
// Run: node scripts/screenshot-design.mjs (after npm install; no server, no network).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const outDir = resolve('docs/screenshots');
const work = mkdtempSync(join(tmpdir(), 'bsp-design-'));
try {
  await build({
    entryPoints: ['test/shared-classes-fixture.ts'],
    bundle: true,
    format: 'iife',
    outfile: join(work, 'fixture.js'),
    logLevel: 'warning',
  });
  const themeCss = resolve('node_modules/@digdir/designsystemet-css/dist/theme/designsystemet.css');
  const page = (scheme) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${pathToFileURL(themeCss)}">
<style>body { margin: 0; padding: 1rem; background: var(--ds-color-neutral-background-default); }</style>
</head><body data-color-scheme="${scheme}"><bsp-shared-classes-fixture></bsp-shared-classes-fixture>
<script src="fixture.js"></script></body></html>`;
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  for (const scheme of ['light', 'dark']) {
    const file = join(work, `${scheme}.html`);
    writeFileSync(file, page(scheme));
    for (const width of [1280, 320]) {
      const tab = await browser.newPage({ viewport: { width, height: 800 } });
      await tab.goto(pathToFileURL(file).href);
      await tab.waitForFunction(() => document.querySelector('bsp-shared-classes-fixture')?.shadowRoot?.querySelector('.segmented'));
      const path = join(outDir, `design-${width}-${scheme}.png`);
      await tab.screenshot({ path, fullPage: true });
      console.log(path);
      await tab.close();
    }
  }
  await browser.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
