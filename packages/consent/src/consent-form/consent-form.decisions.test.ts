/*
 * Invariants of what the consent form shows once decisions exist (the withdraw button and its
 * confirmation, the refusal guidance, the history's entries):
 * 1. a record with decisions (set by the host, before or after the element is defined) is shown
 *    complete in the first render that has it, for many generated records: never the empty
 *    history first; a record set before the definition is validated like one set after;
 * 2. withdrawing, refusing and deciding by the form give exactly the record the SDK's
 *    `addConsentEntry`/`withdrawConsent` give for the same steps, for many generated sequences,
 *    and the history lists every entry, newest first;
 * 3. the refusal guidance shows exactly when a current decision is a refusal, before the duty to
 *    report, which shows always, and the history after both.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  CONSENT_INFORMATION,
  CONSENT_RECIPIENTS,
  addConsentEntry,
  emptyConsentRecord,
  hasRefusal,
  withdrawConsent,
  type ConsentEntry,
  type ConsentRecipient,
  type ConsentRecord,
} from '@bsp/sdk';
import '../define.js';
import { defineElement } from '@bsp/ui';
import type { BspConsentForm } from './consent-form.js';
import { errorsOf, recordShown } from '../../../../test/lazy-helpers.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const HISTORY_EMPTY = 'Ingen registreringer ennå.';
const historyIds = (el: HTMLElement) => [...root(el).querySelectorAll('[part="history"] li')].map((li) => li.getAttribute('data-entry'));
const inputOf = (el: HTMLElement, recipient: string, suffix: string) => root(el).querySelector<HTMLInputElement>(`[data-recipient="${recipient}"] input[id$="-${recipient}-${suffix}"]`)!;
const buttonNamed = (el: HTMLElement, name: RegExp) => [...root(el).querySelectorAll('button')].find((b) => name.test(b.textContent!.trim()));

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const HOSTILE = ['<img src=x onerror="window.__bspXss=1">', '«æøå» \u202e rtl', '{recipient} $&', 'x'.repeat(200)];

/** A valid record from `seed`: at least one entry, random recipients, withdrawals and refusals, hostile text. */
function generateRecord(seed: number): ConsentRecord {
  const random = rng(seed);
  const one = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let record = emptyConsentRecord();
  let at = Date.UTC(2026, 0, 1);
  for (let i = 1 + Math.floor(random() * 7); i > 0; i--) {
    at += Math.floor(random() * 1e9);
    const recipient = one(CONSENT_RECIPIENTS);
    const decision = one(['given', 'refused', 'withdrawn'] as const);
    record = addConsentEntry(record, {
      at: new Date(at).toISOString(),
      recipient,
      ...(recipient === 'other' ? { recipientName: one(HOSTILE) } : {}),
      decision,
      information: decision === 'refused' ? [] : CONSENT_INFORMATION.filter(() => random() < 0.6),
      children: [],
      ...(decision === 'given' ? { method: one(['written', 'verbal'] as const) } : {}),
      ...(random() < 0.5 ? { recordedBy: one(HOSTILE) } : {}),
    });
  }
  return record;
}

/** An entry as the reader sees it decided: no id or time (those are the moment's). */
const decided = ({ id: _id, at: _at, ...rest }: ConsentEntry) => JSON.parse(JSON.stringify(rest)) as Omit<ConsentEntry, 'id' | 'at'>;

describe('<bsp-consent-form> decisions', () => {
  it('a record with decisions shows them in its first render, never the empty history first (generated records)', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const record = generateRecord(seed);
      const el = document.createElement('bsp-consent-form') as BspConsentForm;
      el.record = record;
      document.body.append(el);
      const shown = recordShown(el);
      await el.updateComplete;
      const seen = shown();
      expect(seen, `seed ${seed}`).not.to.contain(HISTORY_EMPTY);
      expect(historyIds(el), `seed ${seed}: every entry, newest first`).to.deep.equal(record.entries.map((e) => e.id).reverse());
      expect(root(el).querySelector('[part="refusal"]') !== null, `seed ${seed}: refusal guidance`).to.equal(hasRefusal(record));
      if (seed <= 2) await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('a record set before the element is defined is validated and its decisions shown like one set after', async () => {
    const Form = customElements.get('bsp-consent-form')! as unknown as { new (): BspConsentForm };
    const cases: [string, unknown, boolean][] = [
      ['valid', generateRecord(4), true],
      ['invalid', { version: 2, entries: [{ id: 'x', recipient: 'nobody', decision: HOSTILE[0] }] }, false],
    ];
    for (const [what, record, valid] of cases) {
      const tag = `bsp-consent-late-${what}`;
      const el = document.createElement(tag) as BspConsentForm;
      el.record = record as ConsentRecord;
      document.body.append(el);
      const errors = errorsOf(el);
      defineElement(tag, class extends Form {});
      await waitUntil(() => el.shadowRoot?.querySelector(valid ? '[part="history"]' : '[role="alert"]'), `${what}: shown`);
      if (valid) expect(historyIds(el)).to.deep.equal((record as ConsentRecord).entries.map((e) => e.id).reverse());
      else expect(errors.map((e) => e.code), `${what}: refused by the validator`).to.deep.equal(['invalid-input']);
      expect(el.record.entries, what).to.deep.equal(valid ? (record as ConsentRecord).entries : []);
      el.remove();
    }
  });

  it('choosing "consents" shows the details with what was chosen kept', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form .childOptions=${[{ id: 'c1', label: HOSTILE[0]! }]}></bsp-consent-form>`);
    inputOf(el, 'gp', 'given').click();
    const other = inputOf(el, 'school', 'refused');
    other.click();
    await el.updateComplete;
    expect(inputOf(el, 'gp', 'info-condition'), 'the details').to.exist;
    expect(inputOf(el, 'gp', 'child-c1')).to.exist;
    expect([inputOf(el, 'gp', 'given').checked, inputOf(el, 'school', 'refused').checked], 'both choices kept').to.deep.equal([true, true]);
    expect((window as { __bspXss?: number }).__bspXss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('deciding, refusing and withdrawing give the records the SDK gives for the same steps (generated sequences)', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const random = rng(seed * 7919);
      const el = await fixture<BspConsentForm>(html`<bsp-consent-form recorded-by=${HOSTILE[seed % HOSTILE.length]!}></bsp-consent-form>`);
      const by = HOSTILE[seed % HOSTILE.length]!;
      let expected = emptyConsentRecord();
      for (let step = 0; step < 6; step++) {
        const recipient = CONSENT_RECIPIENTS[Math.floor(random() * 3)]! as ConsentRecipient;
        const current = el.record.entries.filter((e) => e.recipient === recipient).at(-1);
        const at = new Date().toISOString();
        if (current?.decision === 'given' && random() < 0.6) {
          root(el).querySelector<HTMLButtonElement>(`[data-withdraw="${recipient}"]`)!.click();
          await el.updateComplete;
          if (random() < 0.3) {
            buttonNamed(el, /^Avbryt$/)!.click();
            await el.updateComplete;
            continue;
          }
          buttonNamed(el, /^Ja, trekk tilbake$/)!.click();
          await el.updateComplete;
          expected = withdrawConsent(expected, recipient, { at, recordedBy: by });
        } else {
          const refuse = random() < 0.4;
          inputOf(el, recipient, refuse ? 'refused' : 'given').click();
          await el.updateComplete;
          // Consent to the condition (already so when it was given before: unchanged, nothing to record).
          if (!refuse && !inputOf(el, recipient, 'info-condition').checked) inputOf(el, recipient, 'info-condition').click();
          await el.updateComplete;
          buttonNamed(el, /^Registrer samtykket$/)!.click();
          await el.updateComplete;
          const same = current?.decision === (refuse ? 'refused' : 'given') && (refuse || (current.information.join() === 'condition' && current.method === 'verbal'));
          if (!same) {
            expected = addConsentEntry(expected, {
              at,
              recipient,
              decision: refuse ? 'refused' : 'given',
              information: refuse ? [] : ['condition'],
              children: [],
              method: refuse ? undefined : 'verbal',
              recordedBy: by,
            });
          }
        }
        expect(el.record.entries.map(decided), `seed ${seed} step ${step}`).to.deep.equal(expected.entries.map(decided));
        expect(historyIds(el), `seed ${seed} step ${step}: the history, newest first`).to.deep.equal(el.record.entries.map((e) => e.id).reverse());
      }
      await expect(el).to.be.accessible();
    }
  });

  it('the refusal guidance sits before the duty to report, the history after both', async () => {
    const refused = addConsentEntry(emptyConsentRecord(), { at: '2026-11-23T10:00:00Z', recipient: 'school', decision: 'refused', information: [], children: [] });
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form .record=${refused}></bsp-consent-form>`);
    const [refusal, duty, history] = ['[part="refusal"]', '.notice.danger', '[part="history"]'].map((s) => root(el).querySelector(s)!) as [Element, Element, Element];
    expect(refusal.compareDocumentPosition(duty) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(duty.compareDocumentPosition(history) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
