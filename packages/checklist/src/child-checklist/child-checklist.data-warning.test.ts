// Issue 30: a misspelt overlay key (`wordign`) made the whole overlay a silent no-op. Now the
// checklist names it above its content, with the key meant, and sends one `bsp-error` of
// severity `warning`. Fails on the code before (no [part=data-warning], no event).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BspErrorDetail } from '@bsp/sdk';
import '../define.js';
import type { BspChildChecklist } from './child-checklist.js';

it('names a misspelt overlay key above the checklist and in one warning', async () => {
  const events: BspErrorDetail[] = [];
  const el = await fixture<BspChildChecklist>(
    html`<bsp-child-checklist lang="nb" @bsp-error=${(e: CustomEvent<BspErrorDetail>) => events.push(e.detail)} .overlay=${{ wordign: [{ id: 'hasChildren', label: 'Har du barn?' }] }}></bsp-child-checklist>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part="data-warning"]'), 'no data warning', { timeout: 5000 });
  expect(el.shadowRoot!.querySelector('[part="data-warning"]')!.textContent).to.contain('mente du «wording»?');
  expect(events.map((e) => [e.severity, e.issues[0]!.path])).to.deep.equal([['warning', 'wordign']]);
  await expect(el).to.be.accessible();
});
