/*
 * Drafts never mix patients or lose an answer (issue 25), in the widget:
 * - a new draft key shows an empty form before any answer of the old one can render, and an
 *   answer then is saved under the new key only; the old key keeps its own answers;
 * - an adapter whose writes land late and out of order ends with the last answer stored;
 * - a second writer on the key (another view, another tab through a shared adapter) is told, with
 *   a choice, and one `bsp-error` (`draft-conflict`), never overwritten silently;
 * - text typed and not saved survives a language change; consent choices not registered are
 *   never dropped by "Neste".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryStorage, emptyRecord, type StorageAdapter } from '@bsp/sdk';
import '../define.js';
import '@bsp/consent/define';
import type { BspChildChecklist } from './child-checklist.js';
import { answer, clickButton, root } from '../../../../test/checklist-helpers.js';

const checked = (el: BspChildChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.id.replace(/^c\d+-/, ''));
/** The answers a stored draft holds (the envelope's draft; 8a31305 stored the draft bare: test/old-build). */
const answersIn = (text: string) => {
  const stored = JSON.parse(text) as { draft?: StoredAnswers } & StoredAnswers;
  return (stored.draft ?? stored).record.answers;
};
type StoredAnswers = { record: { answers: Record<string, unknown> } };
const stored = async (storage: StorageAdapter, key: string) => {
  const text = await storage.get(`checklist:${key}`);
  return text ? answersIn(text) : undefined;
};

/** Lets the adapter's promises and the widget's updates settle. */
const settle = async (el: BspChildChecklist, ms = 0) => {
  await new Promise((r) => setTimeout(r, ms));
  await el.updateComplete;
};

describe('<bsp-child-checklist> drafts', () => {
  it('a new draft key (patient) without a draft: an empty form at once, the next answer saved under it alone', async () => {
    const storage = createMemoryStorage();
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="p1" .storage=${storage}></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await answer(el, 'neglectConcern', 'yes');
    await settle(el);
    el.draftKey = 'p2';
    el.subject = 'Patient/2';
    await el.updateComplete;
    // The very first render for p2 shows nothing of p1.
    expect(checked(el)).to.deep.equal([]);
    expect(el.record.answers).to.deep.equal({});
    await answer(el, 'interpreter', 'yes');
    await settle(el);
    expect(await stored(storage, 'p2')).to.deep.equal({ interpreter: 'yes' });
    expect(await stored(storage, 'p1')).to.deep.equal({ hasChildren: 'yes', neglectConcern: 'yes' });
  });

  it("a new draft key with a draft: that patient's answers, never the last patient's in between", async () => {
    const storage = createMemoryStorage();
    await storage.set('checklist:p2', JSON.stringify({ record: { ...emptyRecord(), answers: { hasChildren: 'no' } }, step: 0 }));
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="p1" .storage=${storage}></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await answer(el, 'neglectConcern', 'yes');
    const seen: string[][] = [];
    el.addEventListener('bsp-change', () => seen.push(Object.keys(el.record.answers)));
    el.draftKey = 'p2';
    await el.updateComplete;
    expect(checked(el), 'first render after the switch').to.deep.equal([]);
    await waitUntil(() => el.record.answers['hasChildren'] === 'no', 'p2 draft never restored');
    await el.updateComplete;
    expect(checked(el)).to.deep.equal(['hasChildren-no']);
    expect(seen).to.deep.equal([]);
    expect(await stored(storage, 'p1')).to.deep.equal({ hasChildren: 'yes', neglectConcern: 'yes' });
  });

  it('a record the host hands over with the new key is the one shown (nothing of the last patient)', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="p1"></bsp-child-checklist>`);
    await answer(el, 'neglectConcern', 'yes');
    el.draftKey = 'p2';
    el.record = { ...emptyRecord(), answers: { hasChildren: 'no' } };
    await waitUntil(() => el.record.answers['hasChildren'] === 'no');
    expect(el.record.answers).to.deep.equal({ hasChildren: 'no' });
  });

  it('an adapter whose writes land late and out of order ends with the last answer stored (20 seeds)', async function () {
    this.timeout(120_000);
    for (let seed = 1; seed <= 20; seed++) {
      let n = seed;
      const delay = () => ((n = (n * 1103515245 + 12345) % 2147483648) % 40);
      const data = new Map<string, string>();
      const later = <R,>(fn: () => R) => new Promise<R>((resolve) => setTimeout(() => resolve(fn()), delay()));
      const storage: StorageAdapter = { get: (k) => later(() => data.get(k) ?? null), set: (k, v) => later(() => void data.set(k, v)), remove: (k) => later(() => void data.delete(k)) };
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="p" .storage=${storage}></bsp-child-checklist>`);
      await settle(el, 50);
      for (const [q, v] of [['hasChildren', 'yes'], ['childWithoutCareNow', 'no'], ['neglectConcern', 'no'], ['othersFollowedUp', 'no'], ['interpreter', 'yes'], ['neglectConcern', 'yes']] as const) {
        await answer(el, q, v);
        await settle(el, delay() / 4);
      }
      const last = JSON.stringify({ hasChildren: 'yes', childWithoutCareNow: 'no', neglectConcern: 'yes', othersFollowedUp: 'no', interpreter: 'yes' });
      const storedNow = () => {
        const text = data.get('checklist:p');
        return text ? JSON.stringify(answersIn(text)) : undefined;
      };
      // Ends with the last answer stored (however late the writes land), and stays so.
      await waitUntil(() => storedNow() === last, `seed ${seed}: stored ${storedNow()}`, { timeout: 8000 });
      await settle(el, 100);
      expect(storedNow(), `seed ${seed}`).to.equal(last);
      expect(root(el).querySelector('.draft-status'), `seed ${seed}: nothing to report`).to.equal(null);
      el.remove();
    }
  });

  it('two views on one key: the other is told at once, with a choice, and one draft-conflict error', async () => {
    const storage = createMemoryStorage();
    const errors: string[] = [];
    const a = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="p" .storage=${storage}></bsp-child-checklist>`);
    const b = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="p" .storage=${storage} @bsp-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}></bsp-child-checklist>`);
    await settle(a);
    await answer(a, 'hasChildren', 'yes');
    await settle(b);
    const notice = root(b).querySelector('[data-draft-conflict]');
    expect(notice, 'b is told').to.exist;
    expect(errors).to.deep.equal(['draft-conflict']);
    await expect(b).to.be.accessible();
    // b's answer is not written over a's.
    await answer(b, 'hasChildren', 'no');
    await settle(b);
    expect(await stored(storage, 'p')).to.deep.equal({ hasChildren: 'yes' });
    // b takes what is stored: a's answer shows in b, the notice goes.
    await clickButton(b, 'Bruk det lagrede utkastet');
    await settle(b);
    expect(b.record.answers).to.deep.equal({ hasChildren: 'yes' });
    expect(root(b).querySelector('[data-draft-conflict]')).to.equal(null);
  });

  it('a write from another tab through a plain shared adapter is caught at the next save, and "keep this one" writes it', async () => {
    const data = new Map<string, string>();
    const storage: StorageAdapter = { get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v), remove: (k) => void data.delete(k) };
    const errors: string[] = [];
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="p" .storage=${storage} @bsp-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await settle(el);
    // The other tab writes.
    data.set('checklist:p', JSON.stringify({ bspDraft: 1, revision: 9, savedAt: '', draft: { record: { ...emptyRecord(), answers: { interpreter: 'no' } }, step: 0 } }));
    await answer(el, 'neglectConcern', 'no');
    await settle(el);
    expect(errors).to.deep.equal(['draft-conflict']);
    expect(JSON.parse(data.get('checklist:p')!).draft.record.answers).to.deep.equal({ interpreter: 'no' });
    await clickButton(el, 'Behold dette og lagre');
    await settle(el);
    expect(JSON.parse(data.get('checklist:p')!).draft.record.answers).to.deep.equal({ hasChildren: 'yes', neglectConcern: 'no' });
  });

  it('a stored draft set aside as unreadable is told to the host (draft-unreadable)', async () => {
    const storage = createMemoryStorage();
    await storage.set('checklist:p', '{broken');
    const errors: string[] = [];
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="p" .storage=${storage} @bsp-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}></bsp-child-checklist>`);
    await waitUntil(() => errors.length > 0);
    await settle(el, 20);
    expect(errors).to.deep.equal(['draft-unreadable']);
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Et lagret utkast kunne ikke leses');
  });

  it('"not saved" appears below the buttons: nothing above them moves', async () => {
    let fail = false;
    const memory = createMemoryStorage();
    const storage: StorageAdapter = { get: memory.get, remove: memory.remove, set: (k, v) => (fail ? Promise.reject(new Error('down')) : memory.set(k, v)) };
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist .storage=${storage}></bsp-child-checklist>`);
    await settle(el);
    // The step's heading and first question: answers never move them, a line above them would.
    const top = () => [root(el).querySelector('#step-heading')!, root(el).querySelector('fieldset')!].map((e) => e.getBoundingClientRect().top);
    const before = top();
    fail = true;
    await answer(el, 'hasChildren', 'no');
    await settle(el, 20);
    const status = root(el).querySelector('.draft-status')!;
    expect(status.textContent).to.contain('Utkastet blir ikke lagret');
    const nav = root(el).querySelector('[part="nav"]')!;
    expect(nav.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING, 'the line comes after the buttons').to.be.greaterThan(0);
    expect(top()).to.deep.equal(before);
  });

  it('a note item being reworded keeps the typed text through a language change', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    el.record = { ...emptyRecord(), answers: { hasChildren: 'no', neglectConcern: 'no', childWithoutCareNow: 'no' } };
    await el.updateComplete;
    for (let i = 0; i < 8 && !root(el).querySelector('.note-preview'); i++) await clickButton(el, /Neste|Next/);
    await waitUntil(() => root(el).querySelector('[data-edit]'));
    (root(el).querySelector('[data-edit]') as HTMLButtonElement).click();
    await el.updateComplete;
    const area = root(el).querySelector<HTMLTextAreaElement>('.item-edit textarea')!;
    area.value = 'Min egen formulering';
    area.dispatchEvent(new Event('input'));
    el.lang = 'en';
    await waitUntil(() => root(el).textContent!.includes('Use this text'), 'English never shown');
    expect(root(el).querySelector<HTMLTextAreaElement>('.item-edit textarea')!.value).to.equal('Min egen formulering');
  });

  it('"Neste" with consent choices not registered asks; going on keeps them for when the user comes back', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    el.record = {
      ...emptyRecord(),
      answers: { hasChildren: 'yes', triggers: ['psychiatric'], childWithoutCareNow: 'no', neglectConcern: 'no', othersFollowedUp: 'no', interpreter: 'no', conversationWithPatient: 'yes' },
      children: [{ id: 'c1', answers: { relation: 'child', age: '6-9', responsibility: ['parental'], informed: 'yes', parentsAssessment: 'cared-for', professionalAssessment: 'none' } }],
    };
    await el.updateComplete;
    for (let i = 0; i < 6 && !root(el).querySelector('bsp-consent-form'); i++) await clickButton(el, 'Neste');
    const consent = root(el).querySelector('bsp-consent-form')!;
    await (consent as unknown as BspChildChecklist).updateComplete;
    const refuse = [...consent.shadowRoot!.querySelectorAll('input')].find((i) => i.id.endsWith('-school-refused'))!;
    refuse.click();
    await (consent as unknown as BspChildChecklist).updateComplete;
    await el.updateComplete;
    const step = root(el).querySelector('#step-heading')!.textContent;
    await clickButton(el, 'Neste');
    expect(root(el).querySelector('#step-heading')!.textContent, 'still on the consent step').to.equal(step);
    const ask = root(el).querySelector('[data-consent-pending]')!;
    expect(ask.textContent).to.contain('Valgene dine i samtykket er ikke registrert ennå.');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Gå videre uten å registrere');
    expect(root(el).querySelector('#step-heading')!.textContent).not.to.equal(step);
    expect(el.record.consent?.entries ?? []).to.deep.equal([], 'nothing registered without the user');
    await clickButton(el, 'Tilbake');
    const back = root(el).querySelector('bsp-consent-form')!;
    await (back as unknown as BspChildChecklist).updateComplete;
    expect([...back.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].find((i) => i.id.endsWith('-school-refused'))!.checked, 'the choice is still there').to.equal(true);
  });
});
