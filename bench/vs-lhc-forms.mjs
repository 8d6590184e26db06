// Side by side (issue 12): LHC-Forms 40.1.3 (NLM's SDC renderer, unpacked by scripts/setup.sh)
// renders the Questionnaire our SDK exports; <bsp-child-checklist> renders the same procedure.
// Both are served from one loopback server and measured alternately in one Debian Chromium:
// - cold: navigation until the form is rendered and laid out, in a fresh context (no cache),
//   minus the same for a blank page;
// - warm: the form built again in the open page (LHC-Forms: addFormToPage; ours: a new element),
//   including style and layout, after 5 unmeasured rebuilds;
// - bytes: gzipped size of every response the cold load fetched.
// Run after `npm run build` (CDN=<dir> measures another build of the bundles). Prints figures
// and ratios; asserts nothing.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { summary, ms, cdn } from './browser.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const lforms = join(repo, 'node_modules/.cache/lforms-40.1.3/dist/lforms');
if (!existsSync(join(lforms, 'fhir/R4/lformsFHIR.min.js'))) throw new Error('lforms is missing: run bash scripts/setup.sh --browser');
if (!existsSync(join(repo, cdn, 'bsp-checklist.js'))) throw new Error(`${cdn} is missing: run npm run build`);

const { defaultProcedure, toFhirQuestionnaire } = await import('../packages/sdk/dist/index.js');
const questionnaire = toFhirQuestionnaire(defaultProcedure, 'nb');
const RUNS = Number(process.env.RUNS ?? 11);
const WARM_RUNS = 20;
const WARM_UP = 5;

const done = `document.body.offsetHeight; window.__rendered = performance.now();`;
const pages = {
  '/blank.html': `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>blank</title></head><body><script>${done}</script></body></html>`,
  '/ours.html': `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>ours</title></head><body>
<bsp-child-checklist></bsp-child-checklist>
<script type="module">
import '/${cdn}/bsp-checklist.js';
await customElements.whenDefined('bsp-child-checklist');
await document.querySelector('bsp-child-checklist').updateComplete;
${done}
window.__rebuild = async () => {
  const el = document.createElement('bsp-child-checklist');
  document.querySelector('bsp-child-checklist').replaceWith(el);
  await el.updateComplete;
  document.body.offsetHeight;
};
</script></body></html>`,
  '/lhc.html': `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>LHC-Forms</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css"></head><body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js" type="module"></script>
<script src="/lforms/webcomponent/polyfills.js" type="module"></script>
<script src="/lforms/webcomponent/main.js" type="module"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js" defer></script>
<script type="module">
const questionnaire = ${JSON.stringify(questionnaire)};
while (!window.LForms?.Util || !window.LForms?.FHIR) await new Promise((r) => setTimeout(r, 1));
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const build = async () => {
  const element = document.getElementById('form');
  element.replaceChildren();
  await LForms.Util.addFormToPage(LForms.Util.convertFHIRQuestionnaireToLForms(questionnaire, 'R4'), element, { prepopulate: false });
  await frame();
  document.body.offsetHeight;
};
await build();
${done}
window.__rebuild = build;
</script></body></html>`,
};

const served = new Map();
const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
  try {
    if (path.includes('..')) throw new Error('outside');
    const body = pages[path] !== undefined ? Buffer.from(pages[path])
      : path.startsWith('/lforms/') ? await readFile(join(lforms, path.slice('/lforms/'.length)))
      : path.startsWith(`/${cdn}/`) ? await readFile(join(repo, path))
      : undefined;
    if (!body) throw new Error('not served');
    served.set(path, gzipSync(body, { level: 9 }).length);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** One cold load in a fresh context: milliseconds from navigation start to rendered, and bytes. */
async function cold(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const requested = new Set();
  page.on('request', (r) => requested.add(new URL(r.url()).pathname));
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 60_000 });
  if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
  const time = await page.evaluate(() => window.__rendered);
  const bytes = [...requested].reduce((sum, p) => sum + (served.get(p) ?? 0), 0);
  return { time, bytes, page, context };
}

const samples = { blank: [], ours: [], lhc: [], oursWarm: [], lhcWarm: [] };
let bytes = {};
for (let run = 0; run < RUNS; run++) {
  // Alternate, so machine load drifts hit both alike.
  for (const name of run % 2 ? ['lhc', 'ours', 'blank'] : ['blank', 'ours', 'lhc']) {
    const result = await cold(`/${name}.html`);
    samples[name].push(result.time);
    bytes[name] = result.bytes;
    if (name !== 'blank' && run === 0) {
      // The first rebuilds compile the rebuild path (JIT, template preparation): unmeasured for both.
      for (let i = 0; i < WARM_UP + WARM_RUNS; i++) {
        const t = await result.page.evaluate(async () => { const start = performance.now(); await window.__rebuild(); return performance.now() - start; });
        if (i >= WARM_UP) samples[`${name}Warm`].push(t);
      }
    }
    await result.context.close();
  }
}
await browser.close();
server.close();

const blank = summary(samples.blank).median;
const row = (label, o, l, unit = ms) => console.log(`| ${label} | ${unit(o)} | ${unit(l)} | ${(l / o).toFixed(1)}× |`);
console.log(`LHC-Forms 40.1.3 vs <bsp-child-checklist>, default procedure, ${RUNS} cold runs each (blank page ${ms(blank)} subtracted), ${WARM_RUNS} warm re-renders each after ${WARM_UP} unmeasured`);
console.log('| figure | ours | LHC-Forms | ratio |\n|---|---|---|---|');
row('cold: navigation to rendered', summary(samples.ours).median - blank, summary(samples.lhc).median - blank);
row('warm: rebuild incl. style and layout', summary(samples.oursWarm).median, summary(samples.lhcWarm).median);
row('bytes fetched (gzipped)', bytes.ours - bytes.blank, bytes.lhc - bytes.blank, (n) => `${(n / 1024).toFixed(1)} KB`);
