/*
 * Keyboard-only walks of the whole checklist (Tab, Shift+Tab, Space, Enter, arrows; text typed
 * as key presses; no clicks, no `.value`). Invariants, checked after every key press:
 * (a) focus never falls to <body> or null: it stays in the widget's shadow tree;
 * (b) the focused control shows a focus ring on :focus-visible (headings script focuses as a
 *     landing point, tabindex="-1", are exempt);
 * (c) axe passes at each step's state.
 * And for the walks: "add a child" lands in the new child's first field; a child card folds and
 * unfolds from its summary; every control that removes itself when pressed ("cancel" while
 * rewording, "finish anyway", "start afresh") hands focus on; "finish" with a contradiction asks
 * first and sends nothing until confirmed; the host gets exactly one `bsp-complete`, whose note
 * holds the answers typed and chosen, the reworded text, and not the item kept out of the record;
 * "copy the note" copies that same note; the duty-to-report guidance appears inside a live region
 * that was already on the page, its "who do I ask" link is the next Tab stop, and it stays as a
 * banner, the first stop on the next step; Shift+Tab at the first stop leaves (no trap).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryStorage } from '@bsp/sdk';
import '@bsp/consent/define';
import '../define.js';
import type { BspChildChecklist } from './child-checklist.js';
import type { ChecklistCompleteDetail } from '../events/bsp-complete.js';
import { checkpoint, deepActiveElement, expectLeaves, press, startBefore, tabTo, type } from '../../../../test/keyboard.js';

const root = (el: BspChildChecklist) => el.shadowRoot!;
const heading = (el: BspChildChecklist) => root(el).querySelector('#step-heading')!.textContent!.trim();
const buttonNamed = (name: string) => (el: Element) => el.localName === 'button' && el.textContent!.trim() === name;
/** A radio or checkbox of one question (`<prefix>-<question>-<value>` ids). */
const option = (question: string, value: string) => (el: Element) => el.id.endsWith(`-${question}-${value}`);
const field = (question: string) => (el: Element) => el.id.endsWith(`-${question}`);

describe('<bsp-child-checklist> by keyboard alone', () => {
  afterEach(() => delete (navigator as { clipboard?: unknown }).clipboard);

  it('walks screening, two parts, consent, every step and the summary to one bsp-complete', async function () {
    this.timeout(60000);
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="en"></bsp-child-checklist>`);
    startBefore(el);
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const completes: ChecklistCompleteDetail[] = [];
    el.addEventListener('bsp-complete', (e) => completes.push(e.detail));

    // Part 1: "has children" yes, the rest answered with arrows (an arrow chooses in a radio group).
    await tabTo(el, option('hasChildren', 'yes'), '"has children: yes"');
    await press(el, 'Space');
    expect(el.record.answers['hasChildren']).to.equal('yes');
    await tabTo(el, option('childPresentNow', 'yes'), '"child present now"');
    await tabTo(el, option('childWithoutCareNow', 'yes'), '"child without care now"');
    await press(el, 'ArrowRight');
    expect(el.record.answers['childWithoutCareNow']).to.equal('no');
    await tabTo(el, option('triggers', 'mental-illness'), 'the first trigger');
    await press(el, 'Tab');
    await press(el, 'Space');
    expect(el.record.answers['triggers']).to.deep.equal(['addiction']);
    await tabTo(el, option('neglectConcern', 'yes'), '"reason to believe a child is mistreated"');
    await press(el, 'ArrowRight');
    expect(el.record.answers['neglectConcern']).to.equal('no');
    await checkpoint(el, 'screening answered');
    await tabTo(el, buttonNamed('Next'), 'Next');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Part 2: The children and their needs');
    expect(deepActiveElement()?.id, 'a new step lands on its heading').to.equal('step-heading');

    // Part 2: "add a child" lands in the new child's first field.
    await tabTo(el, '#add-child', '"add a child"');
    await press(el, 'Enter');
    const card = () => root(el).querySelector<HTMLDetailsElement>('details.child')!;
    expect(deepActiveElement(), 'focus after "add a child"').to.equal(card().querySelector('input'));
    await type(el, 'A');
    await tabTo(el, option('relation', 'child'), 'relation');
    await press(el, 'Space');
    await tabTo(el, option('age', '0-2'), 'age');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await tabTo(el, option('responsibility', 'parental'), 'responsibility');
    await press(el, 'Space');
    await tabTo(el, field('network'), 'network');
    await type(el, 'Grandmother matters');
    await tabTo(el, option('informed', 'yes'), 'informed');
    await press(el, 'ArrowRight');
    await tabTo(el, option('parentsAssessment', 'information'), "parents' assessment");
    await press(el, 'Space');
    await tabTo(el, option('professionalAssessment', 'information'), 'professional assessment');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    const child = el.record.children[0]!;
    expect(child.label).to.equal('A');
    expect(child.answers).to.deep.include({ relation: 'child', age: '6-9', responsibility: ['parental'], network: 'Grandmother matters', informed: 'partly', parentsAssessment: 'information', professionalAssessment: 'both' });
    await checkpoint(el, 'one child filled in');

    // The card folds to its one-line summary and opens again from it.
    await tabTo(el, 'summary', "the child card's summary", { backwards: true });
    await press(el, 'Enter');
    expect(card().open, 'folded').to.equal(false);
    await press(el, 'Space');
    expect(card().open, 'unfolded').to.equal(true);

    await tabTo(el, buttonNamed('Next'), 'Next');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Consent');

    // Consent: the child consents to condition and practical information only, verbally.
    const consent = root(el).querySelector('bsp-consent-form')!;
    const inConsent = (id: string) => (e: Element) => e.getRootNode() === consent.shadowRoot && e.id.endsWith(id);
    // "Not asked" is chosen until a decision is made, so Tab lands on it; the arrows go to "consents".
    await tabTo(el, inConsent('-child-none'), 'consent of the child');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(deepActiveElement()!.id).to.match(/-child-given$/);
    // A consent's details come with code the consent form loads on demand: its update waits for it.
    await (consent as Element & { updateComplete: Promise<boolean> }).updateComplete;
    await tabTo(el, inConsent('-child-info-condition'), 'information class "condition"');
    await press(el, 'Space');
    await press(el, 'Tab');
    await press(el, 'Tab');
    await press(el, 'Space');
    // The health station: does not consent (the follow-up below contradicts it).
    await tabTo(el, inConsent('-health-station-none'), 'consent of the health station');
    await press(el, 'ArrowLeft');
    await tabTo(el, inConsent('-by'), '"recorded by"');
    await type(el, 'Nurse K');
    await tabTo(el, (e) => e.getRootNode() === consent.shadowRoot && buttonNamed('Record the consent')(e), '"record the consent"');
    await press(el, 'Enter');
    expect(consent.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('The consent is recorded.');
    const [given, refused] = el.record.consent!.entries;
    expect(given).to.deep.include({ recipient: 'child', decision: 'given', information: ['condition', 'practical'], method: 'verbal', recordedBy: 'Nurse K' });
    expect(refused).to.deep.include({ recipient: 'health-station', decision: 'refused' });
    await checkpoint(el, 'consent recorded');

    await tabTo(el, buttonNamed('Next'), 'Next');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Adapted information for the child');
    await tabTo(el, field('infoWho'), 'who informs');
    await type(el, 'Nurse with the mother');
    await tabTo(el, option('infoForm', 'with-parent'), 'how the child is informed');
    await press(el, 'Space');
    await checkpoint(el, 'information step');

    await tabTo(el, buttonNamed('Next'), 'Next');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Follow-up and referral');
    await tabTo(el, option('followUpWhere', 'own-service'), 'follow-up where');
    await press(el, 'Space');
    await press(el, 'Tab');
    await press(el, 'Space');
    expect(el.record.children[0]!.answers['followUpWhere']).to.deep.equal(['own-service', 'health-station']);
    await tabTo(el, field('referralTo'), 'referred to');
    await type(el, 'Our own service');
    await checkpoint(el, 'follow-up step');

    await tabTo(el, buttonNamed('Next'), 'Next');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Summary and record entry');

    // Keep what was said about the network out of the record, copy the note, finish.
    await tabTo(el, (e) => e.matches('li[data-key$=":network"] input[type=checkbox]'), '"not for the record" on the network item');
    await press(el, 'Space');
    expect(el.record.excluded.some((k) => k.endsWith(':network'))).to.equal(true);
    await checkpoint(el, 'summary, one item kept out');

    // Reword one item: "cancel" and "use this text" both return focus to its "edit" button.
    const editButton = '[data-key$=":infoWho"] [data-edit]';
    await tabTo(el, editButton, '"edit" on the who-informs item');
    await press(el, 'Enter');
    expect(deepActiveElement()!.localName, 'the text to edit takes focus').to.equal('textarea');
    await type(el, 'x');
    await tabTo(el, '.item-edit button:last-child', '"cancel"');
    await press(el, 'Enter');
    expect(deepActiveElement()!.matches(editButton), 'cancel returns to "edit"').to.equal(true);
    await press(el, 'Enter');
    await type(el, 'Checked: ');
    await tabTo(el, '.item-edit button:first-child', '"use this text"');
    await press(el, 'Enter');
    expect(deepActiveElement()!.matches(editButton), '"use this text" returns to "edit"').to.equal(true);
    const note = root(el).querySelector('.note-preview')!.textContent!;
    expect(note).not.to.contain('Grandmother');
    await tabTo(el, buttonNamed('Copy the note'), '"copy the note"');
    await press(el, 'Enter');
    expect(copied).to.deep.equal([note]);
    // Follow-up at the health station contradicts its refusal: "finish" asks first.
    await tabTo(el, buttonNamed('Finish'), 'Finish');
    await press(el, 'Enter');
    expect(completes, 'nothing reaches the host before the confirmation').to.have.length(0);
    const confirm = root(el).querySelector('[data-confirm-finish]')!;
    expect(deepActiveElement(), 'the confirmation takes focus on its primary action, "go back and fix"').to.equal(confirm.querySelector('button'));
    expect(confirm.querySelector('button')!.textContent).to.equal('Go back and fix');
    await checkpoint(el, 'finish asks first');
    // "Go back and fix" leads to the step of the contradiction, focus on its heading; then back.
    await press(el, 'Enter');
    expect(heading(el), 'the step with the contradiction').not.to.equal('Summary and record entry');
    expect(deepActiveElement()!.id, 'focus on that step\'s heading').to.equal('step-heading');
    await tabTo(el, buttonNamed('Next'), 'Next');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Summary and record entry');
    await tabTo(el, buttonNamed('Finish'), 'Finish');
    await press(el, 'Enter');
    expect(deepActiveElement(), 'asks again, on "go back and fix"').to.equal(root(el).querySelector('[data-confirm-finish] button'));
    // "Finish anyway" is the secondary action, one Tab away.
    await tabTo(el, buttonNamed('Finish anyway'), '"finish anyway"');
    await press(el, 'Enter');
    expect(completes).to.have.length(1);
    const detail = completes[0]!;
    expect(detail.note).to.equal(note);
    for (const answer of ['Substance addiction', 'A, Child, 6–9 years', 'Parental responsibility', 'Partly', 'Needs information and follow-up', 'recorded by Nurse K', 'Checked: ', 'Nurse with the mother', 'Our own service']) {
      expect(detail.note).to.contain(answer);
    }
    expect(detail.note).not.to.contain('Grandmother');
    expect(detail.review.map((i) => i.code)).to.include('followup-consent-refused');
    expect(el.matches(':state(complete)')).to.equal(true);
    await checkpoint(el, 'finished');
    // A second Enter on the same record hands nothing more to the host.
    await press(el, 'Enter');
    expect(completes).to.have.length(1);
  });

  it('reaches and announces the duty-to-report guidance, which stays in view on later steps', async function () {
    this.timeout(30000);
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="en" role-panel-url="#who-to-ask"></bsp-child-checklist>`);
    startBefore(el);
    await tabTo(el, option('neglectConcern', 'yes'), '"reason to believe a child is mistreated"');
    // The polite live region under the question is on the page before the answer, empty.
    const region = root(el).querySelector('[data-guidance-for="neglectConcern"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.children).to.have.length(0);
    await press(el, 'Space');
    expect(el.record.answers['neglectConcern']).to.equal('yes');
    expect(root(el).querySelector('[data-guidance-for="neglectConcern"]'), 'the same live region, so the change is announced').to.equal(region);
    const box = region.querySelector('[data-guidance="duty-to-report"]')!;
    expect(box.textContent).to.contain('The duty to report to child welfare applies regardless of consent');
    expect(deepActiveElement()!.id, 'focus stays on the answer').to.match(/-neglectConcern-yes$/);
    await checkpoint(el, 'duty-to-report guidance shown');

    // The next Tab stop is the guidance's "who do I ask" link, then the question it opened.
    const link = await press(el, 'Tab');
    expect(box.contains(link), `the next stop is in the guidance, not ${link.outerHTML}`).to.equal(true);
    expect(link.getAttribute('href')).to.equal('#who-to-ask');
    await tabTo(el, option('reportAction', 'report-sent'), 'what was done about it');
    await press(el, 'Space');
    expect(el.record.answers['reportAction']).to.equal('report-sent');

    await tabTo(el, buttonNamed('Next'), 'Next');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Part 2: The children and their needs');
    const banner = root(el).querySelector('[data-guidance="duty-to-report"][data-banner="true"]');
    expect(banner, 'the duty to report stays in view as a banner').to.exist;
    // Banners come right after the step heading: the first Tab from there reaches the banner's link.
    const first = await press(el, 'Tab');
    expect(banner!.contains(first), `first stop after the heading: ${first.outerHTML}`).to.equal(true);
    await checkpoint(el, 'banner on the next step');

  });

  it('"start afresh" after an unreadable draft keeps focus in the checklist', async () => {
    const storage = createMemoryStorage();
    await storage.set('checklist:draft', '{not json');
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="en" .storage=${storage}></bsp-child-checklist>`);
    await waitUntil(() => root(el).querySelector('.draft-status button'), 'the set-aside notice');
    startBefore(el);
    await tabTo(el, '.draft-status button', '"start afresh"');
    // No trap: the first stop lets Shift+Tab go back out to the page.
    await expectLeaves(el, 'Shift+Tab');
    await press(el, 'Tab');
    await checkpoint(el, 'draft set aside');
    await press(el, 'Enter');
    expect(root(el).querySelector('.draft-status'), 'the notice is gone').to.equal(null);
    expect(deepActiveElement()!.id, 'focus lands on the step the user starts on').to.equal('step-heading');
  });
});
