/*
 * The hard cases in the widget (issue 27): the SDK's rules shown where the professional works.
 * - a child without care now asks what was done, and finishing names that problem with a link
 *   that lands on the field;
 * - a report to child welfare still to be sent is an open task, not an error;
 * - after "go back and fix", every visited step stays reachable in the stepper;
 * - "finish anyway" is never the primary action.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emptyRecord, type ChecklistRecord } from '@bsp/sdk';
import '../define.js';
import '@bsp/consent/define';
import type { BspChildChecklist } from './child-checklist.js';
import { clickButton, heading, root, toSummary } from '../../../../test/checklist-helpers.js';




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
});
