// bsp-all.js per kind of page in a browser: navigation until the page's widget has rendered,
// and how many files of dist/cdn it fetched. COMPARE=<dir> (say, a copy of main's dist/cdn)
// measures that build too, alternating page by page so both see the same machine load.
//
//   node bench/autoload-pages.mjs                       RUNS=15 by default
//   COMPARE=dist/cdn-main node bench/autoload-pages.mjs
//   PAGE_LANG=nn LATENCY=40 node bench/…                the page in nynorsk, and every file of
//                                                       dist/cdn answered 40 ms late (a round
//                                                       trip to a distant server; loopback has none)
import { withBrowser, cdn, summary, ms } from './browser.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const LANG = process.env.PAGE_LANG ?? 'nb';
const LATENCY = Number(process.env.LATENCY ?? 0);
const dirs = [cdn, ...(process.env.COMPARE ? [process.env.COMPARE] : [])];
const pages = [
  ['finder only', 'bsp-support-finder'],
  ['role panel only', 'bsp-role-panel'],
  ['checklist only', 'bsp-child-checklist'],
];

/** A page with one widget and bsp-all.js; `window.rendered` is set once the widget has rendered. */
const html = (dir, tag) => `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="/${dir}/bsp-all.js"></script>
<script type="module">
  await customElements.whenDefined('${tag}');
  await document.querySelector('${tag}').updateComplete;
  window.rendered = performance.now();
</script></head><body><${tag}></${tag}></body></html>`;

const results = await withBrowser(async (browser, origin) => {
  const times = {};
  for (let i = 0; i < RUNS + 2; i++) {
    for (const [name, tag] of pages) {
      for (const dir of dirs) {
        const context = await browser.newContext();
        const path = `/__bench-autoload/${i}/${encodeURIComponent(name)}.html`;
        await context.route(origin + path, (route) => route.fulfill({ contentType: 'text/html', body: html(dir, tag) }));
        if (LATENCY) await context.route(`${origin}/${dir}/**`, (route) => setTimeout(() => route.continue(), LATENCY));
        const page = await context.newPage();
        let files = 0;
        page.on('request', (request) => (files += request.url().includes(`/${dir}/`) ? 1 : 0));
        await page.goto(origin + path);
        const time = await page.waitForFunction(() => window.rendered).then((handle) => handle.jsonValue());
        const key = `${name} (${dir})`;
        times[key] ??= { samples: [], files };
        if (i >= 2) times[key].samples.push(time); // the first pages warm up the browser process
        await context.close();
      }
    }
  }
  return times;
});
for (const [key, { samples, files }] of Object.entries(results)) {
  const s = summary(samples);
  console.log(`${key}${LANG === 'nb' ? '' : `, lang ${LANG}`}${LATENCY ? `, ${LATENCY} ms per file` : ''}: navigation to rendered median ${ms(s.median)}, p95 ${ms(s.p95)}, min ${ms(s.min)} over ${s.runs} runs; ${files} files`);
}
