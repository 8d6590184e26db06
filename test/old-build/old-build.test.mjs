// Each browser test of a rule moved out of the checklist's view (issue 25) must fail on the
// checklist as built at 8a31305, for the reason the rule names: proof that the test can fail and
// tests the defect the engine fixed. The same files pass on today's build in `npm run test:browser`.
// Runs web-test-runner with test/old-build/web-test-runner.config.mjs (the widget's imports
// answered with that commit's drop-in bundle, kept in test/fixtures/bundles/8a31305).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const DIR = 'packages/checklist/src/child-checklist';
const FILES = [`${DIR}/child-checklist.engine.test.ts`, `${DIR}/child-checklist.drafts.test.ts`];

/** Test name (its end) → the failure 8a31305 must show. */
const MUST_FAIL = [
  ['removing a child removes its answers, note edits, exclusions and consent links', /not include 'c2'/],
  ['a new draft key (patient) without a draft: an empty form at once, the next answer saved under it alone', /to deeply equal \[\]/],
  ["a new draft key with a draft: that patient's answers, never the last patient's in between", /first render after the switch/],
  ['an adapter whose writes land late and out of order ends with the last answer stored (20 seeds)', /^seed \d+/],
  ['two views on one key: the other is told at once, with a choice, and one draft-conflict error', /b is told/],
  ['a write from another tab through a plain shared adapter is caught at the next save, and "keep this one" writes it', /'draft-conflict'/],
  ['a stored draft set aside as unreadable is told to the host (draft-unreadable)', /waitUntil timed out/],
  ['a note item being reworded keeps the typed text through a language change', /to equal 'Min egen formulering'/],
];

test('the browser tests of rules moved out of the view fail on 8a31305, each for its reason', { timeout: 600_000 }, () => {
  const run = spawnSync('npx', ['web-test-runner', '--config', 'test/old-build/web-test-runner.config.mjs'], {
    env: { ...process.env, BSP_OLD_BUILD_FILES: FILES.join(',') },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('OLD-BUILD-RESULTS '));
  assert.ok(line, `no results from web-test-runner:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const results = JSON.parse(line.slice('OLD-BUILD-RESULTS '.length));
  for (const [name, reason] of MUST_FAIL) {
    const result = results.find((r) => r.name.endsWith(name));
    assert.ok(result, `ran: ${name}`);
    assert.equal(result.passed, false, `fails on 8a31305: ${name}`);
    assert.match(result.error ?? '', reason, `fails for its reason: ${name}`);
  }
});
