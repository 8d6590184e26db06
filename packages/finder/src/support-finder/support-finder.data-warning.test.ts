// Issue 30: `age_min` above `age_max` hid a service from every age filter, and a key typo
// (`eligibilty`) dropped a field, both without a word. Now the finder shows the rows with a
// warning naming row and field, and sends one `bsp-error` of severity `warning`. Fails on the
// code before (no [part=data-warning], no event).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BspErrorDetail } from '@bsp/sdk';
import '../define.js';
import type { BspSupportFinder } from './support-finder.js';

const base = { name: 'Lokal gruppe', description: 'For barn.', audience: ['children'], format: ['group'], area: ['4601'] };

it('names an age range that fits no age and an unknown key, and still lists the services', async () => {
  const events: BspErrorDetail[] = [];
  const services = [
    { ...base, id: 'a', eligibility: { age_min: 12, age_max: 6 } },
    { ...base, id: 'b', eligibilty: { age_min: 6 } },
  ];
  const el = await fixture<BspSupportFinder>(html`<bsp-support-finder lang="nb" @bsp-error=${(e: CustomEvent<BspErrorDetail>) => events.push(e.detail)} .services=${services}></bsp-support-finder>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="data-warning"]'), 'no data warning', { timeout: 5000 });
  const text = el.shadowRoot!.querySelector('[part="data-warning"]')!.textContent!.replace(/\s+/g, ' ');
  expect(text).to.contain('laveste alder (12) er høyere enn høyeste alder (6)');
  expect(text).to.contain('mente du «eligibility»?');
  expect(events.map((e) => e.severity)).to.deep.equal(['warning']);
  expect(events[0]!.issues.map((i) => i.path)).to.deep.equal(['1.eligibility.age_min', '2.eligibilty']);
  await expect(el).to.be.accessible();
});
