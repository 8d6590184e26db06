// Runs the SDK's tests in Node (no DOM: proves the SDK stays DOM-free) with node:test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir, suffix) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name), suffix) : e.name.endsWith(suffix) ? [join(dir, e.name)] : [],
  );
}
// The SDK's own tests, and the SDK fuzz suite (`.fuzz.ts`, not `.test.ts`: those run in the browser).
const files = [...find('packages/sdk/src', '.test.ts'), ...find('test/robustness', '.fuzz.ts')];
const only = process.argv.slice(2);
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...(only.length ? only : files)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
