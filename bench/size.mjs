// Size check: gzipped size of every drop-in bundle in dist/cdn (run `npm run build` first), of
// `<bsp-provider>`'s chunk beside each (fetched on a page with a provider) and
// of the language chunks beside each (dist/cdn/<bundle>/lang-<code>-*.js, fetched only when a
// page asks for that language). Fails when a bundle or a language chunk is over its budget.
// bsp-all.js is an autoloader: its entry is what every page pays; then, per kind of page, the
// chunks loading each widget through it pulls in (bench/size-all-in-one.mjs).
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { allInOnePages } from './size-all-in-one.mjs';
import { lhcFormsBytes } from './lhc-bytes.mjs';

const KB = 1024;
// Size bands, not a ratchet (the brief; issue 28): each widget's first load ≤ 35 KB gzipped,
// all four on one page ≤ 80 KB (bench/size-all-in-one.mjs), and at least 20× fewer bytes than
// LHC-Forms (bench/vs-lhc-forms.mjs). Inside the bands clarity wins: no code is split to save
// under 2 KB. The old rule, "each budget is what the bundle measures now + 0.2 KB", turned every
// feature into another lazy chunk; its history is in this file's git log. The figures each run
// prints go to docs/benchmarks.md.
const BAND = { widget: 35 * KB, allFour: 80 * KB };
const goals = { 'bsp-all.js': 35 * KB, widget: BAND.widget };
const budgets = {
  // The loader every bsp-all page pays before any widget: small by design (it knows the widgets'
  // chunks and their language chunks, nothing more).
  'bsp-all.js': 2 * KB,
  'bsp-role-panel.js': BAND.widget,
  'bsp-checklist.js': BAND.widget,
  'bsp-consent.js': BAND.widget,
  'bsp-finder.js': BAND.widget,
};
/** A language chunk is loaded before the widget renders in that language: kept under 12 KB. */
const languageChunkBudget = 12 * KB;
/** `<bsp-provider>`'s chunk, fetched before the first render on a page with a provider. */
const providerChunkBudget = 3 * KB;
const chunkBudget = (f) => (f.startsWith('lang-') ? languageChunkBudget : providerChunkBudget);
export { BAND };
const dir = 'dist/cdn';

if (!existsSync(dir)) {
  console.error('size: dist/cdn is missing; run npm run build first');
  process.exit(1);
}
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const bundles = readdirSync(dir).filter((f) => f.endsWith('.js'));
const rows = bundles.flatMap((file) => {
  const min = statSync(`${dir}/${file}`).size;
  const size = gz(`${dir}/${file}`);
  const budget = budgets[file] ?? goals.widget;
  const goal = file === 'bsp-all.js' ? goals['bsp-all.js'] : goals.widget;
  const chunkDir = `${dir}/${file.replace(/\.js$/, '')}`;
  const chunks = existsSync(chunkDir)
    ? readdirSync(chunkDir)
        .filter((f) => /^(lang-.*|define-provider-.*)\.js$/.test(f) && statSync(`${chunkDir}/${f}`).size > 100) // empty chunks are never requested
        .map((f) => ({ file: `  ${file.replace(/\.js$/, '')}/${f}`, min: statSync(`${chunkDir}/${f}`).size, gz: gz(`${chunkDir}/${f}`), budget: chunkBudget(f), goal: chunkBudget(f) }))
    : [];
  return [{ file, min, gz: size, budget, goal }, ...chunks];
});

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
console.log('| bundle | minified | gzipped | budget | goal |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.file} | ${kb(r.min)} | ${kb(r.gz)} | ${kb(r.budget)}${r.gz <= r.budget ? '' : ' OVER'} | ${kb(r.goal)}${r.gz <= r.goal ? '' : ' (not yet)'} |`);
const pages = allInOnePages(dir, { gz, budgets, KB });
if (pages.length) {
  console.log('\nbsp-all.js per kind of page: the entry and every chunk the page loads (gzipped, summed)');
  console.log('| page | chunks | gzipped | budget | the drop-in(s) it replaces |');
  console.log('|---|---|---|---|---|');
  for (const p of pages) console.log(`| ${p.page} | ${p.chunks} | ${kb(p.gz)} | ${kb(p.budget)}${p.gz <= p.budget ? '' : ' OVER'} | ${p.compare} |`);
}
const over = [...rows, ...pages.map((p) => ({ file: `bsp-all: ${p.page}`, gz: p.gz, budget: p.budget }))].filter((r) => r.gz > r.budget);
if (over.length) {
  console.error(`size: over budget: ${over.map((r) => r.file.trim()).join(', ')}`);
  process.exit(1);
}

// The third band: at least 20× fewer bytes than LHC-Forms for the same procedure. Ours is the
// checklist's first load, what renders the procedure as LHC-Forms' cold load renders it (the bytes
// figure of bench/vs-lhc-forms.mjs); LHC-Forms' files and our Questionnaire: bench/lhc-bytes.mjs.
// Printed beside it, not checked: every chunk the checklist can fetch in bokmål (an upper bound).
const lhc = await lhcFormsBytes();
const checklist = rows.find((r) => r.file === 'bsp-checklist.js');
if (checklist) {
  const chunkDir = `${dir}/bsp-checklist`;
  const everything = checklist.gz + (existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js') && !f.startsWith('lang-')).reduce((s, f) => s + gz(`${chunkDir}/${f}`), 0) : 0);
  const ratio = lhc.bytes / checklist.gz;
  console.log(`\nLHC-Forms 40.1.3 for the same procedure: ${kb(lhc.bytes)} (${lhc.source}); bsp-checklist.js ${kb(checklist.gz)}: ${ratio.toFixed(1)}× fewer (band ≥ 20×)${ratio >= 20 ? '' : ' UNDER'}; everything the checklist can fetch in bokmål ${kb(everything)}: ${(lhc.bytes / everything).toFixed(1)}×`);
  if (ratio < 20) {
    console.error('size: bsp-checklist.js is under the 20× band against LHC-Forms');
    process.exit(1);
  }
}
