// Builds every package that has a src/index.ts:
//  1. ESM for npm (packages/<pkg>/dist, dependencies external, with source maps; types come from tsc -b);
//  2. self-contained, minified drop-in bundles (dist/cdn/bsp-<widget>.js and bsp-all.js) for a
//     single <script type="module" src="…"> on any page.
import { existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

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

const npmBuilds = packages.map((pkg) => ({
  input: Object.fromEntries(
    ['index', 'define']
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

/** The all-in-one entry: <bsp-provider> and every widget that exists. */
const allWidgetsEntry = {
  name: 'bsp-all-entry',
  resolveId: (id) => (id === 'bsp-all-entry' ? id : null),
  load: (id) =>
    id === 'bsp-all-entry'
      ? ["import '@bsp/ui/define';", ...widgets.map(([pkg]) => `import '@bsp/${pkg}/define';`)].join('\n')
      : null,
};

const dropIn = (input, file) => ({
  input,
  plugins: [allWidgetsEntry, nodeResolve({ exportConditions: ['source', 'browser', 'production'] }), ts(true)],
  output: { file: `dist/cdn/${file}.js`, format: 'es', sourcemap: true },
});

const dropIns = widgets.map(([pkg, name]) => dropIn(`packages/${pkg}/src/define.ts`, name));
if (widgets.length) dropIns.push(dropIn('bsp-all-entry', 'bsp-all'));

export default [...npmBuilds, ...dropIns];
