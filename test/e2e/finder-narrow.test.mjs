// The finder on a phone (issue 15): at 320 px wide the first result is within the first 700 px
// of the public and youth example pages (results first, filters behind a disclosure button).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startHarness } from './harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

/** Top of the first result card in page pixels, once the finder has rendered its list. */
async function firstResultTop(page) {
  await page.waitForFunction(() => document.querySelector('bsp-support-finder')?.shadowRoot?.querySelector('[part="service"]'));
  return page.evaluate(() => {
    const card = document.querySelector('bsp-support-finder').shadowRoot.querySelector('[part="service"]');
    return card.getBoundingClientRect().top + window.scrollY;
  });
}

describe('finder at 320 px', () => {
  for (const path of ['/examples/public-site/', '/examples/public-site/ungdom.html']) {
    it(`${path}: the first result is within the first 700 px, filters behind a disclosure`, async () => {
      const context = await harness.browser.newContext({ viewport: { width: 320, height: 700 } });
      const tab = await openPage(harness, path, { context });
      const top = await firstResultTop(tab.page);
      assert.ok(top < 700, `first result at ${Math.round(top)} px`);
      const toggle = tab.page.locator('bsp-support-finder [part="filters-toggle"]');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.ok(await tab.page.locator('bsp-support-finder [part="filters"]').isVisible());
      assert.deepEqual(tab.errors, []);
      await context.close();
    });
  }
});
