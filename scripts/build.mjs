// npm run build: rollup (npm ESM + drop-in bundles), declarations (tsc -b), one
// custom-elements.json per widget package, the widget pages and the API reference in docs/. Packages without sources yet are skipped.
import { existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (cmd, args, cwd = '.') => execFileSync(cmd, args, { stdio: 'inherit', cwd });
const packages = ['sdk', 'ui', 'role-panel', 'consent', 'checklist', 'finder'].filter((p) =>
  existsSync(`packages/${p}/src/index.ts`),
);

rmSync('dist', { recursive: true, force: true });
for (const p of packages) rmSync(`packages/${p}/dist`, { recursive: true, force: true });

run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('npx', ['tsc', '-b', ...packages.map((p) => `packages/${p}/tsconfig.json`)]);
run('node', ['scripts/json-schemas.mjs']); // JSON Schemas for editors, shipped in @bsp/sdk
run('npx', ['tsc', '-b', 'packages/cli/tsconfig.json']); // @bsp/cli: plain tsc output for Node
for (const p of packages.filter((p) => p !== 'sdk')) {
  // Run inside the package: the analyzer also writes `customElements` into the package.json it finds.
  run('npx', ['custom-elements-manifest', 'analyze', '--config', '../../custom-elements-manifest.config.mjs', '--quiet'], `packages/${p}`);
}
// @bsp/react: @lit/react wrappers generated from the manifests just written (not committed).
run('node', ['scripts/react-wrappers.mjs']);
run('npx', ['tsc', '-b', 'packages/react/tsconfig.json']);
// The React journal-system example is the one host with a build step of its own (JSX), and it
// consumes the packages as npm would: through their built `dist/`.
run('npx', [
  'esbuild', 'examples/journal/src/main.tsx', '--bundle', '--format=esm', '--minify', '--sourcemap',
  '--jsx=automatic', '--define:process.env.NODE_ENV="production"', '--outfile=examples/journal/build/app.js', '--log-level=warning',
]);
// The manual's widget pages from the manifests just written, and the API reference (TypeDoc,
// from the sources' doc comments, into docs/api/).
run('node', ['scripts/docs-widgets.mjs']);
run('npx', ['typedoc', '--logLevel', 'Warn']);
console.log(`built: ${packages.join(', ')}, examples/journal and docs/api`);
