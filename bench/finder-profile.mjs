// Where the finder's big-data time goes: a CPU profile (Chromium's DevTools protocol) of one
// first render of a generated 50,000-service catalog and the typing of a query, printed as the
// functions with the most self time. Run after `npm run build`: `node bench/finder-profile.mjs`.
import { selfTimeBy, withBundle } from './browser.mjs';
import { generateServices } from './generate.mjs';

const SERVICES = 50000;
const TYPED = 'samtalegruppe sorg søsken psykisk';

await withBundle(process.env.BUNDLE ?? 'bsp-finder.js', async (page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate((services) => (window.benchServices = services), generateServices(SERVICES));
  for (const phase of ['first render', 'typing']) {
    await cdp.send('Profiler.start');
    await page.evaluate(
      async ({ phase, typed }) => {
        if (phase === 'first render') {
          const el = document.createElement('bsp-support-finder');
          Object.assign(el, { noNational: true, services: window.benchServices });
          document.body.append(el);
          await el.updateComplete;
          while (el.catalogServices.length < window.benchServices.length) await new Promise((r) => setTimeout(r, 5));
          await new Promise((r) => setTimeout(r, 3000));
          return;
        }
        const el = document.querySelector('bsp-support-finder');
        const input = el.shadowRoot.querySelector('input[type=search]');
        for (let i = 1; i <= typed.length; i++) {
          input.value = typed.slice(0, i);
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
        }
      },
      { phase, typed: TYPED },
    );
    const { profile } = await cdp.send('Profiler.stop');
    const self = selfTimeBy(profile, ({ functionName, lineNumber, columnNumber }) => `${functionName || '(anonymous)'}:${lineNumber}:${columnNumber}`);
    const total = self.reduce((sum, [, time]) => sum + time, 0);
    console.log(`\n${phase}: ${total.toFixed(0)} ms sampled`);
    for (const [key, time] of self.slice(0, 18)) console.log(`${time.toFixed(1).padStart(8)} ms  ${key}`);
  }
}, 'bsp-support-finder');
