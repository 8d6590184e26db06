// Big data (issue 11): a generated 25,000-unit directory in <bsp-role-panel> and a generated
// 50,000-service catalog in <bsp-support-finder>. First render: from setting the data until the
// first update completed with the data shown; keystroke: input event until the list is rendered.
import { withBundle, summary, ms, machineLine } from './browser.mjs';
import { generateDirectory, generateServices } from './generate.mjs';

const UNITS = 25000;
const SERVICES = 50000;
const ROUNDS = Number(process.env.ROUNDS ?? 5);

/** In the page: insert the widget with its data, then type into its search field, `rounds` times. */
function measure({ tag, props, search, shown, typed, rounds, complete }) {
  return (async () => {
    const first = [];
    const keys = [];
    const whole = [];
    for (let r = 0; r < rounds; r++) {
      const el = document.createElement(tag);
      const t0 = performance.now();
      Object.assign(el, props);
      document.body.append(el);
      await el.updateComplete;
      first.push(performance.now() - t0);
      const input = el.shadowRoot.querySelector(search);
      if (!input || !el.shadowRoot.querySelector(shown)) throw new Error(`${tag} did not render its data`);
      // A finder shows a big catalog's first rows at once and validates the rest after: typing
      // is measured once all of it is in (and that moment is reported too).
      if (complete) {
        while (el.catalogServices.length < complete) await new Promise((resolve) => setTimeout(resolve, 5));
        await el.updateComplete;
        whole.push(performance.now() - t0);
      }
      for (let i = 1; i <= typed.length; i++) {
        input.value = typed.slice(0, i);
        const t1 = performance.now();
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        keys.push(performance.now() - t1);
      }
      el.remove();
    }
    return { first, keys, whole };
  })();
}

const panel = await withBundle('bsp-role-panel.js', (page) =>
  page.evaluate(measure, { tag: 'bsp-role-panel', props: { directory: generateDirectory(UNITS) }, search: '#unit-search', shown: '.unit-results li', typed: 'hjemmetjenesten nord', rounds: ROUNDS }),
  'bsp-role-panel',
);
const finder = await withBundle('bsp-finder.js', (page) =>
  page.evaluate(measure, { tag: 'bsp-support-finder', props: { noNational: true, services: generateServices(SERVICES) }, search: 'input[type=search]', shown: '.service', typed: 'samtalegruppe sorg søsken psykisk', rounds: ROUNDS, complete: SERVICES }),
  'bsp-support-finder',
);

console.log(machineLine());
const line = (what, samples) => {
  const s = summary(samples);
  return `${what}: median ${ms(s.median)}, p95 ${ms(s.p95)} (${s.runs} runs)`;
};
console.log(line(`role panel first render, ${UNITS.toLocaleString('en')} units`, panel.first));
console.log(line(`role panel keystroke, ${UNITS.toLocaleString('en')} units`, panel.keys));
console.log(line(`finder first render, ${SERVICES.toLocaleString('en')} services`, finder.first));
console.log(line(`finder whole catalog in, ${SERVICES.toLocaleString('en')} services`, finder.whole));
console.log(line(`finder keystroke, ${SERVICES.toLocaleString('en')} services`, finder.keys));
