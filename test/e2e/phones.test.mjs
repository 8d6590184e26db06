// Phones first (issue 29), on the built example pages:
// - at 320×568, 360×640 and 390×844 the first result of the public and youth finder pages is
//   within the first screen (its heading fully visible without scrolling);
// - youth page: the quick exit is in view at the top and stays in view while reading results
//   further down, and a result reached by keyboard is never hidden under it;
// - at 320 px no example page scrolls sideways, also once its widgets are used (the intranet's
//   statistics table filled, a role-panel unit opened, a finder search typed).
// With BSP_SCREENSHOTS=1 it also writes docs/screenshots/finder/*.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { openPage, startHarness } from './harness.mjs';

const PHONES = [
  [320, 568],
  [360, 640],
  [390, 844],
];
const FINDER_PAGES = { public: '/examples/public-site/', youth: '/examples/public-site/ungdom.html' };
const EXAMPLE_PAGES = ['/examples/', '/examples/intranet/', '/examples/journal/', '/examples/journal/consent.html', '/examples/public-site/', '/examples/public-site/ungdom.html', '/examples/configurator/'];
const SHOTS = process.env.BSP_SCREENSHOTS === '1' ? new URL('../../docs/screenshots/finder/', import.meta.url) : undefined;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const shot = async (page, name) => SHOTS && page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname });

/** The box of an element in the finder's shadow root, in viewport pixels. */
const boxIn = (page, selector, index = 0) =>
  page.evaluate(
    ([sel, i]) => {
      const el = document.querySelector('bsp-support-finder').shadowRoot.querySelectorAll(sel)[i];
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    },
    [selector, index],
  );

/** Document wider than the viewport: the page scrolls sideways. */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('finder pages on phones', () => {
  for (const [name, path] of Object.entries(FINDER_PAGES)) {
    for (const [width, height] of PHONES) {
      it(`${name} ${width}×${height}: the first result is within the first screen`, async () => {
        const context = await harness.browser.newContext({ viewport: { width, height } });
        const tab = await openPage(harness, path, { context });
        await tab.page.locator('bsp-support-finder [part="service"]').first().waitFor();
        const heading = await boxIn(tab.page, '[part="service"] :is(h1,h2,h3,h4,h5,h6)');
        await shot(tab.page, `${name}-${width}x${height}`);
        assert.ok(heading.bottom <= height, `first result's heading ends at ${Math.round(heading.bottom)} px of ${height}`);
        assert.equal(await overflow(tab.page), 0, 'no sideways scroll');
        assert.deepEqual(tab.errors, []);
        await context.close();
      });
    }
  }

  for (const [width, height] of PHONES) {
    it(`youth ${width}×${height}: the quick exit stays in view while reading, and never hides a focused result`, async () => {
      const context = await harness.browser.newContext({ viewport: { width, height } });
      const tab = await openPage(harness, FINDER_PAGES.youth, { context });
      const { page } = tab;
      await page.locator('bsp-support-finder [part="service"]').nth(4).waitFor();
      const exitTop = await boxIn(page, '[part="quick-exit"]');
      assert.ok(exitTop.top >= 0 && exitTop.bottom <= height, 'in view at the start');
      // Read down to the fifth result by keyboard focus (its "more" button).
      await page.evaluate(() => document.querySelector('bsp-support-finder').shadowRoot.querySelectorAll('[part="service"] button.link')[4].focus());
      const exit = await boxIn(page, '[part="quick-exit"]');
      const focused = await boxIn(page, '[part="service"] button.link', 4);
      await shot(page, `youth-${width}x${height}-reading`);
      assert.ok(await page.evaluate(() => scrollY > 200), 'the page scrolled to the result');
      assert.ok(exit.top >= 0 && exit.bottom <= height, `quick exit at ${Math.round(exit.top)}–${Math.round(exit.bottom)}`);
      assert.ok(focused.top >= exit.bottom - 1, `focused result at ${Math.round(focused.top)}, under the quick exit ending at ${Math.round(exit.bottom)}`);
      assert.deepEqual(tab.errors, []);
      await context.close();
    });
  }
});

describe('contact cards at 320 px', () => {
  it('intranet role panel: each label above its value, phone numbers and e-mail addresses on one line', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 320, height: 568 } });
    const tab = await openPage(harness, '/examples/intranet/', { context });
    const { page } = tab;
    await page.locator('bsp-role-panel input[type=search]').first().fill('hjemmesykepleien');
    await page.locator('bsp-role-panel .unit-results button').first().click();
    const card = page.locator('bsp-role-panel [part="person"]').first();
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'role-panel-320-contact-card');
    const cards = await page.evaluate(() =>
      [...document.querySelector('bsp-role-panel').shadowRoot.querySelectorAll('[part="person"]')].map((person) => ({
        // A number or an address broken over lines has more than one line box.
        links: [...person.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]')].map((a) => ({ text: a.textContent, lines: new Set([...a.getClientRects()].map((r) => Math.round(r.top))).size })),
        stacked: [...person.querySelectorAll('dt')].every((dt) => dt.nextElementSibling.getBoundingClientRect().top >= dt.getBoundingClientRect().bottom - 1),
      })),
    );
    assert.ok(cards.length > 0 && cards.some((c) => c.links.length));
    for (const card of cards) {
      assert.ok(card.stacked, 'label above value');
      for (const link of card.links) assert.equal(link.lines, 1, `${link.text} breaks over ${link.lines} lines`);
    }
    assert.equal(await overflow(page), 0);
    await context.close();
  });
});

describe('no example page scrolls sideways at 320 px', () => {
  for (const path of EXAMPLE_PAGES) {
    it(`${path}, first state and in use`, async () => {
      const context = await harness.browser.newContext({ viewport: { width: 320, height: 568 } });
      const tab = await openPage(harness, path, { context });
      const { page } = tab;
      await page.waitForLoadState('networkidle');
      assert.equal(await overflow(page), 0, 'first state');
      // Use what the page has: counts into the intranet's statistics, a unit in the role panel,
      // a search in the finder.
      await page.evaluate(() => {
        const provider = document.querySelector('bsp-provider');
        if (typeof provider?.metrics === 'function') for (const name of ['started', 'mapping-opened', 'followup-planned', 'step:information']) provider.metrics({ widget: 'checklist', name, count: 3 });
      });
      const unit = page.locator('bsp-role-panel .unit-results button').first();
      const search = page.locator('bsp-role-panel input[type=search]').first();
      if (await search.count()) {
        await search.fill('hjemmesykepleien');
        if (await unit.count()) await unit.click();
      }
      const finder = page.locator('bsp-support-finder input[type=search]').first();
      if (await finder.count()) await finder.fill('pappa sitter inne');
      await page.waitForTimeout(300);
      assert.equal(await overflow(page), 0, 'in use');
      if (path.includes('intranet')) {
        await page.locator('bsp-role-panel').scrollIntoViewIfNeeded();
        await shot(page, 'intranet-320-role-panel');
      }
      assert.deepEqual(tab.errors, []);
      await context.close();
    });
  }
});
