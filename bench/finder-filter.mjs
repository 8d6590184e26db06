// One keystroke in <bsp-support-finder> over a generated catalog of 5,000 services: from the
// input event until the filtered list and the facet counts are rendered.
import { withBundle, summary, ms } from './browser.mjs';
import { generateServices } from './generate.mjs';

const SIZE = 5000;
const samples = await withBundle('bsp-finder.js', (page) =>
  page.evaluate(async (services) => {
    const el = document.createElement('bsp-support-finder');
    el.noNational = true;
    el.services = services;
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const input = el.shadowRoot.querySelector('input[type=search]');
    const typed = 'samtalegruppe sorg søsken psykisk';
    const times = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 1; i <= typed.length; i++) {
        input.value = typed.slice(0, i);
        const t0 = performance.now();
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        times.push(performance.now() - t0);
      }
    }
    return times;
  }, generateServices(SIZE)),
  'bsp-support-finder',
);
const s = summary(samples);
console.log(`finder filter+render per keystroke (5,000 services, headless chromium): median ${ms(s.median)}, p95 ${ms(s.p95)} over ${s.runs} keystrokes`);
