/*
 * A keyboard-only walk of the standalone consent form (Tab, Shift+Tab, Space, Enter, arrows;
 * text typed as key presses; no clicks, no `.value`). Invariants, checked after every key press:
 * (a) focus never falls to <body> or null: it stays in the form's shadow tree;
 * (b) the focused control shows a focus ring on :focus-visible;
 * (c) axe passes at each state of the walk.
 * And for the walk: a per-recipient decision with partial consent (some information classes,
 * one child, written) and a refusal are registered together; the refusal guidance appears; a
 * withdrawal asks first, and both "cancel" and "yes, withdraw" land on that recipient's decision
 * (the button pressed goes away); a withdrawal adds a history row above the earlier ones.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { BspConsentForm } from './consent-form.js';
import { checkpoint, deepActiveElement, expectLeaves, press, startBefore, tabTo, type } from '../../../../test/keyboard.js';

const root = (el: BspConsentForm) => el.shadowRoot!;
const byId = (suffix: string) => (el: Element) => el.id.endsWith(suffix);
const buttonNamed = (name: string) => (el: Element) => el.localName === 'button' && el.textContent!.trim() === name;
const historyTitles = (el: BspConsentForm) => [...root(el).querySelectorAll('.history .history-title strong')].map((s) => s.textContent!.trim());

describe('<bsp-consent-form> by keyboard alone', () => {
  it('registers partial consent and a refusal, shows the refusal guidance, and withdraws with a history row', async function () {
    this.timeout(30000);
    const children = [
      { id: 'a', label: 'Child 1' },
      { id: 'b', label: 'Child 2' },
    ];
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang="en" .childOptions=${children}></bsp-consent-form>`);
    startBefore(el);
    // No trap: Shift+Tab from the first stop goes back out to the page.
    await press(el, 'Tab');
    await expectLeaves(el, 'Shift+Tab');

    // The health station: consents, to the condition only, for child 1, in writing.
    // "Not asked" is chosen until a decision is made, so Tab lands on it.
    await tabTo(el, byId('-health-station-none'), 'the health station');
    await checkpoint(el, 'empty form');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(deepActiveElement()!.id).to.match(/-health-station-given$/);
    await tabTo(el, byId('-health-station-info-condition'), 'information class "condition"');
    await press(el, 'Space');
    await tabTo(el, byId('-health-station-child-a'), 'child 1');
    await press(el, 'Space');
    await tabTo(el, byId('-health-station-method-verbal'), 'how consent was given');
    await press(el, 'ArrowLeft');
    await checkpoint(el, 'partial consent chosen');

    // The school: does not consent.
    await tabTo(el, byId('-school-none'), 'the school');
    await press(el, 'ArrowLeft');
    expect(deepActiveElement()!.id).to.match(/-school-refused$/);

    await tabTo(el, byId('-by'), '"recorded by"');
    await type(el, 'Nurse K');
    await tabTo(el, buttonNamed('Record the consent'), '"record the consent"');
    await press(el, 'Enter');
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('The consent is recorded.');
    const [given, refused] = el.record.entries;
    expect(given).to.deep.include({ recipient: 'health-station', decision: 'given', information: ['condition'], children: ['a'], method: 'written', recordedBy: 'Nurse K' });
    expect(refused).to.deep.include({ recipient: 'school', decision: 'refused', information: [], method: undefined });
    expect(historyTitles(el)).to.deep.equal(['Kindergarten or school: Does not consent', 'Child health centre and school health service: Consents']);

    // The refusal guidance, with the date to ask again as its next stop.
    const refusal = root(el).querySelector('[part="refusal"]')!;
    expect(refusal.textContent).to.contain('When the patient does not consent');
    const askAgain = await tabTo(el, byId('-ask-again'), '"ask again on"');
    expect(refusal.contains(askAgain)).to.equal(true);
    await checkpoint(el, 'consent and refusal recorded');

    // Withdraw the health station's consent: asked first, inline.
    await tabTo(el, '[data-withdraw="health-station"]', '"withdraw consent for the health station"', { backwards: true });
    await press(el, 'Enter');
    const confirm = root(el).querySelector('[data-confirm-withdraw="health-station"]')!;
    expect(deepActiveElement(), 'the confirmation takes focus on "yes, withdraw"').to.equal(confirm.querySelector('button'));
    await checkpoint(el, 'withdrawal asks first');
    await press(el, 'Tab');
    await press(el, 'Enter');
    expect(el.record.entries, '"cancel" withdraws nothing').to.have.length(2);
    const decision = () => deepActiveElement()!.closest('[data-recipient]')?.getAttribute('data-recipient');
    expect(decision(), 'cancel lands on the decision of the recipient').to.equal('health-station');
    await tabTo(el, '[data-withdraw="health-station"]', '"withdraw consent for the health station"');
    await press(el, 'Enter');
    await press(el, 'Enter');
    expect(el.record.entries).to.have.length(3);
    expect(decision(), 'a withdrawal lands on the decision of the recipient too').to.equal('health-station');
    expect(historyTitles(el)[0]).to.equal('Child health centre and school health service: Withdrawn');
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('has been withdrawn. The earlier consent stays in the history.');
    await checkpoint(el, 'withdrawn');
  });
});
