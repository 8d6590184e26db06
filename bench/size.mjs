// Size check: gzipped size of every drop-in bundle in dist/cdn (run `npm run build` first), and
// of the language chunks beside each (dist/cdn/<bundle>/lang-<code>-*.js, fetched only when a
// page asks for that language). Fails when a bundle or a language chunk is over its budget.
// bsp-all.js is an autoloader: its entry is what every page pays; then, per kind of page, the
// chunks loading each widget through it pulls in (bench/size-all-in-one.mjs).
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { allInOnePages } from './size-all-in-one.mjs';

const KB = 1024;
// Issue 12's goals: ≤ 20 KB gzipped per widget bundle and ≤ 35 KB for bsp-all.js, one language
// in the bundle. Not reached yet (README, Sizes): each budget below is what the bundle measures
// now, with bokmål only for every widget's messages and the roles and catalogue content, and
// still all three languages of the routine's and consent's content (procedure, guidance,
// consent labels: the next to move to keyed per-language modules). Lower a budget whenever a
// bundle shrinks; never raise one towards the old sizes.
const goals = { 'bsp-all.js': 35 * KB, widget: 20 * KB };
// Measured after the routine's procedure and guidance, the consent labels and the error messages
// moved to per-language modules (issue 12: every bundle lost its nn and en copies of them), with
// the Designsystemet-aligned styles (issue 15: 1.2–1.4 KB per bundle) and lane A2's checklist and
// consent UI (stepper, review, draft controller, form association, print, their UI text).
// Issue 14's typed, coded FHIR with narratives (checklist, consent form, bsp-all). Measurement + 0.2 KB.
const budgets = {
  // Lane D (issues 11, 13, 15): finder word search (index, situation words), src loader, property
  // checks, youth view and narrow layout; role panel unit index and "show more". Measurement + 0.2 KB.
  // Lane D round 2: the finder's stepped catalog import and remembered term matches (+0.3 KB). Measurement + 0.2 KB.
  // Lane A3 (issue 11): the checklist's and consent form's host-data boundary (readHostData: size,
  // depth and kind limits, its messages in nb). Measurement + 0.2 KB.
  // heading-level on the role panel and finder (issue 15: every widget): renderHeading's six
  // level templates and the level check now in those two bundles too (+0.4 KB each).
  // The keyboard walks' focus fixes and language loads per loader (widget UI text in nn/en): +0.2 KB
  // in the checklist and consent form.
  // Lane size: Lit's html/css templates minified at build, then terser's compress passes over
  // esbuild's output (together 1.3–3.4 KB per bundle). Measurement + 0.2 KB.
  // Lane autoload: bsp-all.js is only the autoloader now (0.8 KB); the widgets are chunks beside
  // it, measured per kind of page below. Measurement + 0.2 KB.
  // Lane eval: SDK schemas built on first use; the overlay's and the catalog's text schemas are
  // built inside their schema's builder, so bundles without them drop them (checklist −0.3 KB,
  // finder −0.5 KB). Measurement + 0.2 KB.
  // Validators on demand (issue 12): zod, the directory schema and parseWith load only when a host
  // hands the role panel a directory (role-panel/directory-validator.ts): 32.0 → 25.6 KB.
  // Error wording on demand: what is wrong with a property or the provider's configuration is
  // worded by a chunk loaded only when a check fails (ui/lazy/error-wording.ts): 25.6 → 23.9 KB.
  // The base element's waits cost the other bundles 0.3–0.6 KB until their validators move too
  // (they still reach the wording eagerly through their record, overlay and catalog readers).
  // bsp-all.js reports a widget whose chunk cannot load (bsp-error from its elements, nb/nn/en
  // wording) rather than leaving an unhandled rejection: 0.8 → 1.1 KB. Measurement + 0.1 KB.
  'bsp-all.js': 1.2 * KB,
  // The src loader tells JSON from CSV only where asked (the finder): the role panel sheds the sniffing (−0.4 KB).
  'bsp-role-panel.js': 23.7 * KB,
  // Lane record-lazy: zod, the record's and the overlay's schemas load only when a host hands the
  // checklist a record, an overlay or a storage adapter (record-validator chunk): 50.7 → 42.1 KB, then
  // 40.4 KB with the error wording on demand (its readers no longer reach it eagerly). Measurement + 0.2 KB.
  'bsp-checklist.js': 40.6 * KB,
  // The consent form's paper sheet rendered only for printing (beforeprint, print media): its
  // listeners cost 0.1 KB and take half the form's elements out of every render (280 → 142;
  // templates cloned per rebuild 140 → 49, bench/render-trace.mjs). Measurement + 0.1 KB.
  // Lane record-lazy: zod and the consent record's schema load only when a host hands the form a
  // record or the browser restores its state (record-validator chunk): 33.2 → 27.2 KB, then 25.6 KB
  // with the error wording on demand. Measurement + 0.2 KB.
  'bsp-consent.js': 25.8 * KB,
  // Lane finder-lazy (issue 12): zod, the service schema and the CSV reader load only when a host
  // hands the finder a local catalog (finder/catalog-validator.ts), and with them the error wording
  // its catalog readers reached: 41.7 → 30.4 KB. Measurement + 0.2 KB.
  'bsp-finder.js': 30.6 * KB,
};
/**
 * A language chunk is loaded before the widget renders in that language: keep it small.
 * bsp-all's, one per language for every widget (12.4 KB budget), are per widget since lane
 * autoload (1.1–5.6 KB) and share this budget.
 */
const languageChunkBudget = 8 * KB;
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
        .filter((f) => /^lang-.*\.js$/.test(f) && statSync(`${chunkDir}/${f}`).size > 100) // empty chunks are never requested
        .map((f) => ({ file: `  ${file.replace(/\.js$/, '')}/${f}`, min: statSync(`${chunkDir}/${f}`).size, gz: gz(`${chunkDir}/${f}`), budget: languageChunkBudget, goal: languageChunkBudget }))
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
