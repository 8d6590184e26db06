// prepack/postpack of @bsp/cdn (run in packages/cdn). `prepare` copies every file the build
// wrote to dist/cdn/ (by glob: the bundles, shared chunks and source maps, however rollup
// splits them) and the loader's types (types/*.d.ts) into the package's dist/, and writes their Subresource Integrity hashes into the
// packed README between the `sri` markers; `restore` puts the repository's README back.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode] = process.argv.slice(2);
const source = '../../dist/cdn';
// Outside the package: npm packs every README.* in it (the copy shipped in 0.1.0's tarball).
const backup = '../../dist/cdn-README.md.workspace';

/** `sha384-…` for a file's bytes, as `<script integrity>` expects. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The README with the SRI table of `files` ([name, bytes][]) between the markers. */
export function withSriTable(readme, version, files) {
  const rows = files.map(([name, bytes]) => `| \`dist/${name}\` | ${(bytes.length / 1024).toFixed(1)} KB | \`${sri(bytes)}\` |`);
  const table = [`Version ${version}:`, '', '| file | size | integrity |', '|---|---|---|', ...rows].join('\n');
  return readme.replace(/(<!-- sri:start -->)[\s\S]*?(<!-- sri:end -->)/, `$1\n${table}\n$2`);
}

if (mode === 'prepare') {
  if (!existsSync(source)) throw new Error('dist/cdn is missing: run `npm run build` first');
  if (existsSync(backup)) throw new Error(`${backup} exists: a previous pack did not finish`);
  rmSync('dist', { recursive: true, force: true });
  cpSync(source, 'dist', { recursive: true });
  // The loader's types beside it (`import { observe } from '@bsp/cdn/bsp-all.js'` is typed).
  cpSync('types', 'dist', { recursive: true });
  const files = readdirSync('dist', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => [f, readFileSync(join('dist', f))]);
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync(backup, readme);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync('README.md', withSriTable(readme, version, files));
} else if (mode === 'restore') {
  if (existsSync(backup)) renameSync(backup, 'README.md');
} else {
  throw new Error(`unknown mode ${mode}: use prepare or restore`);
}
