// First render of <bsp-child-checklist> with the default national procedure: from insertion
// into the page until Lit's first update completed (the screening step is in the DOM).
import { withBundle, summary, ms } from './browser.mjs';

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
