/*
 * Invariants of the checklist widget, tested below with many inputs:
 * - nothing a host or a storage adapter does makes it throw, blank out or lose typed answers:
 *   a throwing, rejecting or slow adapter only shows a quiet status and one `bsp-error`;
 *   a late draft never overwrites answers typed meanwhile; an unreadable draft is kept aside;
 * - the host gets exactly one `bsp-complete` per distinct record, and the draft is removed after it;
 * - every wrong-type public property gives the error view naming it;
 * - the stepper's "Steg X av Y" counts exactly the steps it lists; completed steps are buttons;
 * - focus goes where the user continues: the new child's first field, "add child" after removal;
 * - headings follow `heading-level` with no level skipped or repeated by the consent step;
 * - a record set before the element is defined is read and validated like one set after.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineElement } from '@bsp/ui';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createMemoryStorage, emptyRecord, type ChecklistRecord } from '@bsp/sdk';
import '../define.js';
import type { BspChildChecklist } from './child-checklist.js';
import { answer, clickButton, fill, heading, root, toSummary } from '../../../../test/checklist-helpers.js';
import type { ChecklistCompleteDetail } from '../events/bsp-complete.js';
import { runConformance, XSS } from '../../../../test/conformance.js';
import { expectEachRefused, revokedProxy, type BreakCase } from '../../../../test/refused-property.js';






runConformance<BspChildChecklist>({
  tag: 'bsp-child-checklist',
  render: () => html`<bsp-child-checklist></bsp-child-checklist>`,
  makeInvalid: (el) => {
    el.record = { ...emptyRecord(), children: [{ answers: {} }] };
  },
  invalidPath: 'children.0.id',
  injectXss: async (el) => {
    el.record = {
      ...emptyRecord(),
      answers: { hasChildren: 'yes', infoWho: XSS, referralTo: XSS },
      children: [{ id: 'x', label: XSS.slice(0, 60), answers: { relation: 'child', network: XSS } }],
    } satisfies ChecklistRecord;
    await el.updateComplete;
    await toSummary(el);
  },
  overrideKey: 'next',
});

describe('<bsp-child-checklist>', () => {
  it("shows its own UI text in nynorsk and English too, not only the SDK's (one area name, two loaders)", async () => {
    for (const [lang, text] of [
      ['nn', 'Del 2 blir opna berre når kartlegginga viser behov.'],
      ['en', 'Part 2 opens only when the screening shows a need.'],
    ] as const) {
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang=${lang}></bsp-child-checklist>`);
      await waitUntil(() => root(el).textContent!.includes(text), `${lang}: "${text}" never shown`);
      expect(root(el).textContent).not.to.contain('Del 2 åpnes bare');
    }
  });

  it('"no children": screening only, a short note, and bsp-complete with note and FHIR', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist subject="Patient/42"></bsp-child-checklist>`);
    expect(heading(el)).to.equal('Del 1: Kartlegging');
    await expect(el).to.be.accessible();
    await answer(el, 'hasChildren', 'no');
    await answer(el, 'childWithoutCareNow', 'no');
    await answer(el, 'neglectConcern', 'no');
    expect(root(el).querySelectorAll('.stepper li')).to.have.length(2);
    await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Oppsummering og journalnotat');
    expect(root(el).textContent).to.contain('Kartleggingen viser ikke behov for del 2');
    await expect(el).to.be.accessible();
    const note = await el.toJournalNote();
    expect(note).to.contain('Pasienten har barn eller søsken under 18 år: Nei');
    expect(note.split('\n').length).to.be.below(8);
    const done = oneEvent(el, 'bsp-complete');
    await clickButton(el, 'Fullfør');
    const { detail } = (await done) as CustomEvent<ChecklistCompleteDetail>;
    expect(detail.note).to.equal(note);
    expect(detail.fhir.questionnaireResponse['subject']).to.deep.equal({ reference: 'Patient/42' });
    expect(detail.fhir.questionnaireResponse['status']).to.equal('completed');
    expect(el.matches(':state(complete)')).to.equal(true);
  });

  it('two children (one sibling), refused consent and a referral: the note holds exactly the included items', async function () {
    // Axe runs in every state of this long walk.
    this.timeout(40000);
    const metrics: string[] = [];
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="nb" .metrics=${(m: { name: string }) => metrics.push(m.name)}></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await answer(el, 'childWithoutCareNow', 'no');
    await answer(el, 'triggers', 'somatic-illness');
    await answer(el, 'neglectConcern', 'no');
    expect(root(el).querySelectorAll('.stepper li')).to.have.length(6);
    await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Del 2: Barna og behovene deres');

    await clickButton(el, 'Legg til barn');
    await clickButton(el, 'Legg til barn');
    for (const card of root(el).querySelectorAll<HTMLDetailsElement>('details.child')) card.open = true;
    await el.updateComplete;
    const [first, second] = [...root(el).querySelectorAll('details.child')];
    await answer(el, 'relation', 'child', first);
    await answer(el, 'age', '6-9', first);
    await answer(el, 'responsibility', 'parental', first);
    await answer(el, 'responsibility', 'daily-care', first);
    await answer(el, 'informed', 'partly', first);
    await answer(el, 'parentsAssessment', 'information', first);
    await answer(el, 'professionalAssessment', 'both', first);
    await answer(el, 'relation', 'sibling', second);
    await answer(el, 'age', '13-15', second);
    await answer(el, 'informed', 'no', second);
    await fill(el, 'network', 'Bestemor er viktig', second);
    expect(root(el).querySelector('[data-guidance="sibling"]')).to.exist;
    await expect(el).to.be.accessible();

    await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Samtykke');
    await answer(el, 'consentStatus', 'refused');
    expect(root(el).querySelector('[data-guidance="consent-refused"]')!.textContent).to.contain('Barnevernet kan kontaktes for anonym drøfting');
    await expect(el).to.be.accessible();

    await clickButton(el, 'Neste');
    await fill(el, 'infoWho', 'Sykepleier sammen med mor', root(el).querySelector('details.child')!);
    await expect(el).to.be.accessible();
    await clickButton(el, 'Neste');
    // Follow-up is per child: the first child goes to the child health centre.
    const firstFollowUp = root(el).querySelector('details.child')!;
    await answer(el, 'followUpWhere', 'health-station', firstFollowUp);
    await fill(el, 'referralTo', 'Helsestasjon Sentrum', firstFollowUp);
    await fill(el, 'verifyDate', '2026-12-15', firstFollowUp);
    await expect(el).to.be.accessible();
    await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Oppsummering og journalnotat');

    // Keep what the sibling said about the network out of the journal.
    const item = root(el).querySelector<HTMLElement>('li[data-key$=":network"]')!;
    item.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    expect(root(el).textContent).to.contain('1 punkt holdes utenfor journalen.');
    await expect(el).to.be.accessible();

    const note = await el.toJournalNote();
    expect(note).not.to.contain('Bestemor');
    expect(root(el).querySelector('.note-preview')!.textContent, 'the note shown is the note copied').to.equal(note);
    // Per child, the child's label once as the group's heading (issue 27).
    expect(note).to.match(/\nBarn 1 \(Barn, 6–9 år\):\n- Pasientens ansvar for barnet: Foreldreansvar, Daglig omsorg\n/);
    expect(note).to.match(/\nBarn 2 \(Søsken, 13–15 år\):\n(- .*\n)*- Om barnet er informert: Nei\n/);
    expect(note).to.contain('Nei, samtykke ikke gitt');
    expect(note).to.contain('Henvist til: Helsestasjon Sentrum');
    // Refused, then referred there: the contradiction is in the entry.
    expect(note).to.match(/Merknader:\n(- .*\n)*- Barn 1 \(Barn, 6–9 år\): oppfølging hos helsestasjon og skolehelsetjeneste er valgt/);
    // Core items offer no "not for the record" box.
    expect(root(el).querySelector('li[data-key="child:c1:responsibility"], li[data-key$=":responsibility"] input')).to.equal(null);
    const bullets = note.split('\n').filter((l) => l.startsWith('- '));
    // Every listed item is a line, the children's identity items their groups' headings.
    const listed = [...root(el).querySelectorAll('.note-items li[data-key]:not(.excluded):not(.group-heading)')].length;
    expect(bullets.length).to.equal(listed);
    expect(root(el).querySelectorAll('.note-items li.group-heading').length).to.equal(2);

    const fhir = (await el.toFhir()).questionnaireResponse;
    expect(JSON.stringify(fhir)).not.to.contain('Bestemor');
    const mapping = (fhir['item'] as { linkId: string; item: { linkId: string }[] }[]).find((i) => i.linkId === 'mapping')!;
    expect(mapping.item.filter((i) => i.linkId === 'child')).to.have.length(2);

    // The review lists the contradiction with a way back to the step that fixes it.
    const issue = root(el).querySelector('.review-issues li[data-code="followup-consent-refused"]')!;
    expect(issue.textContent).to.contain('helsestasjon');
    expect(issue.querySelector('button')!.textContent).to.equal('Gå til «Oppfølging og henvisning»');

    // A blocking issue: "finish" asks first, inline; nothing reaches the host until confirmed.
    let completes = 0;
    el.addEventListener('bsp-complete', () => completes++);
    await clickButton(el, 'Fullfør');
    expect(completes).to.equal(0);
    const confirm = root(el).querySelector('[data-confirm-finish]')!;
    expect(confirm.textContent).to.contain('1 punkt bør rettes');
    // It names the problem, with a link to its field; "go back and fix" is the primary action, focused.
    expect(confirm.querySelector('li[data-code="followup-consent-refused"] button[data-field="followUpWhere"]')).not.to.equal(null);
    expect(root(el).activeElement!.textContent).to.equal('Gå tilbake og rett');
    expect(root(el).activeElement!.classList.contains('secondary')).to.equal(false);
    expect([...confirm.querySelectorAll('button')].find((b) => b.textContent === 'Fullfør likevel')!.classList.contains('secondary')).to.equal(true);
    await expect(el).to.be.accessible();
    const done = oneEvent(el, 'bsp-complete');
    await clickButton(el, 'Fullfør likevel');
    const { detail } = (await done) as CustomEvent<ChecklistCompleteDetail>;
    expect(detail.review.map((i) => i.code)).to.include('followup-consent-refused');
    expect(detail.note).to.equal(note);
    expect(metrics).to.include.members(['started', 'mapping-opened', 'followup-planned', 'completed']);
    expect(metrics.join(' ')).not.to.match(/Bestemor|Helsestasjon Sentrum/);
  });

  it('shows the duty-to-report guidance as soon as its trigger is answered', async function () {
    // Axe runs on every step of the walk.
    this.timeout(40000);
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist role-panel-url="#hvem-spor-jeg"></bsp-child-checklist>`);
    expect(root(el).querySelector('[data-guidance="duty-to-report"]')).to.equal(null);
    await answer(el, 'neglectConcern', 'yes');
    const box = root(el).querySelector('[data-guidance="duty-to-report"]')!;
    expect(box.textContent).to.contain('Meldeplikt til barnevernet gjelder uansett samtykke');
    expect(box.textContent).to.contain('barnevernsloven § 13-2');
    expect(box.querySelector('a')!.getAttribute('href')).to.equal('#hvem-spor-jeg');
    expect(box.closest('[aria-live]')).to.exist;
    // Right under the question that triggered it, not at the top of the step.
    expect(box.closest('[data-guidance-for]')!.getAttribute('data-guidance-for')).to.equal('neglectConcern');
    expect([...root(el).querySelectorAll('[data-question], [data-guidance="duty-to-report"]')].map((n) => n.getAttribute('data-question') ?? 'guidance').join(' ')).to.match(/neglectConcern guidance/);
    await expect(el).to.be.accessible();
    // Then a banner on every later step and in the summary, and the note says it.
    await answer(el, 'hasChildren', 'yes');
    await answer(el, 'reportAction', 'report-sent');
    await clickButton(el, 'Neste');
    while (true) {
      expect(root(el).querySelector('[data-guidance="duty-to-report"][data-banner="true"]'), heading(el)).to.exist;
      await expect(el).to.be.accessible();
      if (root(el).querySelector('.note-preview')) break;
      await clickButton(el, 'Neste');
    }
    expect(await el.toJournalNote()).to.contain('Meldeplikt til barnevernet:');
  });

  it('"don\'t know" asks for a reason and a date to ask again, and the summary says the question is open', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="nn"></bsp-child-checklist>`);
    expect(root(el).querySelector('[data-question="unclearReason"]')).to.equal(null);
    await answer(el, 'hasChildren', 'unknown');
    const order = [...root(el).querySelectorAll('[data-question]')].map((n) => n.getAttribute('data-question'));
    // The follow-up fields appear right after the question that opens them.
    expect(order.slice(order.indexOf('hasChildren'), order.indexOf('hasChildren') + 3)).to.deep.equal(['hasChildren', 'unclearReason', 'askAgainOn']);
    await fill(el, 'unclearReason', 'Pasienten var for dårleg til å svare');
    await fill(el, 'askAgainOn', '2026-11-30');
    await expect(el).to.be.accessible();
    await toSummary(el);
    expect(root(el).querySelector('.review-issues [data-code="unclear-open"]')!.textContent).to.contain('ope');
    expect(await el.toJournalNote()).to.contain('Pasienten var for dårleg til å svare');
    expect(await el.toJournalNote()).to.contain('Dato for å spørje igjen om pasienten har born: 30.11.2026');
    await expect(el).to.be.accessible();
  });

  it('a 60-character child label survives save and reload, with consent given for that child', async () => {
    const label = 'Eldste dotter, bur hjå mor, går i 9. klasse på Nordbyen skule'.slice(0, 60);
    expect(label).to.have.length(60);
    const storage = createMemoryStorage();
    const first = await fixture<BspChildChecklist>(html`<bsp-child-checklist .storage=${storage}></bsp-child-checklist>`);
    first.record = {
      ...emptyRecord(),
      answers: { hasChildren: 'yes', triggers: ['somatic-illness'] },
      children: [{ id: 'c1', label, answers: { relation: 'child', age: '13-15' } }],
      consent: { version: 2, entries: [{ id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'school', decision: 'given', information: ['condition'], children: ['c1'], method: 'verbal' }] },
    };
    await answer(first, 'neglectConcern', 'no');
    first.remove();
    const second = await fixture<BspChildChecklist>(html`<bsp-child-checklist .storage=${storage}></bsp-child-checklist>`);
    await new Promise((r) => setTimeout(r, 0));
    await second.updateComplete;
    expect(root(second).querySelector('[role="alert"]')).to.equal(null);
    expect(second.record.children[0]!.label).to.equal(label);
    expect(second.record.consent!.entries[0]!.children).to.deep.equal(['c1']);
    expect(await second.toJournalNote()).to.contain(label);
  });

  it('the entry cannot be rewritten as a whole: per-item edits with reset, stale edits flagged, an addendum', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'no');
    await clickButton(el, 'Neste');
    expect(root(el).querySelector('textarea.note'), 'no whole-note textarea').to.equal(null);
    const addendum = [...root(el).querySelectorAll<HTMLTextAreaElement>('textarea')].find((t) => t.id.endsWith('-addendum'))!;
    addendum.value = 'Samtale 23.11.';
    addendum.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(await el.toJournalNote()).to.match(/^Barn som pårørende: kartlegging[\s\S]*Tillegg:\nSamtale 23\.11\.$/);
    expect(root(el).querySelector('.note-preview')!.textContent).to.equal(await el.toJournalNote());

    // Reword one item inline; the note and the preview follow.
    const key = 'answer:childPresentNow';
    el.record = { ...el.record, answers: { ...el.record.answers, childPresentNow: 'no' } };
    await el.updateComplete;
    const item = () => root(el).querySelector<HTMLElement>(`li[data-key="${key}"]`)!;
    item().querySelector<HTMLButtonElement>('[data-edit]')!.click();
    await el.updateComplete;
    const box = item().querySelector('textarea')!;
    expect(root(el).activeElement).to.equal(box);
    box.value = 'Ingen barn til stede under samtalen.';
    [...item().querySelectorAll('button')].find((b) => b.textContent === 'Bruk teksten')!.click();
    await el.updateComplete;
    expect(await el.toJournalNote()).to.contain('- Ingen barn til stede under samtalen.');
    expect(root(el).querySelector('.note-preview')!.textContent).to.equal(await el.toJournalNote());
    await expect(el).to.be.accessible();

    // The answer changes: the edit is flagged stale.
    el.record = { ...el.record, answers: { ...el.record.answers, childPresentNow: 'yes' } };
    await el.updateComplete;
    expect(item().querySelector('.stale-edit')).to.exist;
    // Reset: back to the text from the answers.
    item().querySelector<HTMLButtonElement>('[data-edit]')!.click();
    await el.updateComplete;
    [...item().querySelectorAll('button')].find((b) => b.textContent === 'Bruk teksten fra svarene')!.click();
    await el.updateComplete;
    expect(el.record.noteEdits).to.equal(undefined);
    expect(await el.toJournalNote()).not.to.contain('Ingen barn til stede under samtalen.');
  });

  it('works by keyboard alone', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="en"></bsp-child-checklist>`);
    el.focus();
    // Tab from wherever focus landed to the first radio ("Yes"), then choose it with Space.
    for (let i = 0; i < 5 && (root(el).activeElement as HTMLInputElement | null)?.type !== 'radio'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.record.answers['hasChildren']).to.equal('yes');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.record.answers['hasChildren']).to.equal('no');
    const next = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Next')!;
    // Tab through the remaining controls until Next has focus, then press Enter.
    for (let i = 0; i < 40 && root(el).activeElement !== next; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(next);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Summary and record entry');
    expect(root(el).activeElement?.id).to.equal('step-heading');
  });

  it('removing a child keeps focus on the page (on "add a child") and drops its excluded items', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    el.record = { ...emptyRecord(), answers: { hasChildren: 'yes' }, children: [{ id: 'a', answers: {} }], excluded: ['child:a:network'] };
    await clickButton(el, 'Neste');
    await clickButton(el, 'Fjern Barn 1');
    await el.updateComplete;
    expect(el.record.children).to.deep.equal([]);
    expect(el.record.excluded).to.deep.equal([]);
    expect(root(el).activeElement?.id).to.equal('add-child');
  });

  it('keeps state through re-render and moving in the DOM', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await clickButton(el, 'Neste');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    el.setAttribute('lang', 'nn');
    await el.updateComplete;
    expect(heading(el)).to.equal('Del 2: Borna og behova deira');
    expect(el.record.answers['hasChildren']).to.equal('yes');
    other.remove();
  });

  it('stores a draft only through the host storage adapter, and restores it after a "reload"', async () => {
    const before = sessionStorage.length + localStorage.length;
    const plain = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    await answer(plain, 'hasChildren', 'yes');
    expect(sessionStorage.length + localStorage.length).to.equal(before);

    const storage = createMemoryStorage();
    const first = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="patient-1" .storage=${storage}></bsp-child-checklist>`);
    await answer(first, 'hasChildren', 'yes');
    await clickButton(first, 'Neste');
    first.remove();

    const second = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="patient-1" .storage=${storage}></bsp-child-checklist>`);
    await new Promise((r) => setTimeout(r, 0));
    await second.updateComplete;
    expect(second.record.answers['hasChildren']).to.equal('yes');
    expect(heading(second)).to.equal('Del 2: Barna og behovene deres');
    expect(root(second).textContent).to.contain('Et påbegynt utkast er hentet fram.');

    const otherPatient = await fixture<BspChildChecklist>(html`<bsp-child-checklist draft-key="patient-2" .storage=${storage}></bsp-child-checklist>`);
    expect(otherPatient.record.answers).to.deep.equal({});
  });

  it('applies a municipal overlay and refuses one that removes the legal core', async () => {
    const el = await fixture<BspChildChecklist>(
      html`<bsp-child-checklist .overlay=${{ wording: [{ id: 'hasChildren', label: { nb: 'Har du barn under 18 år?' } }] }}></bsp-child-checklist>`,
    );
    expect(root(el).querySelector('legend')!.textContent).to.equal('Har du barn under 18 år?');
    const event = oneEvent(el, 'bsp-error');
    el.overlay = { remove: ['consent'] };
    const { detail } = (await event) as CustomEvent<{ issues: { path: string }[] }>;
    expect(detail.issues[0]!.path).to.equal('remove.0');
  });

  describe('storage faults', () => {
    const flush = () => new Promise((r) => setTimeout(r, 0));
    const faulty = {
      'get throws': { get: () => { throw new Error('get'); }, set: () => {}, remove: () => {} },
      'get rejects': { get: () => Promise.reject(new Error('get')), set: () => {}, remove: () => {} },
      'set throws': { get: () => null, set: () => { throw new Error('set'); }, remove: () => {} },
      'set rejects': { get: () => null, set: () => Promise.reject(new Error('set')), remove: () => {} },
      'get returns garbage': { get: () => 42 as unknown as string, set: () => Promise.reject(new Error('set')), remove: () => {} },
    };
    for (const [name, storage] of Object.entries(faulty)) {
      it(`${name}: a quiet status, one bsp-error (storage-failed), work goes on`, async () => {
        const errors: string[] = [];
        const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist .storage=${storage} @bsp-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}></bsp-child-checklist>`);
        await flush();
        await answer(el, 'hasChildren', 'yes');
        await answer(el, 'neglectConcern', 'yes');
        await flush();
        await el.updateComplete;
        expect(el.record.answers).to.include({ hasChildren: 'yes', neglectConcern: 'yes' });
        if (name !== 'get returns garbage' || errors.length) {
          expect(errors).to.deep.equal(['storage-failed']);
          expect(root(el).textContent).to.contain('Utkastet blir ikke lagret');
        }
        expect(root(el).querySelector('[role="alert"]'), 'no error view').to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('a slow get never overwrites answers typed meanwhile', async () => {
      let resolveGet!: (v: string) => void;
      const stored = JSON.stringify({ record: { ...emptyRecord(), answers: { hasChildren: 'no', neglectConcern: 'no' } }, step: 0 });
      const storage = { get: () => new Promise<string>((r) => (resolveGet = r)), set: () => {}, remove: () => {} };
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist .storage=${storage}></bsp-child-checklist>`);
      await answer(el, 'neglectConcern', 'yes');
      resolveGet(stored);
      await flush();
      await el.updateComplete;
      expect(el.record.answers['neglectConcern']).to.equal('yes');
      expect(el.record.answers['hasChildren']).to.equal(undefined);
    });

    it('an unreadable draft is kept aside under another key, and the user starts afresh with one click', async () => {
      for (const bad of ['{not json', JSON.stringify({ record: { version: 99 } }), JSON.stringify(null), JSON.stringify({ record: { ...emptyRecord(), children: 'x' } })]) {
        const storage = createMemoryStorage();
        await storage.set('checklist:draft', bad);
        const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist .storage=${storage}></bsp-child-checklist>`);
        await flush();
        await flush();
        await el.updateComplete;
        expect(await storage.get('checklist:draft:unreadable')).to.equal(bad);
        expect(root(el).textContent).to.contain('lagt til side, ikke slettet');
        expect(heading(el)).to.equal('Del 1: Kartlegging');
        await expect(el).to.be.accessible();
        await clickButton(el, 'Begynn på nytt');
        expect(root(el).textContent).not.to.contain('lagt til side');
      }
    });

    it('a draft step of -1, NaN, 1e9 or "2" lands on a real step', async () => {
      for (const step of [-1, 'NaN', 1e9, '2', 2.5, null]) {
        const storage = createMemoryStorage();
        await storage.set('checklist:draft', JSON.stringify({ record: { ...emptyRecord(), answers: { hasChildren: 'yes' } }, step }));
        const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist .storage=${storage}></bsp-child-checklist>`);
        await flush();
        await el.updateComplete;
        expect(el.record.answers['hasChildren']).to.equal('yes');
        expect(root(el).querySelector('#step-heading')!.textContent!.trim()).not.to.equal('');
        expect(root(el).querySelector('[aria-current="step"]')).to.exist;
      }
    });
  });

  it('finish twice gives one bsp-complete; after a change, one more; the draft is removed once the host has it', async () => {
    const storage = createMemoryStorage();
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist .storage=${storage}></bsp-child-checklist>`);
    const completes: ChecklistCompleteDetail[] = [];
    let draftWhenHandled: string | null | undefined;
    el.addEventListener('bsp-complete', async (e) => {
      completes.push((e as CustomEvent<ChecklistCompleteDetail>).detail);
      draftWhenHandled ??= await storage.get('checklist:draft');
    });
    await answer(el, 'hasChildren', 'no');
    await clickButton(el, 'Neste');
    expect(await storage.get('checklist:draft')).to.be.a('string');
    await clickButton(el, 'Fullfør');
    await clickButton(el, 'Fullfør');
    await new Promise((r) => setTimeout(r, 0));
    expect(completes).to.have.length(1);
    expect(draftWhenHandled, 'draft still there while the host handles the event').to.be.a('string');
    expect(await storage.get('checklist:draft'), 'removed after').to.equal(null);
    expect(root(el).textContent).to.contain('allerede fullført');
    await clickButton(el, 'Tilbake');
    await answer(el, 'neglectConcern', 'no');
    await clickButton(el, 'Neste');
    await clickButton(el, 'Fullfør');
    expect(completes).to.have.length(2);
  });

  it('wrong-type properties, hostile records and overlays give the error view naming them, never a throw', async () => {
    const cases: BreakCase<BspChildChecklist>[] = [
      ['rolePanelUrl', (el) => ((el as unknown as { rolePanelUrl: unknown }).rolePanelUrl = 42)],
      ['subject', (el) => ((el as unknown as { subject: unknown }).subject = ['Patient/1'])],
      ['subject', (el) => (el.subject = 'x'.repeat(2_001))],
      ['draftKey', (el) => ((el as unknown as { draftKey: unknown }).draftKey = { key: 1 })],
      ['headingLevel', (el) => (el.headingLevel = 0)],
      ['headingLevel', (el) => (el.headingLevel = Number.NaN)],
      ['record', (el) => (el.record = { ...emptyRecord(), get answers(): never { throw new Error('getter'); } })],
      ['record', (el) => (el.record = revokedProxy())],
      ['overlay', (el) => (el.overlay = revokedProxy())],
      ['overlay', (el) => (el.overlay = { get wording(): never { throw new Error('getter'); } })],
    ];
    await expectEachRefused(() => html`<bsp-child-checklist></bsp-child-checklist>`, cases, { axe: true });
  });

  it('null or undefined in a string property means unset: no error, the default behaviour', async () => {
    for (const value of [null, undefined]) {
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
      const errors: Event[] = [];
      el.addEventListener('bsp-error', (e) => errors.push(e));
      Object.assign(el, { subject: value, draftKey: value, rolePanelUrl: value });
      await el.updateComplete;
      expect(errors).to.have.length(0);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(root(el).querySelector('[part="step"]')).not.to.equal(null);
    }
  });

  it('a real stepper: aria-current, completed steps are buttons that go back, "Steg X av Y" counts the listed steps', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await answer(el, 'triggers', 'somatic-illness');
    await clickButton(el, 'Neste');
    await clickButton(el, 'Neste');
    const items = [...root(el).querySelectorAll('.stepper li')];
    const count = root(el).querySelector('.step-count')!.textContent!;
    expect(count).to.contain(`Steg 3 av ${items.length}`);
    expect(items[2]!.getAttribute('aria-current')).to.equal('step');
    expect(items.slice(0, 2).every((li) => li.querySelector('button'))).to.equal(true);
    expect(items.slice(2).some((li) => li.querySelector('button'))).to.equal(false);
    await expect(el).to.be.accessible();
    items[0]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Del 1: Kartlegging');
    expect(root(el).activeElement?.id).to.equal('step-heading');
  });

  it('heading-level: the widget heading at that level, the step one below, consent step without its own heading', async () => {
    for (const level of [1, 2, 3, 5]) {
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist heading-level=${level}></bsp-child-checklist>`);
      expect(root(el).querySelector(`h${level}.title`)).to.exist;
      expect(root(el).querySelector(`h${level + 1}#step-heading`)).to.exist;
      expect(root(el).querySelectorAll(`h${level}`)).to.have.length(1);
    }
  });

  it('builds on the shared classes\' documented anatomy, with no local copies of their rules', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await answer(el, 'triggers', 'somatic-illness');
    await clickButton(el, 'Neste');
    await clickButton(el, 'Legg til barn');
    // Segmented: the native radio inside its label; stepper: an ol numbering the steps; child: a card.
    const segment = root(el).querySelector('.segmented > label > input[type="radio"]');
    expect(segment, 'a segmented answer').not.to.equal(null);
    expect(root(el).querySelector('ol.stepper > li[aria-current="step"]')).not.to.equal(null);
    expect(root(el).querySelector('ol.stepper > li > button')).not.to.equal(null);
    expect(root(el).querySelector('details.card > summary.card-summary + .card-body')).not.to.equal(null);
    const own = (el.constructor as typeof HTMLElement & { styles: { cssText: string }[] }).styles.at(-1)!.cssText;
    expect(own).not.to.match(/\.(segmented|stepper|card|card-summary|banner)\b[^{]*\{/);
  });

  it('children are compact cards: one summary line when collapsed, focus into a new child, on "add child" after removal', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await answer(el, 'triggers', 'somatic-illness');
    await clickButton(el, 'Neste');
    await clickButton(el, 'Legg til barn');
    const first = root(el).querySelector<HTMLDetailsElement>('details.child')!;
    expect(first.open).to.equal(true);
    expect(root(el).activeElement, 'focus in the new child').to.equal(first.querySelector('input'));
    await answer(el, 'relation', 'child', first);
    await answer(el, 'age', '6-9', first);
    for (const [q, v] of [['responsibility', 'parental'], ['informed', 'yes'], ['parentsAssessment', 'information'], ['professionalAssessment', 'both']]) await answer(el, q!, v!, first);
    await clickButton(el, 'Legg til barn');
    const [a, b] = [...root(el).querySelectorAll<HTMLDetailsElement>('details.child')];
    expect(a!.open, 'earlier child folds').to.equal(false);
    expect(a!.querySelector('summary')!.textContent).to.equal('Barn 1: Barn, 6–9 år · 4 av 4 punkter');
    expect(b!.querySelector('summary')!.textContent).to.equal('Barn 2: ikke fylt ut · 0 av 4 punkter');
    expect(root(el).activeElement).to.equal(b!.querySelector('input'));
    await expect(el).to.be.accessible();
    b!.querySelector<HTMLButtonElement>('.child-remove')!.click();
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('add-child');
  });

  it('two children, both collapsed, fit in 2,200 px at 1280 px wide (measured)', async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
      await answer(el, 'hasChildren', 'yes');
      await answer(el, 'triggers', 'somatic-illness');
      await clickButton(el, 'Neste');
      for (const [relation, age] of [['child', '6-9'], ['sibling', '13-15']]) {
        await clickButton(el, 'Legg til barn');
        const card = [...root(el).querySelectorAll<HTMLDetailsElement>('details.child')].at(-1)!;
        await answer(el, 'relation', relation!, card);
        await answer(el, 'age', age!, card);
      }
      const open = el.getBoundingClientRect().height;
      for (const card of root(el).querySelectorAll<HTMLDetailsElement>('details.child')) card.open = false;
      await el.updateComplete;
      const collapsed = el.getBoundingClientRect().height;
      expect(collapsed, `collapsed ${collapsed} px (open: ${open} px)`).to.be.at.most(2200);
      expect(collapsed).to.be.below(open);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('axe-clean on every step, with two children and critical guidance, in nb, nn and en', async function () {
    this.timeout(90000);
    for (const lang of ['nb', 'nn', 'en']) {
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang=${lang}></bsp-child-checklist>`);
      el.record = {
        ...emptyRecord(),
        answers: { hasChildren: 'yes', triggers: ['somatic-illness'], neglectConcern: 'yes', childWithoutCareNow: 'yes' },
        children: [
          { id: 'a', answers: { relation: 'child', age: '6-9' } },
          { id: 'b', label: 'Eldste', answers: { relation: 'sibling', age: '13-15', followUpWhere: ['health-station'] } },
        ],
        consent: { version: 2, entries: [{ id: 'e', at: '2026-11-23T10:00:00Z', recipient: 'health-station', decision: 'refused', information: [], children: [] }] },
      };
      await el.updateComplete;
      for (let i = 0; i < 8; i++) {
        await expect(el, `${lang}: ${heading(el)}`).to.be.accessible();
        if (root(el).querySelector('.note-preview')) break;
        await clickButton(el, /^(Neste|Next)$/);
      }
      expect(root(el).querySelectorAll('.critical-banners [data-guidance]').length, lang).to.be.at.least(2);
    }
  });

  it('a record set before the element is defined is read and validated like one set after', async () => {
    const Checklist = customElements.get('bsp-child-checklist')! as unknown as { new (): BspChildChecklist };
    const valid = { ...emptyRecord(), answers: { hasChildren: 'yes', interpreter: 'no' } } as ChecklistRecord;
    const cases: [string, unknown, boolean][] = [
      ['valid', valid, true],
      ['invalid', { ...valid, answers: { hasChildren: { nested: XSS } } }, false],
      ['hostile', revokedProxy(), false],
    ];
    for (const [what, record, ok] of cases) {
      const tag = `bsp-checklist-late-${what}`;
      const el = document.createElement(tag) as BspChildChecklist;
      (el as { record: unknown }).record = record;
      document.body.append(el);
      const errors: string[] = [];
      el.addEventListener('bsp-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
      defineElement(tag, class extends (Checklist as unknown as typeof HTMLElement) {});
      await waitUntil(() => el.shadowRoot?.querySelector(ok ? '#step-heading' : '[role="alert"]'), `${what}: shown`);
      await (el as BspChildChecklist).updateComplete;
      if (ok) expect(el.record.answers, what).to.deep.equal(valid.answers);
      else expect(errors, `${what}: refused`).to.have.length(1);
      if (!ok) expect(el.record.answers, what).to.deep.equal({});
      el.remove();
    }
  });
});
