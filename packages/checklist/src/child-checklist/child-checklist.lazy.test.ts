/*
 * Invariants of the checklist's validator on demand (zod and the record's and overlay's schemas
 * are loaded only for host data), in this order in one page, so the module starts unloaded:
 * 1. a checklist given no host data (no record, overlay, storage) renders and works (answers,
 *    children, note, FHIR, the embedded consent form) without ever loading its validator, and
 *    every record it builds from generated answers is valid;
 * 2. a validator that cannot load shows the error view naming the property (record, storage) and
 *    dispatches one `bsp-error`; nothing throws and a stored draft is left as it was; for an
 *    overlay, the national procedure stays usable under a warning (one `bsp-error` naming it);
 * 3. given host data, the first render already shows it (a record, an overlay), and a stored
 *    draft shows in the first frame with content: never the empty form first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryStorage, emptyRecord, readChecklistRecord, type ChecklistRecord } from '@bsp/sdk';
import '../define.js';
import '@bsp/consent/define';
// The same module '@bsp/consent/define' defines the element from (checked below).
import { BspConsentForm, consentValidator } from '../../../consent/src/consent-form/consent-form.js';
import { checklistValidator, type BspChildChecklist } from './child-checklist.js';
import { errorsOf } from '../../../../test/lazy-helpers.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const importerOf = (lazy: object) => lazy as unknown as { importer: () => Promise<unknown> };

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Answers every question on the current step at random, through the inputs a user would use. */
async function answerStep(el: BspChildChecklist, random: () => number, n: number) {
  for (const input of [...root(el).querySelectorAll<HTMLInputElement>('input')]) {
    // "Has children: yes" stays, so part 2 (children, consent) stays open; "who consents" stays
    // unanswered, so the embedded consent form shows (it hides when nobody can consent).
    if (!input.isConnected || input.id.includes('-hasChildren-') || input.id.includes('-consentBy-')) continue;
    if (input.type === 'radio' || input.type === 'checkbox') {
      if (random() < 0.4) input.click();
    } else if (input.type === 'date') {
      input.value = '2026-11-30';
      input.dispatchEvent(new Event('change'));
    } else if (input.type === 'text' && random() < 0.5) {
      // Hostile text at the inputs' own limit (maxlength): what a paste can leave there.
      input.value = `<b>${n}</b> ${'æøå '.repeat(2000)}`.slice(0, input.maxLength > 0 ? input.maxLength : undefined);
      input.dispatchEvent(new Event('change'));
    }
    await el.updateComplete;
  }
}

/** Gives consent to the GP in the embedded form, as a user would. */
async function decideConsent(form: BspConsentForm, seed: number) {
  const inputs = () => [...root(form).querySelectorAll<HTMLInputElement>('[data-recipient="gp"] input')];
  inputs().find((i) => i.id.endsWith('-gp-given'))!.click();
  await form.updateComplete;
  inputs().find((i) => i.id.endsWith('-info-condition'))!.click();
  const by = root(form).querySelector<HTMLInputElement>('input[autocomplete="name"]')!;
  by.value = `Sykepleier ${seed} ${'x'.repeat(300)}`.slice(0, by.maxLength > 0 ? by.maxLength : undefined);
  await form.updateComplete;
  [...root(form).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Registrer samtykket')!.click();
  await form.updateComplete;
}

const nextButton = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="nav"] button')].find((b) => b.textContent!.trim() === 'Neste');

/** Every render's shown state, recorded as it is committed. */
function recordRenders(el: BspChildChecklist, read: () => string) {
  const shown: string[] = [];
  el.addController({ hostUpdated: () => shown.push(read()) });
  return shown;
}

describe('<bsp-child-checklist> validator on demand', () => {
  it('without host data: works end to end and never loads its validator; the records it builds are valid', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const random = rng(seed);
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist subject="Patient/1"></bsp-child-checklist>`);
      root(el).querySelector<HTMLInputElement>('input[id$="-hasChildren-yes"]')!.click();
      await el.updateComplete;
      for (let step = 0; step < 12 && nextButton(el); step++) {
        if (root(el).querySelector('#add-child')) {
          for (let i = 0; i < 1 + (seed % 3); i++) root(el).querySelector<HTMLButtonElement>('#add-child')!.click();
          await el.updateComplete;
        }
        await answerStep(el, random, seed * 100 + step);
        const consent = root(el).querySelector<BspConsentForm>('bsp-consent-form');
        if (consent) await decideConsent(consent, seed);
        nextButton(el)!.click();
        await el.updateComplete;
      }
      // The summary: exclude an item, add an addendum, then finish.
      root(el).querySelector<HTMLInputElement>('.note-items input[type="checkbox"]')?.click();
      const addendum = [...root(el).querySelectorAll('textarea')].find((t) => t.id.endsWith('-addendum'))!;
      addendum.value = `Tillegg ${seed}`;
      addendum.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const record: ChecklistRecord = el.record;
      expect(record.children.length, `seed ${seed}: children added`).to.be.greaterThan(0);
      expect(record.consent?.entries.length, `seed ${seed}: consent recorded in the embedded form`).to.be.greaterThan(0);
      const valid = readChecklistRecord(record);
      expect(valid.ok, `seed ${seed}: ${valid.ok ? '' : JSON.stringify(valid.error.issues)}`).to.equal(true);
      expect(await el.toJournalNote()).to.contain(`Tillegg ${seed}`);
      expect((await el.toFhir()).questionnaireResponse.resourceType).to.equal('QuestionnaireResponse');
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    }
    expect(customElements.get('bsp-consent-form'), 'the embedded form is the one whose validator is checked').to.equal(BspConsentForm);
    expect(checklistValidator.module === undefined, 'checklist validator never loaded').to.equal(true);
    expect(consentValidator.module === undefined, 'consent validator never loaded').to.equal(true);
  });

  it('a validator that cannot load: the error view names the property (an overlay: a warning over the national procedure), one bsp-error each, nothing throws, the draft is kept', async () => {
    const original = importerOf(checklistValidator).importer;
    importerOf(checklistValidator).importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const draft = JSON.stringify({ record: { ...emptyRecord(), answers: { hasChildren: 'yes' } }, step: 1 });
      const stored = createMemoryStorage();
      await stored.set('checklist:draft', draft);
      const cases: [string, (el: BspChildChecklist) => void][] = [
        ['record', (el) => (el.record = { ...emptyRecord(), answers: { hasChildren: 'yes' } })],
        ['overlay', (el) => (el.overlay = { remove: ['missing'] })],
        ['storage', (el) => (el.storage = stored)],
      ];
      for (const [property, give] of cases) {
        const el = document.createElement('bsp-child-checklist') as BspChildChecklist;
        const errors = errorsOf(el);
        expect(() => give(el)).not.to.throw();
        document.body.append(el);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 0));
        await el.updateComplete;
        const alert = root(el).querySelector('[role="alert"]');
        expect(alert, `${property}: error view or warning`).to.exist;
        expect(alert!.textContent).to.contain('kunne ikke kontrolleres');
        const national = property === 'overlay';
        expect(root(el).querySelector('[part="error"]') === null, `${property}: error view ${national ? 'absent' : 'shown'}`).to.equal(national);
        if (national) {
          expect(root(el).textContent).to.contain('Du ser den nasjonale prosedyren');
          expect(root(el).querySelector('input[type="radio"]'), 'the national questions').to.exist;
        }
        expect(errors.length, `${property}: one bsp-error`).to.equal(1);
        expect(errors[0]!.code).to.equal('load-failed');
        expect(errors[0]!.issues[0]!.path).to.equal(property);
        if (property === 'storage') {
          expect(await stored.get('checklist:draft'), 'the draft stays as stored').to.equal(draft);
          expect(await stored.get('checklist:draft:unreadable'), 'nothing set aside').to.equal(null);
        }
        await expect(el).to.be.accessible();
        el.remove();
      }
    } finally {
      importerOf(checklistValidator).importer = original;
    }
  });

  it('given a record or an overlay, the first render already shows it; a stored draft shows in the first frame with content', async () => {
    const recordEl = document.createElement('bsp-child-checklist') as BspChildChecklist;
    const checkedYes = () => String(root(recordEl).querySelector<HTMLInputElement>('input[id$="-hasChildren-yes"]')?.checked);
    const recordShown = recordRenders(recordEl, checkedYes);
    recordEl.record = { ...emptyRecord(), answers: { hasChildren: 'yes' } };
    document.body.append(recordEl);
    await recordEl.updateComplete;
    expect(recordShown[0], 'the first render shows the answer').to.equal('true');
    expect(recordShown).not.to.include('false');
    expect(checklistValidator.module !== undefined, 'loaded for the record').to.equal(true);
    recordEl.remove();

    const label = 'Har pasienten barn under 18 år, også bonusbarn?';
    const overlayEl = document.createElement('bsp-child-checklist') as BspChildChecklist;
    const overlayRenders = recordRenders(overlayEl, () => root(overlayEl).textContent!);
    overlayEl.overlay = { wording: [{ id: 'hasChildren', label: { nb: label } }] };
    document.body.append(overlayEl);
    await overlayEl.updateComplete;
    expect(overlayRenders.length).to.be.greaterThan(0);
    for (const shown of overlayRenders) expect(shown).to.contain(label);
    overlayEl.remove();

    const storage = createMemoryStorage();
    await storage.set('checklist:draft', JSON.stringify({ record: { ...emptyRecord(), answers: { hasChildren: 'yes' } }, step: 0 }));
    const draftEl = document.createElement('bsp-child-checklist') as BspChildChecklist;
    draftEl.storage = storage;
    document.body.append(draftEl);
    let painted: string | undefined;
    for (let frame = 0; frame < 100 && painted === undefined; frame++) {
      await new Promise((r) => requestAnimationFrame(r));
      // What the next paint shows, once there is content at all.
      const yes = root(draftEl).querySelector<HTMLInputElement>('input[id$="-hasChildren-yes"]');
      if (yes) painted = String(yes.checked);
    }
    expect(painted, 'the first frame with content shows the draft').to.equal('true');
    draftEl.remove();
  });
});
