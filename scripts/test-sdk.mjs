// Runs the SDK's tests in Node (no DOM: proves the SDK stays DOM-free) with node:test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}
const files = find('packages/sdk/src');
const only = process.argv.slice(2);
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...(only.length ? only : files)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
