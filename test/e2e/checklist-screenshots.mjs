// Screenshots of the checklist and consent form states at 1280 and 320 px, for the README
// (`node test/e2e/checklist-screenshots.mjs` after `npm run build`). Not a test: it writes
// docs/screenshots/checklist-*.png and consent-*.png, and prints the measured page heights.
import { mkdirSync } from 'node:fs';
import { startHarness, openPage } from './harness.mjs';

const out = new URL('../../docs/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });

const twoChildren = {
  version: 2,
  procedure: 'bsp-national-default',
  answers: { hasChildren: 'yes', childPresentNow: 'no', childWithoutCareNow: 'no', triggers: ['somatic-illness'], neglectConcern: 'yes', reportAction: 'report-sent', reportDate: '2026-11-23' },
  children: [
    { id: 'c1', answers: { relation: 'child', age: '6-9', responsibility: ['parental', 'daily-care'], informed: 'partly', parentsAssessment: 'information', professionalAssessment: 'both', followUpWhere: ['health-station'], referralTo: 'Helsestasjon Sentrum' } },
    { id: 'c2', answers: { relation: 'sibling', age: '13-15', informed: 'no' } },
  ],
  excluded: [],
  consent: { version: 2, entries: [{ id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'health-station', decision: 'refused', information: [], children: [] }] },
};

const harness = await startHarness();
try {
  const tab = await openPage(harness, '/examples/journal/');
  const { page } = tab;
  const checklist = page.locator('bsp-child-checklist');
  await checklist.waitFor();
  const heights = {};

  async function shoot(name) {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(150);
      heights[`${name}@${width}`] = await checklist.evaluate((el) => Math.round(el.getBoundingClientRect().height));
      await checklist.screenshot({ path: new URL(`${name}-${width}.png`, out).pathname });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await shoot('checklist-screening');
  await page.getByRole('group', { name: /Er det grunn til å tro at et barn/ }).getByRole('radio', { name: 'Ja' }).check();
  await shoot('checklist-duty-to-report');

  await checklist.evaluate((el, r) => { el.record = r; el.current = 1; return el.updateComplete; }, twoChildren);
  await shoot('checklist-children-collapsed');
  await checklist.evaluate((el) => { for (const d of el.shadowRoot.querySelectorAll('details.child')) d.open = true; });
  await shoot('checklist-children-open');
  await checklist.evaluate((el) => { el.current = 2; return el.updateComplete; });
  await shoot('checklist-consent');
  await checklist.evaluate((el) => { el.current = 99; return el.updateComplete; });
  await shoot('checklist-summary');
  await page.getByRole('button', { name: 'Fullfør', exact: true }).click();
  await shoot('checklist-finish-confirm');

  // The consent form on its own, with a history, and its print view.
  await page.goto(`${harness.origin}/examples/journal/consent.html`);
  const form = page.locator('bsp-consent-form');
  await form.waitFor();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await form.screenshot({ path: new URL(`consent-history-${width}.png`, out).pathname });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await page.locator('bsp-consent-form [part="paper"]').waitFor(); // rendered only for printing
  await page.screenshot({ path: new URL('consent-print-1280.png', out).pathname, fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: new URL('consent-print-320.png', out).pathname, fullPage: true });
  console.log(heights);
} finally {
  await harness.close();
}
