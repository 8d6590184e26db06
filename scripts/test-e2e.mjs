// End-to-end tests of the example hosts (after npm run build), with node:test.
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', 'test/e2e/hosts.test.mjs', 'test/e2e/autoload.test.mjs', 'test/e2e/languages.test.mjs', 'test/e2e/finder-narrow.test.mjs', 'test/e2e/phones.test.mjs', 'test/e2e/record-lazy.test.mjs', 'test/e2e/error-wording.test.mjs', 'test/e2e/configurator.test.mjs', 'test/e2e/react-wrappers.test.mjs'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
