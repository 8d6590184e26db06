// Screenshots of the hard cases (issue 27) at 1280 and 320 px, for docs/routine.md
// (`node test/e2e/hard-cases-screenshots.mjs` after `npm run build`). Not a test: it writes
// docs/screenshots/hard-cases/*.png. The browser tests in
// packages/checklist/src/child-checklist/hard-cases.test.ts check the same states.
import { mkdirSync } from 'node:fs';
import { startHarness, openPage } from './harness.mjs';

const out = new URL('../../docs/screenshots/hard-cases/', import.meta.url);
mkdirSync(out, { recursive: true });

const parent = { hasChildren: 'yes', childPresentNow: 'no', childWithoutCareNow: 'no', triggers: ['mental-illness'], othersFollowedUp: 'no', neglectConcern: 'no', interpreter: 'no', conversationWithPatient: 'yes', consentBy: 'patient' };
const child = (more = {}) => ({ relation: 'child', age: '6-9', responsibility: ['parental', 'daily-care'], informed: 'partly', parentsAssessment: 'followup', professionalAssessment: 'followup', ...more });
const refused = { version: 2, entries: [{ id: 'e1', at: '2026-12-01T10:00:00Z', recipient: 'health-station', decision: 'refused', information: [], children: [], method: 'verbal' }], askAgainOn: '2026-12-15' };

const harness = await startHarness();
try {
  const { page } = await openPage(harness, '/examples/journal/');
  const checklist = page.locator('bsp-child-checklist');
  await checklist.waitFor();
  const set = (record, step) => checklist.evaluate((el, [r, s]) => { el.record = r; el.current = s; return el.updateComplete; }, [record, step]);
  const toStep = (id) => checklist.evaluate(async (el, stepId) => {
    for (let i = 0; i < 8; i++) {
      await el.updateComplete;
      if (el.shadowRoot.querySelector('section[part="step"]')?.dataset?.step === stepId) break;
      const heading = el.shadowRoot.querySelector('#step-heading').textContent;
      if (stepId === 'followup' && /Oppfølging og henvisning/.test(heading)) break;
      if (stepId === 'children' && /Barna og behovene/.test(heading)) break;
      if (stepId === 'summary' && el.shadowRoot.querySelector('.note-preview')) break;
      [...el.shadowRoot.querySelectorAll('[part="nav"] button')].find((b) => b.textContent.trim() === 'Neste')?.click();
    }
    await el.updateComplete;
  }, id);
  /** The element around `selector` in the widget, in view, at both widths. */
  async function shoot(name, selector) {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: width === 320 ? 568 : 900 });
      await page.waitForTimeout(200);
      const target = checklist.locator(selector).first();
      await target.scrollIntoViewIfNeeded();
      await page.screenshot({ path: new URL(`${name}-${width}.png`, out).pathname });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  // Refusal, then follow-up at the refused service: the warning at the field.
  await set({ version: 2, procedure: 'bsp-national-default', answers: { ...parent, consentStatus: 'refused' }, children: [{ id: 'c1', label: 'Datter', answers: child() }], excluded: [], consent: refused }, 0);
  await toStep('followup');
  await checklist.locator('[data-child="c1"] input[id$="-followUpWhere-health-station"]').check();
  await shoot('refusal-referral-warning', '[data-child="c1"] [data-question="followUpWhere"] .field-notices');

  // A sibling: the guidance in that sibling's card.
  await set({ version: 2, procedure: 'bsp-national-default', answers: parent, children: [{ id: 'c1', answers: child() }, { id: 'c2', answers: { age: '13-15' } }], excluded: [] }, 0);
  await toStep('children');
  await checklist.evaluate((el) => { el.shadowRoot.querySelector('[data-child="c2"]').open = true; return el.updateComplete; });
  await checklist.locator('[data-child="c2"] input[id$="-relation-sibling"]').check();
  await shoot('sibling-guidance-in-card', '[data-child="c2"] [data-guidance="sibling"]');

  // Duty to report: the report sent, nothing open; and the note grouped per child.
  await set({ version: 2, procedure: 'bsp-national-default', answers: { ...parent, neglectConcern: 'yes', reportAction: 'report-sent', reportDate: '2026-12-02', consentStatus: 'given', parentGuidance: 'Snakket om hvordan fortelle barna.' }, children: [{ id: 'c1', label: 'Datter', answers: child({ childName: 'Sara', followUpWhere: ['own-service'], verifyDate: '2027-01-15' }) }, { id: 'c2', answers: { relation: 'child', age: '13-15', responsibility: ['parental'], informed: 'yes', parentsAssessment: 'cared-for', professionalAssessment: 'cared-for' } }], excluded: [] }, 0);
  await toStep('summary');
  await shoot('duty-report-sent-summary', '.review');
  await shoot('note-grouped-per-child', '.note-preview');
} finally {
  await harness.close();
}
