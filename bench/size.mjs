// Size check: gzipped size of every drop-in bundle in dist/cdn (run `npm run build` first), of
// `<bsp-provider>`'s chunk beside each (fetched on a page with a provider) and
// of the language chunks beside each (dist/cdn/<bundle>/lang-<code>-*.js, fetched only when a
// page asks for that language). Fails when a bundle or a language chunk is over its budget.
// bsp-all.js is an autoloader: its entry is what every page pays; then, per kind of page, the
// chunks loading each widget through it pulls in (bench/size-all-in-one.mjs).
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { allInOnePages } from './size-all-in-one.mjs';

const KB = 1024;
// Issue 12's goals: ≤ 20 KB gzipped per widget bundle and ≤ 35 KB for bsp-all.js, one language
// in the bundle. Not reached (README, Benchmarks; bench/README.md, "Where the floor is"): each
// budget is what the bundle measures now + 0.2 KB. Lower a budget whenever a bundle shrinks;
// never raise one without a reason written here. Each bundle's first load is bokmål only, with no
// zod, no schema and no error wording: validators load when a host hands a widget data, the
// wording when a check fails (issue 12, session 6). What the budgets hold and why they moved is in
// the git log of this file; the steps that moved them most:
//  - per-language text modules (issue 12): nynorsk and English are chunks beside each bundle;
//  - Lit's templates minified and terser after esbuild (lane size): 1.3–3.4 KB per bundle;
//  - bsp-all.js an autoloader (lane autoload): the entry alone, widgets per kind of page below;
//  - validators and error wording on demand (session 6): role panel 32.0 → 23.5, checklist
//    50.7 → 40.4, consent form 33.2 → 25.6, finder 41.3 → 30.4 KB;
//  - the checklist's summary, note and FHIR on demand (session 7): 40.7 → 32.9 KB; the finder's
//    text search after its first render: 30.4 → 28.2 KB; the consent form's FHIR and paper form
//    on demand: 25.7 → 23.9 KB;
//  - `<bsp-provider>` defined on demand, only on pages that have one (session 8): −1.2 to −1.6 KB;
//    raised by 0.1–0.2 KB when the widgets learnt to read the provider's inline configuration
//    while its code loads (inline-config.ts): what it needs (a validator) is fetched beside the
//    provider's chunk, one round trip less on a page with a provider and host data.
const goals = { 'bsp-all.js': 35 * KB, widget: 20 * KB };
const budgets = {
  // The entry reports a widget whose chunk cannot load (bsp-error, nb/nn/en): 0.8 → 1.1 KB.
  // 1.4 KB: it knows its language chunks (their hashes) and, on a nynorsk or English page, fetches
  // a widget's text beside its code, not after it: one round trip less there (session 9).
  'bsp-all.js': 1.6 * KB,
  // Lane error-split (session 7): the words for what a validator finds (errorIssueMessages) and the
  // value readers only that wording uses left every first load: role panel 23.5 → 22.7, checklist
  // 33.0 → 32.1, consent form 23.9 → 23.0, finder 28.2 → 27.4 KB; budgets measurement + 0.2 KB.
  // 21.2 KB: `<bsp-provider>` loads when a page has one (session 8); 20.4 KB: the unit search and
  // "who do I ask?" come with the directory's validator (they only run on a checked directory).
  // Lane floor (session 8): 20.5 → 19.1 KB with the src fetching (request, size limit, streaming read)
  // loaded when a host sets `src`, and the shared style sheets per widget (the role panel carries
  // no radio, checkbox or layout class rules).
  // Lane editors (issue 30): +0.2–0.3 KB in every first load: safeHref checks tel:/mailto: and refuses
  // a user name before the host (its patterns), the data-warning view and `severity`, and the
  // words for a src redirected to another site. Measurement + 0.2 KB.
  'bsp-role-panel.js': 19.8 * KB,
  // 40.7 → 33.7 KB: the summary step, journal note, review and FHIR load when the summary shows
  // (prefetched at the first answer; session 7); 32.9 KB: text modules count as side-effect free
  // (rollup.config.mjs), so the consent text only the lazy chunks use left the entry; 32.1 with the
  // error words split (lane error-split); 30.7 KB: the note's, review's and summary's words load
  // with the summary's code (checklistUiMessages is what the first screens use).
  // 29.5 KB: the provider on demand. The shared style sheets per widget (lane floor) leave it as it
  // was (it uses all of them, now one css`` each).
  // 29.9 → 27.9 KB: part 2 (the mapping steps, their words and guidance) loads with the summary's
  // code at the first answer (lane part2); the first load is part 1. Measurement + 0.2 KB.
  // Lane editors (issue 30): 28.3 KB (see the role panel). Measurement + 0.2 KB.
  'bsp-checklist.js': 28.5 * KB,
  // 25.7 → 23.9 KB: the FHIR Consent loads when toFhir() is called, the paper form (and its
  // styles) once the page is idle after the first render (Ctrl+P cannot wait for it), the note's
  // lines with FHIR (session 7).
  // 21.6 KB: the provider on demand; 21.1 KB with the shared style sheets per widget: .segmented
  // and the choice rules only (lane floor).
  // 21.2 → 20.0 KB (20 471 B): a consent's details, recording, withdrawal, refusal guidance and the
  // history's entries load with the paper (only once decisions exist), and their words with them
  // (lane consent20). Measurement + 0.2 KB.
  // Lane editors (issue 30): 20.5 KB (see the role panel). Measurement + 0.2 KB.
  'bsp-consent.js': 20.7 * KB,
  // 30.4 → 28.2 KB: the text search (word index, synonyms, scoring) loads after the first render
  // (session 7), and the packages' declared side effects apply to their own sources.
  // 26.0 KB: the provider on demand; 26.1 → 25.0 KB with the src fetching on demand and the shared style
  // sheets per widget (the choice rules only, no layout class; lane floor). 24.8 KB: JSON or CSV
  // is told from text without the byte decoding (`catalogTextFormat`, session 9).
  // Lane editors (issue 30): 25.3 KB (see the role panel). Measurement + 0.2 KB.
  'bsp-finder.js': 25.5 * KB,
};
/**
 * A language chunk is loaded before the widget renders in that language: keep it small.
 * bsp-all's, one per language for every widget (12.4 KB budget), are per widget since lane
 * autoload (1.1–5.6 KB) and share this budget.
 */
const languageChunkBudget = 8 * KB;
/**
 * `<bsp-provider>`'s chunk beside each bundle (session 8: defined by a widget that finds one
 * undefined above it), fetched before the first render on a page with a provider: 1.9–2.3 KB
 * measured (an explicit ContextProvider rather than the `@provide` decorator; the inline JSON
 * reader moved to the bundles, which use it too); largest + 0.2 KB.
 */
const providerChunkBudget = 2.5 * KB;
const chunkBudget = (f) => (f.startsWith('lang-') ? languageChunkBudget : providerChunkBudget);
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
