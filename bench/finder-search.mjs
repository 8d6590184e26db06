// The finder's search alone, in Node, by CPU time (the machine is shared: CPU time is steadier
// than wall time under load): 50,000 generated services, every prefix of two queries typed three
// times, `queryScores` + `querySaysSomething` + `filterServicesWith` per keystroke, and the role
// panel's `findUnits` over 25,000 units. With MINISEARCH=<path to minisearch's package dir> the
// same services are also indexed and searched with MiniSearch (prefix and fuzzy, as its docs
// suggest for search-as-you-type), for the comparison issue 29 asks for; it is not a dependency.
//   node --import tsx --conditions=source bench/finder-search.mjs
import { generateDirectory, generateServices } from './generate.mjs';
import { machineLine, summary, ms } from './browser.mjs';
import { filterServicesWith, findUnits, normalizeService, prepareSearch, prepareUnitSearch, querySaysSomething, queryScores } from '@bsp/sdk';

const SERVICES = 50000;
const UNITS = 25000;
const TYPED = ['mamma er psyksik syk', 'samtalegruppe sorg søsken psykisk'];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** CPU ms of `fn`, and its result. */
const timed = (fn) => {
  const t = cpu();
  const result = fn();
  return [cpu() - t, result];
};
const keystrokes = (typed) => typed.flatMap((q) => Array.from({ length: q.length }, (_, n) => q.slice(0, n + 1)));
const report = (what, samples) => {
  const s = summary(samples);
  console.log(`${what}: median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(Math.max(...samples))} (${s.runs} keystrokes)`);
};

console.log(machineLine());
const services = generateServices(SERVICES).map((s) => normalizeService(s, 'local'));
const [indexMs] = timed(() => prepareSearch(services));
console.log(`finder index, ${SERVICES.toLocaleString('en')} services: ${ms(indexMs)} CPU (built in 8 ms idle steps by the widget)`);
const finder = [];
for (let round = 0; round < 3; round++) {
  for (const query of keystrokes(TYPED)) {
    const [t] = timed(() => {
      filterServicesWith(services, { query }, queryScores(services, query));
      querySaysSomething(services, query);
    });
    finder.push(t);
  }
}
report('finder search + filter per keystroke (CPU)', finder);

const directory = generateDirectory(UNITS);
const [unitIndexMs] = timed(() => prepareUnitSearch(directory));
console.log(`role panel index, ${UNITS.toLocaleString('en')} units: ${ms(unitIndexMs)} CPU (built in 8 ms idle steps by the widget)`);
report('role panel findUnits per keystroke (CPU)', keystrokes(['hjemmetjenesten nord']).map((q) => timed(() => findUnits(directory, q))[0]));

if (process.env.MINISEARCH) {
  const { default: MiniSearch } = await import(`${process.env.MINISEARCH}/dist/es/index.js`);
  const raw = generateServices(SERVICES);
  const mini = new MiniSearch({ fields: ['name', 'description', 'situations'], extractField: (doc, field) => (field === 'situations' ? doc.eligibility.situations.join(' ') : doc[field]) });
  const [miniIndexMs] = timed(() => mini.addAll(raw));
  console.log(`MiniSearch index, ${SERVICES.toLocaleString('en')} services: ${ms(miniIndexMs)} CPU`);
  const options = { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { name: 4 } };
  for (const [what, o] of [['prefix and fuzzy 0.2', options], ['prefix only', { ...options, fuzzy: false }]]) {
    const samples = [];
    for (let round = 0; round < 3; round++) for (const query of keystrokes(TYPED)) samples.push(timed(() => mini.search(query, o))[0]);
    report(`MiniSearch search per keystroke, ${what} (CPU; no facets, no filter)`, samples);
  }
  for (const query of ['psyksik', 'psykisk', 'samtalegruppe', 'mamma er psyksik syk']) console.log(`  "${query}": MiniSearch ${mini.search(query, options).length}, ours ${[...queryScores(services, query)].filter(Boolean).length} services`);
}
