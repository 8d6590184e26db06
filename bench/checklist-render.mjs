// First render of <bsp-child-checklist> with the default national procedure: from insertion
// into the page until Lit's first update completed (the screening step is in the DOM), and the
// same until a forced style and layout after it (offsetHeight). Cold start: in a fresh page
// (cache off), from the bundle's import() until the first render completed: fetching from
// loopback, parsing, compiling and evaluating the bundle's modules, then the first render.
// CDN=<dir> measures another build; COMPARE=<dir> (e.g. a copy of main's dist/cdn) measures that
// one too, alternating rounds (first render) and pages (cold) so both see the same machine load.
// bench/render-trace.mjs splits the first render into script, style and layout.
import { withBrowser, cdn, summary, ms } from './browser.mjs';

const RUNS = 60;
const ROUNDS = 4;
const dirs = [cdn, ...(process.env.COMPARE ? [process.env.COMPARE] : [])];

/**
 * In the page: `runs` new elements, each from insertion until Lit's first update completed
 * (render), and until a forced layout after it (with style and layout: what a reader waits for
 * before the first paint). The element is removed after each run.
 */
async function renderLoop({ runs, warmup }) {
  const rows = [];
  for (let i = 0; i < runs + warmup; i++) {
    const el = document.createElement('bsp-child-checklist');
    const t0 = performance.now();
    document.body.append(el);
    await el.updateComplete;
    const t1 = performance.now();
    void document.body.offsetHeight;
    const t2 = performance.now();
    if (!el.shadowRoot.querySelector('#step-heading')) throw new Error('not rendered');
    el.remove();
    if (i >= warmup) rows.push([t1 - t0, t2 - t0]); // the first few warm up the JIT
  }
  return rows;
}

// One open page per build, run in alternating rounds so machine load drifts hit each alike.
const warm = await withBrowser(async (browser, origin) => {
  const pages = {};
  for (const dir of dirs) {
    const page = await browser.newPage();
    await page.goto(`${origin}/examples/`);
    await page.addScriptTag({ url: `/${dir}/bsp-checklist.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('bsp-child-checklist'));
    pages[dir] = page;
  }
  const rows = Object.fromEntries(dirs.map((dir) => [dir, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const dir of dirs) rows[dir].push(...(await pages[dir].evaluate(renderLoop, { runs: RUNS / ROUNDS, warmup: round ? 2 : 5 })));
  }
  return rows;
});
for (const dir of dirs) {
  const s = summary(warm[dir].map((r) => r[0]));
  const l = summary(warm[dir].map((r) => r[1]));
  console.log(`checklist first render (${dir}, default procedure, headless chromium): median ${ms(s.median)}, p95 ${ms(s.p95)}, min ${ms(s.min)}; with forced style and layout: median ${ms(l.median)}, p95 ${ms(l.p95)}, min ${ms(l.min)} over ${s.runs} runs`);
}

const COLD_RUNS = Number(process.env.COLD_RUNS ?? 30);
const cold = await withBrowser(async (browser, origin) => {
  const times = Object.fromEntries(dirs.map((dir) => [dir, []]));
  for (let i = 0; i < COLD_RUNS + 2; i++) {
    for (const dir of dirs) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/examples/`);
      const time = await page.evaluate(async (url) => {
        const t0 = performance.now();
        await import(url);
        const el = document.createElement('bsp-child-checklist');
        document.body.append(el);
        await el.updateComplete;
        if (!el.shadowRoot.querySelector('#step-heading')) throw new Error('not rendered');
        return performance.now() - t0;
      }, `/${dir}/bsp-checklist.js`);
      if (i >= 2) times[dir].push(time); // the first pages warm up the browser process
      await context.close();
    }
  }
  return times;
});
for (const dir of dirs) {
  const c = summary(cold[dir]);
  console.log(`checklist cold start (${dir}/bsp-checklist.js: import until first render, fresh page): median ${ms(c.median)}, p95 ${ms(c.p95)}, min ${ms(c.min)} over ${c.runs} runs`);
}
