// Typing at scale as a person types (issue 29): the widget renders its big data, the person
// reads for 2 s (the idle steps index meanwhile), then types one key every 120 ms. Measured:
// each keystroke (input event until rendered) and every main-thread long task (> 50 ms) from
// the first key to the last, by a PerformanceObserver. The finder over 50,000 services as a
// JSON array and as the same catalog in CSV text (7.1 MB), the role panel over 25,000 units.
// Each part prints the date, the machine and its load before and after (ONLY=json,csv,panel).
import { withBundle, summary, ms, machineLine } from './browser.mjs';
import { generateDirectory, generateServices } from './generate.mjs';

const UNITS = 25000;
const SERVICES = 50000;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
/** Which parts to run (the machine is shared: one at a time is fine): json, csv, panel. */
const ONLY = (process.env.ONLY ?? 'json,csv,panel').split(',');

/**
 * The generated catalog as CSV text with the columns it fills (semicolons; lists with "|", as
 * the SDK reads them): 7.1 MB (the reliability review loaded about 6 MB).
 */
function asCsv(services) {
  const columns = ['id', 'name', 'description', 'audience', 'format', 'area', 'age_min', 'age_max', 'situations', 'languages', 'cost'];
  const cell = (v) => {
    const text = Array.isArray(v) ? v.join('|') : String(v ?? '');
    return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = services.map((s) => [s.id, s.name, s.description, s.audience, s.format, s.area, s.eligibility.age_min, s.eligibility.age_max, s.eligibility.situations, s.languages, s.cost].map(cell).join(';'));
  return [columns.join(';'), ...rows].join('\n');
}

function measure({ tag, props, search, shown, typed, rounds, complete }) {
  return (async () => {
    const keys = [];
    const firstKeys = [];
    const longTasks = [];
    const pause = (n) => new Promise((resolve) => setTimeout(resolve, n));
    for (let r = 0; r < rounds; r++) {
      const el = document.createElement(tag);
      Object.assign(el, props);
      document.body.append(el);
      await el.updateComplete;
      if (complete) while (el.catalogServices.length < complete) await pause(5);
      if (!el.shadowRoot.querySelector(shown)) throw new Error(`${tag} did not render its data`);
      await pause(2000);
      const input = el.shadowRoot.querySelector(search);
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      for (let i = 1; i <= typed.length; i++) {
        input.value = typed.slice(0, i);
        const t = performance.now();
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        keys.push(performance.now() - t);
        if (i === 1) firstKeys.push(keys[keys.length - 1]);
        await pause(120);
      }
      await pause(100);
      observer.disconnect();
      longTasks.push(tasks.length ? Math.max(...tasks) : 0);
      el.remove();
    }
    return { keys, firstKeys, longTasks };
  })();
}

const services = generateServices(SERVICES);
const csv = asCsv(services);
const line = (what, { keys, firstKeys, longTasks }) => {
  const s = summary(keys);
  return `${what}: keystroke median ${ms(s.median)}, p95 ${ms(s.p95)} (${s.runs}); first keystroke ${firstKeys.map((n) => n.toFixed(1)).join(' / ')} ms; longest main-thread task while typing ${ms(Math.max(...longTasks))} (per round ${longTasks.map((n) => n.toFixed(0)).join(' / ')})`;
};
const typedFinder = 'mamma er psyksik syk';
const finderPart = (data) => (page) =>
  page.evaluate(measure, { tag: 'bsp-support-finder', props: { noNational: true, services: data }, search: 'input[type=search]', shown: '.service', typed: typedFinder, rounds: ROUNDS, complete: SERVICES });
const parts = {
  json: [`finder, ${SERVICES.toLocaleString('en')} services (JSON)`, 'bsp-finder.js', 'bsp-support-finder', finderPart(services)],
  csv: [`finder, ${SERVICES.toLocaleString('en')} services (CSV, ${(csv.length / 1e6).toFixed(1)} MB)`, 'bsp-finder.js', 'bsp-support-finder', finderPart(csv)],
  panel: [
    `role panel, ${UNITS.toLocaleString('en')} units`,
    'bsp-role-panel.js',
    'bsp-role-panel',
    (page) => page.evaluate(measure, { tag: 'bsp-role-panel', props: { directory: generateDirectory(UNITS) }, search: '#unit-search', shown: '.unit-results li', typed: 'hjemmetjenesten nord', rounds: ROUNDS }),
  ],
};
for (const name of ONLY) {
  const [what, bundle, tag, run] = parts[name];
  console.log(`${what}, ${ROUNDS} rounds; before: ${machineLine()}`);
  console.log(`  ${line(what, await withBundle(bundle, run, tag))}`);
  console.log(`  after: ${machineLine()}`);
}
