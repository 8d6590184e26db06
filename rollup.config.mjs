// Builds every package that has a src/index.ts:
//  1. ESM for npm (packages/<pkg>/dist, dependencies external, with source maps; types come from tsc -b);
//  2. self-contained, minified drop-in bundles (dist/cdn/bsp-<widget>.js) for a single
//     <script type="module" src="…"> on any page. Each carries bokmål; other languages are
//     small chunks beside it (dist/cdn/<bundle>/*.js) fetched from the bundle's own origin only
//     when a page asks for that language;
//  3. bsp-all.js, a small autoloader that fetches from dist/cdn/bsp-all/ only the widgets a page
//     uses (and their language chunks), the shared code (Lit, @bsp/ui, the SDK core) once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { autoloaderChunks, dropTreeShakenChunk, languageChunkMap, languageOf } from './packages/cdn/build/chunk-groups.mjs';

const packages = ['sdk', 'ui', 'role-panel', 'consent', 'checklist', 'finder'].filter((p) =>
  existsSync(`packages/${p}/src/index.ts`),
);
const widgets = [
  ['role-panel', 'bsp-role-panel'],
  ['checklist', 'bsp-checklist'],
  ['consent', 'bsp-consent'],
  ['finder', 'bsp-finder'],
].filter(([p]) => existsSync(`packages/${p}/src/define.ts`));

const ts = (minify) =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify, legalComments: 'none' });

/** Anything not relative is a dependency for npm consumers to resolve. */
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Extra npm entries: languages to import statically (`@bsp/sdk/languages/nn`). */
const languageEntries = (pkg) =>
  existsSync(`packages/${pkg}/src/languages`)
    ? readdirSync(`packages/${pkg}/src/languages`).filter((f) => /^[a-z]{2,3}\.ts$/.test(f)).map((f) => `languages/${f.slice(0, -3)}`)
    : [];

const npmBuilds = packages.map((pkg) => ({
  input: Object.fromEntries(
    ['index', 'define', ...languageEntries(pkg)]
      .filter((entry) => existsSync(`packages/${pkg}/src/${entry}.ts`))
      .map((entry) => [entry, `packages/${pkg}/src/${entry}.ts`]),
  ),
  external,
  plugins: [ts(false)],
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: `packages/${pkg}/src`,
  },
}));

/**
 * One chunk per language per bundle: every text module only ever imported dynamically
 * (`content/nn.ts`, `translations/en.ts`, `labels-nn.ts`) joins its language's chunk, so a
 * language change is one request.
 */
function languageChunk(id, { getModuleInfo }) {
  const lang = languageOf(id, getModuleInfo);
  return lang ? `lang-${lang}` : undefined;
}

/**
 * Lit's `html` and `css` template literals of our own sources, minified before esbuild sees
 * them (esbuild keeps template text as written): whitespace between tags collapsed (never
 * inside <pre> or <textarea>), comments dropped, CSS through lightningcss. Drop-in bundles only;
 * the npm ESM stays readable and consumers' bundlers minify it their way.
 */
export const templateMinifyOptions = {
  include: ['packages/*/src/**/*.ts'],
  failOnError: true,
  options: { minifyOptions: { conservativeCollapse: true } },
};
/** Tested in test/build/drop-in-templates.test.mjs (text, bindings and <pre>/<textarea> kept). */
const templates = () => minifyTemplates(templateMinifyOptions);

/**
 * A second minifier over esbuild's output: terser's extra compress passes (inlining,
 * dead-branch removal across the whole chunk, which esbuild does per module) take 2–3 % more
 * off. `module: true` because every chunk is an ES module (top-level names are private).
 */
const compress = () => terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });

/**
 * Each package's own `sideEffects` (package.json) applied to its sources. The resolver applies
 * it to imports between packages, not to the relative imports inside one (the TypeScript plugin
 * resolves those), so every SDK module counted as having side effects: reached from every widget
 * through the barrel, a module landed in the entry whenever any lazy chunk used it (the consent
 * text the checklist's validator and summary share; the finder's search, merged back into the
 * entry with zod). Only the declared modules (`define.ts`, `languages/*.ts`) run for effect.
 */
const declaredSideEffects = Object.fromEntries(
  readdirSync('packages').flatMap((pkg) => {
    const file = `packages/${pkg}/package.json`;
    if (!existsSync(file)) return [];
    const { sideEffects = true } = JSON.parse(readFileSync(file, 'utf8'));
    const globs = Array.isArray(sideEffects) ? sideEffects.map((glob) => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`)) : sideEffects;
    return [[pkg, globs]];
  }),
);

function hasSideEffects(id) {
  const match = /\/packages\/([\w-]+)\/(src\/.*)$/.exec(id);
  const declared = match && declaredSideEffects[match[1]];
  if (!match || declared === undefined || declared === true) return true;
  return declared !== false && declared.some((glob) => glob.test(`./${match[2]}`));
}

const dropInInput = (input) => ({
  input,
  treeshake: { moduleSideEffects: hasSideEffects },
  plugins: [nodeResolve({ exportConditions: ['source', 'browser', 'production'] }), templates(), ts(true)],
});

/**
 * A chunk's file name says what it holds, as a request log reads: rollup names a chunk after
 * its main module, and a shared `translations/index.ts` would be just `index`.
 */
function chunkName({ name, moduleIds }) {
  if (name !== 'index' || !moduleIds.length) return name;
  const parts = moduleIds.at(-1).split('/');
  return `${parts.at(-3)}-${parts.at(-2)}`;
}

/**
 * `onlyExplicitManualChunks`: a language chunk holds its text modules only. Left to itself rollup
 * also moves their imports there (the plural rule, the registry), and the entry then imports the
 * nynorsk chunk on a bokmål page (test/e2e/languages.test.mjs).
 */
const dropIn = (input, file, manualChunks = languageChunk, outputPlugins = []) => ({
  ...dropInInput(input),
  // The entry may export what its lazy chunks (languages, validators) import from it, rather than
  // becoming a facade over one more chunk: one request less before the first render.
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'dist/cdn', entryFileNames: `${file}.js`, chunkFileNames: (chunk) => `${file}/${chunkName(chunk)}-[hash].js`, manualChunks, onlyExplicitManualChunks: true, format: 'es', sourcemap: true, plugins: [...outputPlugins, compress()] },
});

const dropIns = widgets.map(([pkg, name]) => dropIn(`packages/${pkg}/src/define.ts`, name));

/**
 * What the widgets import on demand (each an `OnDemand` in its widget), by the moment it loads:
 * checking host data (the validators and the error wording, which share zod), outputs (the
 * checklist's summary, note and FHIR; the consent form's FHIR), the paper form, the finder's
 * search, the provider's code. In bsp-all each family gets chunks of its own (a finder fetching
 * its search never fetches zod). A module imported on demand that is not listed fails the build.
 */
const onDemandFamilies = {
  'packages/ui/src/error-view/error-wording.ts': 'check',
  'packages/role-panel/src/role-panel/directory-validator.ts': 'check',
  'packages/finder/src/support-finder/catalog-validator.ts': 'check',
  'packages/checklist/src/child-checklist/record-validator.ts': 'check',
  'packages/consent/src/consent-form/record-validator.ts': 'check',
  'packages/checklist/src/child-checklist/checklist-output.ts': 'output',
  'packages/consent/src/consent-form/consent-output.ts': 'output',
  'packages/consent/src/consent-form/consent-paper.ts': 'paper',
  'packages/finder/src/support-finder/finder-search.ts': 'search',
  'packages/ui/src/provider/define-provider.ts': 'define-provider',
};

/**
 * bsp-all.js: an autoloader (packages/cdn/src/bsp-all.ts) that imports each widget's define
 * module when its tag appears. Its chunks: one per widget, one shared core, and per language one
 * per widget and the core (packages/cdn/build/chunk-groups.mjs, which needs a first build to see
 * what each widget uses after tree-shaking).
 */
export default async () => {
  if (!widgets.length) return [...npmBuilds, ...dropIns];
  const allInOne = 'packages/cdn/src/bsp-all.ts';
  return [...npmBuilds, ...dropIns, dropIn(allInOne, 'bsp-all', await autoloaderChunks(dropInInput(allInOne), onDemandFamilies), [languageChunkMap(), dropTreeShakenChunk()])];
};
