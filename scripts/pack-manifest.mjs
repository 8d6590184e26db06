// prepack/postpack of every published package (run in the package directory).
// In the repository the `source` export condition and `./src/…` sideEffects entries point the
// workspace's own tools (tsc, web-test-runner, Storybook, rollup) at the TypeScript sources.
// A consumer must never see them: `src` is not in the tarball, and a consumer whose tsconfig
// sets `customConditions: ["source"]` would otherwise compile our raw sources. `strip` writes
// the published manifest (keeping the original beside it) and copies the root LICENSE in (npm
// packs a LICENSE only from the package directory); `restore` undoes both.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const [mode] = process.argv.slice(2);
const backup = 'package.json.workspace';

/** The manifest as published: no `source` conditions, no sideEffects entries under src/. */
export function publishedManifest(pkg) {
  const out = structuredClone(pkg);
  const strip = (node) => {
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'source').map(([k, v]) => [k, strip(v)]));
  };
  if (out.exports) out.exports = strip(out.exports);
  if (Array.isArray(out.sideEffects)) out.sideEffects = out.sideEffects.filter((file) => !file.startsWith('./src/'));
  delete out.scripts;
  return out;
}

if (mode === 'strip') {
  if (existsSync(backup)) throw new Error(`${backup} exists: a previous pack did not finish; restore it first`);
  const text = readFileSync('package.json', 'utf8');
  writeFileSync(backup, text);
  writeFileSync('package.json', JSON.stringify(publishedManifest(JSON.parse(text)), null, 2) + '\n');
  copyFileSync('../../LICENSE', 'LICENSE');
} else if (mode === 'restore') {
  if (existsSync(backup)) renameSync(backup, 'package.json');
  rmSync('LICENSE', { force: true });
} else if (mode) {
  throw new Error(`unknown mode ${mode}: use strip or restore`);
}
