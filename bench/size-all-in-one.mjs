// What a page pays for bsp-all.js, per kind of page (used by bench/size.mjs): the entry (the
// autoloader, on every page) plus every chunk the page's widgets pull in through it, read from
// the built chunks' static imports. The chunk each tag loads is named after its loader
// (packages/cdn/src/define/<name>.ts, grouped by packages/cdn/build/chunk-groups.mjs); the e2e
// request log (test/e2e/autoload.test.mjs) checks the same sets in a browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Each tag's loader chunks, as packages/cdn/src/bsp-all.ts imports them (`core`: Lit, @bsp/ui,
 * the SDK core, shared helpers; `provider`: `<bsp-provider>`, only on a page that has one);
 * their language chunks are
 * `lang-<code>-<chunk>`.
 */
export const loaderChunks = {
  'bsp-provider': ['core', 'provider'],
  'bsp-role-panel': ['core', 'role-panel'],
  'bsp-child-checklist': ['core', 'consent', 'checklist'],
  'bsp-consent-form': ['core', 'consent'],
  'bsp-support-finder': ['core', 'finder'],
};

/**
 * A one-widget page through bsp-all may cost its widget's own drop-in budget plus this: the
 * entry (1.1 KB), code in the core that only other widgets use (the src loader and search
 * helpers the role panel and finder share) and the bytes gzip loses when one bundle becomes
 * three or four files. Measured against each drop-in's own size since validators load on demand
 * (zod left the core): role panel +2.4, finder +2.2, consent form +4.1 KB. Largest + 0.2 KB.
 * Raised to 4.7 when the provider left both (session 8): the drop-ins lost it too, so what the
 * core holds for other widgets weighs more beside the consent form (+4.5 KB; role panel +2.8,
 * finder +2.9).
 */
export const autoloadOverhead = 4.7 * 1024;
/**
 * All four widgets on one page: 62.0 KB measured since the finder's text search and the consent
 * form's FHIR and paper form load after the first render too (65.5 after the checklist's summary,
 * note and FHIR, 70.8 with validators and error wording on demand, 84.3 before; the single
 * bsp-all.js was 77.9 KB); 61.1 KB since the words for what a validator finds load with it (lane
 * error-split); 59.8 KB with the checklist's summary words on demand and the core's shared code
 * in the core; 58.8 KB with `<bsp-provider>` only on pages that have one; 58.0 KB with the
 * word index in the on-demand chunks (the role panel's unit search, the finder's text search).
 * Measurement + 0.2 KB. 57.9 → 58.1 KB with the shared style sheets per widget (lane
 * floor): the layout classes left the core for the consent and checklist chunks, where gzip has
 * no base styles to match them against (a role panel or finder page loses 0.8 KB, src fetching
 * included); kept at 58.2 rather than raised. 58.2 KB measured once widgets read the provider's
 * inline configuration while its code loads (one round trip less on provider pages with host
 * data): measurement + 0.2 KB. 56.9 KB once the consent form's decisions, and their words, load
 * with its paper (lane consent20): measurement + 0.2 KB. 55.0 KB with the checklist's part 2
 * loaded at its first answer (lane part2): measurement + 0.2 KB.
 */
// Lane editors (issue 30): 55.6 KB (safe links, the data-warning view; bench/size.mjs). Measurement + 0.2 KB.
const allFourBudget = 55.8 * 1024;

const pageKinds = [
  { page: 'no widget', tags: [], compare: [] },
  { page: 'role panel only', tags: ['bsp-role-panel'], compare: ['bsp-role-panel.js'] },
  { page: 'finder only', tags: ['bsp-support-finder'], compare: ['bsp-finder.js'] },
  { page: 'consent form only', tags: ['bsp-consent-form'], compare: ['bsp-consent.js'] },
  // The checklist embeds the consent form through bsp-all (its drop-in does not): its budget
  // adds the consent chunk as built (the consent-form page bounds that chunk).
  { page: 'checklist only', tags: ['bsp-child-checklist'], compare: ['bsp-checklist.js'], plus: 'consent' },
  { page: 'all four', tags: Object.keys(loaderChunks).slice(1), compare: [], budget: allFourBudget },
];

/** `core` from `core-BTp-8EUv.js` (rollup's `[name]-[hash].js`, an 8-character hash). */
const chunkName = (file) => file.slice(0, -'-12345678.js'.length);

/** The files a chunk imports statically (`from"./core-….js"`, `import"./x.js"`), not `import()`. */
const staticImports = (code) => [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);

export function allInOnePages(dir, { gz, budgets, KB }) {
  const chunkDir = `${dir}/bsp-all`;
  if (!existsSync(`${dir}/bsp-all.js`) || !existsSync(chunkDir)) return [];
  const files = readdirSync(chunkDir).filter((f) => f.endsWith('.js'));
  const fileOf = (name) => {
    const file = files.find((f) => chunkName(f) === name);
    if (!file) throw new Error(`size: no chunk ${name} in ${chunkDir} (packages/cdn/build/chunk-groups.mjs names them)`);
    return file;
  };
  const closure = (names) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of staticImports(readFileSync(`${chunkDir}/${file}`, 'utf8'))) walk(next);
    };
    for (const name of names) walk(fileOf(name));
    return [...seen];
  };
  const entry = gz(`${dir}/bsp-all.js`);
  return pageKinds.flatMap(({ page, tags, compare, plus, budget: fixed }) => {
    const loaders = [...new Set(tags.flatMap((tag) => loaderChunks[tag]))];
    const chunks = closure(loaders);
    const size = entry + chunks.reduce((sum, f) => sum + gz(`${chunkDir}/${f}`), 0);
    const embedded = plus ? gz(`${chunkDir}/${fileOf(plus)}`) : 0;
    const dropIns = compare.reduce((sum, f) => sum + budgets[f], embedded);
    const budget = fixed ?? (tags.length ? dropIns + autoloadOverhead : budgets['bsp-all.js']);
    const names = ['bsp-all.js', ...chunks.map(chunkName)];
    // The same page in nynorsk: the language chunks of the groups it loaded.
    const nn = loaders.map((loader) => fileOf(`lang-nn-${loader}`));
    const nnSize = nn.reduce((sum, f) => sum + gz(`${chunkDir}/${f}`), 0);
    const kb = (n) => `${(n / KB).toFixed(1)} KB`;
    return [
      {
        page,
        chunks: `${names.length}: ${names.join(', ')}${nn.length ? ` (nynorsk: + ${nn.map(chunkName).join(', ')}, ${kb(nnSize)})` : ''}`,
        gz: size,
        budget,
        compare: !compare.length && fixed
          ? 'the single bsp-all.js before: 77.9 KB'
          : compare.length
            ? `${[...compare, ...(plus ? [`${plus} chunk`] : [])].join(' + ')}: ${kb(dropIns)} + ${kb(autoloadOverhead)}`
            : 'entry only',
      },
    ];
  });
}
