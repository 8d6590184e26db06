// Issue 30: a provider key typo (`directroy`) dropped the directory without a word. Now the
// provider sends one `bsp-error` of severity `warning` naming the key meant, and the rest of the
// configuration still applies. Fails on the code before (no event).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BspErrorDetail } from '@bsp/sdk';
import '../define.js';
import type { BspProvider } from './provider.js';

it('names an unknown config key with the key meant, as a warning; the rest applies', async () => {
  const events: BspErrorDetail[] = [];
  const provider = await fixture<BspProvider>(
    html`<bsp-provider lang="nb" @bsp-error=${(e: CustomEvent<BspErrorDetail>) => events.push(e.detail)} .config=${{ municipality: 'Testvik', directroy: { units: [] } }}></bsp-provider>`,
  );
  await waitUntil(() => events.length > 0, 'no bsp-error', { timeout: 5000 });
  await provider.updateComplete;
  expect(events.map((e) => e.severity)).to.deep.equal(['warning']);
  expect(events[0]!.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(['config.directroy: er et ukjent felt og blir ikke lest; mente du «directory»?']);
  await expect(provider).to.be.accessible();
});
