/*
 * The hard cases in the widget (issue 27): the SDK's rules shown where the professional works.
 * - a child without care now asks what was done, and finishing names that problem with a link
 *   that lands on the field;
 * - a report to child welfare still to be sent is an open task, not an error;
 * - after "go back and fix", every visited step stays reachable in the stepper;
 * - "finish anyway" is never the primary action;
 * - duty to report "yes", then the report planned (an open task), then sent (nothing open);
 * - refusal, then follow-up at the refused service: the warning shows at that field at once,
 *   linked to it (aria-describedby), and goes when the choice is undone; the summary lists it too;
 * - a sibling's guidance sits in that sibling's card, once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addConsentEntry, emptyConsentRecord, emptyRecord, type ChecklistRecord } from '@bsp/sdk';
import '../define.js';
import '@bsp/consent/define';
import type { BspChildChecklist } from './child-checklist.js';
import { answer, clickButton, fill, heading, root, toSummary } from '../../../../test/checklist-helpers.js';

const parent = { hasChildren: 'yes', childPresentNow: 'no', triggers: ['addiction'], othersFollowedUp: 'no', interpreter: 'no', conversationWithPatient: 'yes', consentBy: 'patient', consentStatus: 'given' };
const child = { id: 'c1', answers: { relation: 'child', age: '3-5', responsibility: ['parental', 'daily-care'], informed: 'no', parentsAssessment: 'cared-for', professionalAssessment: 'cared-for' } };

async function checklist(record: ChecklistRecord): Promise<BspChildChecklist> {
  const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="nb" .record=${record}></bsp-child-checklist>`);
  await el.updateComplete;
  return el;
}

describe('<bsp-child-checklist> hard cases', () => {
  it('a child alone at home: "yes" asks who has the child and whom you called; finishing names it and its link lands on the field', async () => {
    const el = await checklist({ ...emptyRecord(), answers: { ...parent, childWithoutCareNow: 'yes', neglectConcern: 'no' }, children: [child] });
    expect(root(el).querySelector('[data-question="acuteCarer"]'), 'asks who has the child').not.to.equal(null);
    expect(root(el).querySelector('[data-question="acuteContacted"]')!.textContent).to.contain('Politiet (112)');
    const acute = root(el).textContent!;
    expect(acute).to.contain('112');
    expect(acute).to.contain('barnevernvakten');
    await toSummary(el);
    const issue = root(el).querySelector('.review-issues li[data-code="acute-care"]')!;
    expect(issue.classList.contains('blocking')).to.equal(true);
    await clickButton(el, 'Fullfør');
    const confirm = root(el).querySelector('[data-confirm-finish]')!;
    expect(confirm.querySelector('li[data-code="acute-care"]'), 'the confirmation names the problem').not.to.equal(null);
    expect(root(el).activeElement!.textContent).to.equal('Gå tilbake og rett');
    await expect(el).to.be.accessible();
    (confirm.querySelector('li[data-code="acute-care"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(heading(el)).to.equal('Del 1: Kartlegging');
    expect(root(el).activeElement!.closest('[data-question]')!.getAttribute('data-question'), 'focus on the field').to.equal('acuteCarer');
    // Every visited step stays reachable after going back.
    const reachable = [...root(el).querySelectorAll('[part="progress"] button[data-step]')].map((b) => b.getAttribute('data-step'));
    expect(reachable).to.include('summary');
    expect(reachable).to.include('followup');
  });

  it('duty to report with the report to be sent: an open task, not an error; sent: nothing open', async () => {
    const el = await checklist({ ...emptyRecord(), answers: { ...parent, childWithoutCareNow: 'no', neglectConcern: 'yes', reportAction: 'planned' }, children: [child] });
    await toSummary(el);
    const task = root(el).querySelector('.open-tasks li[data-code="report-to-send"]')!;
    expect(task.textContent).to.contain('send den i dag');
    expect(root(el).querySelector('.review-issues:not(.open-tasks) li'), 'no problem listed').to.equal(null);
    const note = root(el).querySelector('.note-preview')!.textContent!;
    expect(note).to.contain('Melding til barnevernet: Melding skal sendes');
    expect(note).not.to.match(/mishandl/i);
    await expect(el).to.be.accessible();
    el.record = { ...el.record, answers: { ...el.record.answers, reportAction: 'report-sent', reportDate: '2026-12-01' } };
    await el.updateComplete;
    expect(root(el).querySelector('.open-tasks')).to.equal(null);
  });

  it('bereaved child, the patient has died: who consents is asked first, the consent form is not shown, the entry never says "not registered"', async () => {
    const el = await checklist({ ...emptyRecord(), answers: { ...parent, triggers: ['death'], childWithoutCareNow: 'no', consentBy: 'patient' }, children: [{ ...child, answers: { ...child.answers, age: '6-9' } }] });
    for (let i = 0; i < 4 && heading(el) !== 'Samtykke'; i++) await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Samtykke');
    expect(root(el).querySelector('[data-question="consentBy"]')).not.to.equal(null);
    expect(root(el).querySelector('bsp-consent-form'), 'someone can consent: the form').not.to.equal(null);
    root(el).querySelector<HTMLInputElement>('input[id$="-consentBy-deceased"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('bsp-consent-form'), 'nobody consents for the deceased').to.equal(null);
    expect(root(el).querySelector('[data-question="deceasedAgreedWith"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
    await toSummary(el);
    expect(root(el).querySelector('.note-preview')!.textContent).not.to.match(/Samtykke er ikke registrert/);
  });

  it('duty to report: "yes" shows the duty at the answer; the report planned is an open task; back on the screening, sent: nothing open', async () => {
    const el = await checklist({ ...emptyRecord(), answers: { ...parent, childWithoutCareNow: 'no' }, children: [child] });
    await answer(el, 'neglectConcern', 'yes');
    const region = root(el).querySelector('[data-guidance-for="neglectConcern"]')!;
    expect(region.querySelector('[data-guidance="duty-to-report"]'), 'the duty at the answer').not.to.equal(null);
    expect(root(el).querySelectorAll('[data-guidance="duty-to-report"]').length, 'once on the step').to.equal(1);
    await answer(el, 'reportAction', 'planned');
    await toSummary(el);
    expect(root(el).querySelector('.open-tasks li[data-code="report-to-send"]'), 'an open task').not.to.equal(null);
    expect(root(el).querySelector('.review-issues:not(.open-tasks) li')).to.equal(null);
    await expect(el).to.be.accessible();
    // Back to the screening through the stepper (every visited step stays reachable), report sent.
    (root(el).querySelector('[part="progress"] button[data-step="screening"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await answer(el, 'reportAction', 'report-sent');
    await fill(el, 'reportDate', '2026-12-02');
    (root(el).querySelector('[part="progress"] button[data-step="summary"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.open-tasks'), 'nothing open').to.equal(null);
    const note = root(el).querySelector('.note-preview')!.textContent!;
    expect(note).to.contain('Melding til barnevernet: Bekymringsmelding sendt til barnevernstjenesten');
    expect(note).to.contain('Dato for melding til barnevernet: 02.12.2026');
    await expect(el).to.be.accessible();
  });

  it('refusal, then follow-up there: the warning is at the field at once, linked to it, gone when undone; the summary lists it', async () => {
    const refused = addConsentEntry(emptyConsentRecord(), { at: '2026-12-01T10:00:00+01:00', recipient: 'health-station', decision: 'refused', information: ['condition'], children: [], method: 'verbal' });
    const el = await checklist({
      ...emptyRecord(),
      answers: { ...parent, childWithoutCareNow: 'no', neglectConcern: 'no', consentStatus: 'refused' },
      children: [{ ...child, answers: { ...child.answers, professionalAssessment: 'followup' } }],
      consent: { ...refused, askAgainOn: '2026-12-15' },
    });
    for (let i = 0; i < 5 && heading(el) !== 'Oppfølging og henvisning'; i++) await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Oppfølging og henvisning');
    const card = root(el).querySelector('[data-child="c1"]') as HTMLDetailsElement;
    const field = () => card.querySelector('[data-question="followUpWhere"]')!;
    expect(field().querySelector('.field-notices')!.textContent!.trim(), 'nothing before the choice').to.equal('');
    expect(field().getAttribute('aria-describedby')).to.equal(null);
    // By keyboard: focus the option and press Space.
    const option = [...field().querySelectorAll('input')].find((i) => i.id.endsWith('-followUpWhere-health-station'))!;
    option.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const notice = field().querySelector('.field-notices')!;
    expect(notice.textContent).to.contain('Samtykke til helsestasjon og skolehelsetjeneste er ikke gitt eller er trukket tilbake');
    expect(notice.getAttribute('aria-live')).to.equal('polite');
    expect(field().getAttribute('aria-describedby')).to.contain(notice.id);
    expect(root(el).activeElement, 'focus stays on the option').to.equal(option);
    await expect(el).to.be.accessible();
    // Another service with no refusal: no warning for it.
    await answer(el, 'followUpWhere', 'own-service', card);
    expect(field().querySelectorAll('.field-notices p').length).to.equal(1);
    option.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(field().querySelector('.field-notices')!.textContent!.trim(), 'undone: gone').to.equal('');
    option.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await toSummary(el);
    expect(root(el).querySelector('.review-issues li[data-code="followup-consent-refused"]'), 'the review lists the same').not.to.equal(null);
  });

  it('a sibling: the guidance is in that sibling\'s card, under the relation, once', async () => {
    const el = await checklist({ ...emptyRecord(), answers: { ...parent, childWithoutCareNow: 'no', neglectConcern: 'no' }, children: [child, { id: 'c2', answers: { age: '10-12' } }] });
    await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Del 2: Barna og behovene deres');
    const card = root(el).querySelector('[data-child="c2"]') as HTMLDetailsElement;
    card.open = true;
    await el.updateComplete;
    await answer(el, 'relation', 'sibling', card);
    const boxes = root(el).querySelectorAll('[data-guidance="sibling"]');
    expect(boxes.length, 'once').to.equal(1);
    expect(boxes[0]!.closest('[data-child]')!.getAttribute('data-child'), 'in the sibling\'s card').to.equal('c2');
    expect(boxes[0]!.closest('[data-guidance-for]')!.getAttribute('data-guidance-for')).to.equal('relation');
    await expect(el).to.be.accessible();
  });

  it('a municipality\'s per-child question (overlay) is asked in each child\'s card and written under that child', async () => {
    const overlay = { addChildQuestions: [{ step: 'children', question: { id: 'childGp', type: 'text', label: 'Barnets fastlege', noteLabel: 'Barnets fastlege' } }] };
    const el = await fixture<BspChildChecklist>(
      html`<bsp-child-checklist lang="nb" .overlay=${overlay} .record=${{ ...emptyRecord(), answers: { ...parent, childWithoutCareNow: 'no', neglectConcern: 'no' }, children: [child, { id: 'c2', answers: { relation: 'child', age: '10-12' } }] }}></bsp-child-checklist>`,
    );
    await el.updateComplete;
    await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Del 2: Barna og behovene deres');
    for (const id of ['c1', 'c2']) expect(root(el).querySelector(`[data-child="${id}"] [data-question="childGp"]`), `in ${id}'s card`).not.to.equal(null);
    const card = root(el).querySelector('[data-child="c1"]') as HTMLDetailsElement;
    card.open = true;
    await el.updateComplete;
    await fill(el, 'childGp', 'Dr. Lege', card);
    await expect(el).to.be.accessible();
    await toSummary(el);
    expect(root(el).querySelector('.note-preview')!.textContent).to.match(/\nBarn 1 \(Barn, 3–5 år\):\n(- .*\n)*- Barnets fastlege: Dr\. Lege\n/);
  });

  it('a sibling patient aged 9: by keyboard, "those with parental responsibility" consent; the entry says so and never that the patient consented', async () => {
    const { consentBy: _patient, ...rest } = parent;
    const el = await checklist({ ...emptyRecord(), answers: { ...rest, childWithoutCareNow: 'no', neglectConcern: 'no', triggers: ['somatic-illness'] }, children: [{ id: 'c1', answers: { ...child.answers, relation: 'sibling', age: '10-12', responsibility: ['none'] } }] });
    for (let i = 0; i < 4 && heading(el) !== 'Samtykke'; i++) await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Samtykke');
    const parents = [...root(el).querySelectorAll('input')].find((i) => i.id.endsWith('-consentBy-parents'))!;
    parents.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(parents.checked, 'chosen by keyboard').to.equal(true);
    expect(root(el).querySelector('bsp-consent-form'), 'those with parental responsibility can consent: the form stays').not.to.equal(null);
    await expect(el).to.be.accessible();
    await toSummary(el);
    const note = root(el).querySelector('.note-preview')!.textContent!;
    expect(note).to.contain('Hvem samtykker: De med foreldreansvar (pasienten er under 16 år)');
    expect(note).not.to.contain('Pasienten selv');
    await expect(el).to.be.accessible();
  });
});
