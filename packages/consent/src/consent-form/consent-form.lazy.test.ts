/*
 * Invariants of the consent form's validator on demand (zod and the consent record's schema are
 * loaded only for host data), in this order in one page, so the module starts unloaded:
 * 1. a form given no record (childOptions are checked without it) renders and works (decisions,
 *    withdrawal, FHIR, form value, reset, printing) without ever loading its validator, and every
 *    record it builds from generated, hostile input is valid;
 * 2. a validator that cannot load shows the error view naming `record` and dispatches one
 *    `bsp-error`, for a record the host set and for form state the browser restores; nothing throws;
 * 3. given a record, the first render already shows it (never the empty form first); restored
 *    form state is applied once the validator is there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CONSENT_RECIPIENTS, readConsentRecord, type ConsentRecord } from '@bsp/sdk';
import '../define.js';
import { consentValidator, type BspConsentForm } from './consent-form.js';
import { errorsOf } from '../../../../test/lazy-helpers.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const importerOf = (lazy: object) => lazy as unknown as { importer: () => Promise<unknown> };
const inputsOf = (el: BspConsentForm, recipient: string) => [...root(el).querySelectorAll<HTMLInputElement>(`[data-recipient="${recipient}"] input`)];

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

async function press(el: BspConsentForm, name: string) {
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!.click();
  await el.updateComplete;
}

const HOSTILE = `<img src=x onerror="window.__bspXss=1"> «æøå» ${'x'.repeat(3000)}`;

const given: ConsentRecord = {
  version: 2,
  entries: [{ id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'gp', decision: 'given', information: ['condition'], children: [], method: 'verbal' }],
};

describe('<bsp-consent-form> validator on demand', () => {
  it('without a record: works end to end and never loads its validator; the records it builds are valid', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const random = rng(seed);
      const childOptions = [{ id: 'c1', label: 'Barn 1' }, { id: 'x'.repeat(100), label: HOSTILE }];
      const form = await fixture<HTMLFormElement>(html`<form><bsp-consent-form name="samtykke" recorded-by=${HOSTILE.slice(0, 2000)} .childOptions=${childOptions}></bsp-consent-form></form>`);
      const el = form.querySelector('bsp-consent-form') as BspConsentForm;
      for (const recipient of CONSENT_RECIPIENTS) {
        if (random() < 0.5) continue;
        const decision = random() < 0.7 ? 'given' : 'refused';
        inputsOf(el, recipient).find((i) => i.id.endsWith(`-${recipient}-${decision}`))!.click();
        await el.updateComplete;
        for (const input of inputsOf(el, recipient)) {
          if (input.type === 'checkbox' && random() < 0.5) input.click();
          // Free text at the inputs' own limit (maxlength): what a paste can leave there.
          if (input.type === 'text') {
            input.value = HOSTILE.slice(0, input.maxLength > 0 ? input.maxLength : undefined);
            input.dispatchEvent(new Event('change'));
          }
        }
        if (decision === 'given') inputsOf(el, recipient).find((i) => i.id.endsWith('-info-condition') && !i.checked)?.click();
        await el.updateComplete;
      }
      await press(el, 'Registrer samtykket');
      const withdraw = [...root(el).querySelectorAll('button')].find((b) => /Trekk tilbake/.test(b.textContent!));
      if (withdraw) {
        withdraw.click();
        await el.updateComplete;
        [...root(el).querySelectorAll('button')].find((b) => /Ja, trekk/.test(b.textContent!))?.click();
        await el.updateComplete;
      }
      const record = el.record;
      const valid = readConsentRecord(record, { lang: 'nb' });
      expect(valid.ok, `seed ${seed}: ${valid.ok ? '' : JSON.stringify(valid.error.issues)}`).to.equal(true);
      expect((await el.toFhir()).resourceType).to.equal('Consent');
      expect(JSON.parse(new FormData(form).get('samtykke') as string)).to.deep.equal(JSON.parse(JSON.stringify(record)));
      form.reset();
      await el.updateComplete;
      expect(el.record.entries).to.have.length(0);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(root(el).querySelector('[part="paper"]'), 'the paper form for printing').to.exist;
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    }
    expect(consentValidator.module === undefined, 'validator never loaded').to.equal(true);
  });

  it('a validator that cannot load: the error view names the record, one bsp-error, nothing throws', async () => {
    const original = importerOf(consentValidator).importer;
    importerOf(consentValidator).importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const cases: [string, (el: BspConsentForm) => void][] = [
        ['a record the host set', (el) => (el.record = given)],
        ['form state the browser restores', (el) => el.formStateRestoreCallback(JSON.stringify(given))],
      ];
      for (const [what, give] of cases) {
        const el = await fixture<BspConsentForm>(html`<bsp-consent-form></bsp-consent-form>`);
        const errors = errorsOf(el);
        expect(() => give(el)).not.to.throw();
        await el.updateComplete;
        await el.updateComplete;
        const alert = root(el).querySelector('[role="alert"]');
        expect(alert, `${what}: error view`).to.exist;
        expect(alert!.textContent).to.contain('kunne ikke kontrolleres');
        expect(errors.length, `${what}: one bsp-error`).to.equal(1);
        expect(errors[0]!.code).to.equal('load-failed');
        expect(errors[0]!.issues[0]!.path).to.equal('record');
        expect(el.record.entries, `${what}: nothing taken unchecked`).to.have.length(0);
        await expect(el).to.be.accessible();
      }
    } finally {
      importerOf(consentValidator).importer = original;
    }
  });

  it('given a record, the first render already shows it; restored form state follows once the validator is there', async () => {
    const el = document.createElement('bsp-consent-form') as BspConsentForm;
    const shown: string[] = [];
    el.addController({ hostUpdated: () => shown.push(String(inputsOf(el, 'gp').find((i) => i.id.endsWith('-gp-given'))?.checked)) });
    el.record = given;
    document.body.append(el);
    await el.updateComplete;
    expect(shown[0], 'the first render shows the decision').to.equal('true');
    expect(shown).not.to.include('false');
    expect(consentValidator.module !== undefined, 'loaded for the record').to.equal(true);
    el.formStateRestoreCallback(JSON.stringify({ version: 2, entries: [] }));
    await el.updateComplete;
    expect(el.record.entries).to.have.length(0);
    el.remove();
  });
});
