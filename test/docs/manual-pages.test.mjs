// The manual as `npm start` shows it: rendered pages pass the same audit as the example pages
// (axe WCAG 2.1 A/AA and best practice, reflow at 320 px, lang, title, no console errors, no
// request to another origin). Run `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startHarness } from '../e2e/harness.mjs';
import { auditPage } from '../e2e/audit.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

for (const path of ['/docs/', '/docs/embedding.md', '/docs/widgets/checklist.md', '/docs/configuration.md', '/README.md']) {
  test(`${path}: accessible, reflows at 320 px, no errors`, async () => {
    const tab = await openPage(harness, path);
    const { violations, bestPractices } = await auditPage(tab);
    assert.deepEqual(violations, []);
    assert.deepEqual(bestPractices.filter((p) => !p.ok).map((p) => p.name), []);
    await tab.page.context().close();
  });
}
