// First render of <bsp-child-checklist> with the default national procedure: from insertion
// into the page until Lit's first update completed (the screening step is in the DOM).
// Cold start: in a fresh page (cache off), from the bundle's import() until the first render
// completed: fetching from loopback, parsing, compiling and evaluating the bundle's modules,
// then the first render. CDN=<dir> measures another build; COMPARE=<dir> (e.g. a copy of main's
// dist/cdn) measures that one too, alternating page by page so both see the same machine load.
import { withBundle, withBrowser, cdn, summary, ms } from './browser.mjs';

const RUNS = 60;
const samples = await withBundle('bsp-checklist.js', (page) =>
  page.evaluate(async (runs) => {
    const times = [];
    for (let i = 0; i < runs + 5; i++) {
      const el = document.createElement('bsp-child-checklist');
      const t0 = performance.now();
      document.body.append(el);
      await el.updateComplete;
      const t1 = performance.now();
      if (!el.shadowRoot.querySelector('#step-heading')) throw new Error('not rendered');
      el.remove();
      if (i >= 5) times.push(t1 - t0); // the first few warm up the JIT
    }
    return times;
  }, RUNS),
);
const s = summary(samples);
console.log(`checklist first render (default procedure, headless chromium): median ${ms(s.median)}, p95 ${ms(s.p95)}, min ${ms(s.min)} over ${s.runs} runs`);

const COLD_RUNS = Number(process.env.COLD_RUNS ?? 30);
const dirs = [cdn, ...(process.env.COMPARE ? [process.env.COMPARE] : [])];
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
