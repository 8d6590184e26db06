import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryStorage, emptyRecord, type ChecklistRecord } from '@bsp/sdk';
import '../define.js';
import type { BspChildChecklist } from './child-checklist.js';
import type { ChecklistCompleteDetail } from '../events/bsp-complete.js';
import { runConformance, XSS } from '../../../../test/conformance.js';

const root = (el: BspChildChecklist) => el.shadowRoot!;
const heading = (el: BspChildChecklist) => root(el).querySelector('#step-heading')!.textContent!.trim();
const inputs = (scope: ParentNode) => [...scope.querySelectorAll('input')];

async function answer(el: BspChildChecklist, questionId: string, value: string, scope: ParentNode = root(el)) {
  const input = inputs(scope).find((i) => i.id.endsWith(`-${questionId}-${value}`));
  if (!input) throw new Error(`no input for ${questionId}=${value}`);
  input.click();
  await el.updateComplete;
}

async function fill(el: BspChildChecklist, questionId: string, value: string, scope: ParentNode = root(el)) {
  const input = inputs(scope).find((i) => i.id.endsWith(`-${questionId}`))!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function clickButton(el: BspChildChecklist, name: string | RegExp) {
  const button = [...root(el).querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!)));
  if (!button) throw new Error(`no button ${name}`);
  button.click();
  await el.updateComplete;
}

async function toSummary(el: BspChildChecklist) {
  for (let i = 0; i < 8 && !root(el).querySelector('textarea.note'); i++) await clickButton(el, /Neste|Next/);
}

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
  it('"no children": screening only, a short note, and bsp-complete with note and FHIR', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist subject="Patient/42"></bsp-child-checklist>`);
    expect(heading(el)).to.equal('Del 1: Kartlegging');
    await expect(el).to.be.accessible();
    await answer(el, 'hasChildren', 'no');
    await answer(el, 'childWithoutCareNow', 'no');
    await answer(el, 'neglectConcern', 'no');
    expect(root(el).querySelectorAll('.progress li')).to.have.length(2);
    await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Oppsummering og journalnotat');
    expect(root(el).textContent).to.contain('Kartleggingen viser ikke behov for del 2');
    await expect(el).to.be.accessible();
    const note = el.toJournalNote();
    expect(note).to.contain('barn eller søsken under 18 år? Nei');
    expect(note.split('\n').length).to.be.below(8);
    const done = oneEvent(el, 'bsp-complete');
    await clickButton(el, 'Fullfør');
    const { detail } = (await done) as CustomEvent<ChecklistCompleteDetail>;
    expect(detail.note).to.equal(note);
    expect(detail.fhir.questionnaireResponse['subject']).to.deep.equal({ reference: 'Patient/42' });
    expect(detail.fhir.questionnaireResponse['status']).to.equal('completed');
    expect(el.matches(':state(complete)')).to.equal(true);
  });

  it('two children (one sibling), refused consent and a referral: the note holds exactly the included items', async () => {
    const metrics: string[] = [];
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="nb" .metrics=${(m: { name: string }) => metrics.push(m.name)}></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'yes');
    await answer(el, 'childWithoutCareNow', 'no');
    await answer(el, 'triggers', 'somatic-illness');
    await answer(el, 'neglectConcern', 'no');
    expect(root(el).querySelectorAll('.progress li')).to.have.length(6);
    await clickButton(el, 'Neste');
    expect(heading(el)).to.equal('Del 2: Barna og behovene deres');

    await clickButton(el, 'Legg til barn');
    await clickButton(el, 'Legg til barn');
    const [first, second] = [...root(el).querySelectorAll('fieldset.child')];
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
    await fill(el, 'infoWho', 'Sykepleier sammen med mor', root(el).querySelector('fieldset.child')!);
    await expect(el).to.be.accessible();
    await clickButton(el, 'Neste');
    // Follow-up is per child: the first child goes to the child health centre.
    const firstFollowUp = root(el).querySelector('fieldset.child')!;
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

    const note = el.toJournalNote();
    expect(note).not.to.contain('Bestemor');
    expect(root(el).querySelector<HTMLTextAreaElement>('textarea.note')!.value).to.equal(note);
    expect(note).to.contain('Barn 1 (Barn, 6–9 år): Foreldreansvar, Daglig omsorg');
    expect(note).to.contain('Barn 2 (Søsken, 13–15 år): Nei');
    expect(note).to.contain('Nei, samtykke ikke gitt');
    expect(note).to.contain('Henvist til (tjeneste) Helsestasjon Sentrum');
    // Refused, then referred there: the contradiction is in the entry.
    expect(note).to.match(/Merknader:\n- Barn 1 \(Barn, 6–9 år\): oppfølging hos helsestasjon og skolehelsetjeneste er valgt/);
    // Core items offer no "not for the record" box.
    expect(root(el).querySelector('li[data-key="child:c1:responsibility"], li[data-key$=":responsibility"] input')).to.equal(null);
    const bullets = note.split('\n').filter((l) => l.startsWith('- '));
    const listed = [...root(el).querySelectorAll('.note-items li:not(.excluded)')].length;
    expect(bullets.length).to.equal(listed);

    const fhir = el.toFhir().questionnaireResponse;
    expect(JSON.stringify(fhir)).not.to.contain('Bestemor');
    const mapping = (fhir['item'] as { linkId: string; item: { linkId: string }[] }[]).find((i) => i.linkId === 'mapping')!;
    expect(mapping.item.filter((i) => i.linkId === 'child')).to.have.length(2);

    const done = oneEvent(el, 'bsp-complete');
    await clickButton(el, 'Fullfør');
    await done;
    expect(metrics).to.include.members(['started', 'mapping-opened', 'followup-planned', 'completed']);
    expect(metrics.join(' ')).not.to.match(/Bestemor|Helsestasjon Sentrum/);
  });

  it('shows the duty-to-report guidance as soon as its trigger is answered', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist role-panel-url="#hvem-spor-jeg"></bsp-child-checklist>`);
    expect(root(el).querySelector('[data-guidance="duty-to-report"]')).to.equal(null);
    await answer(el, 'neglectConcern', 'yes');
    const box = root(el).querySelector('[data-guidance="duty-to-report"]')!;
    expect(box.textContent).to.contain('Meldeplikt til barnevernet gjelder uansett samtykke');
    expect(box.textContent).to.contain('barnevernsloven § 13-2');
    expect(box.querySelector('a')!.getAttribute('href')).to.equal('#hvem-spor-jeg');
    expect(box.closest('[aria-live]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the entry cannot be rewritten as a whole; free text goes in an addendum', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    await answer(el, 'hasChildren', 'no');
    await clickButton(el, 'Neste');
    expect(root(el).querySelector<HTMLTextAreaElement>('textarea.note')!.readOnly).to.equal(true);
    const addendum = root(el).querySelector<HTMLTextAreaElement>('textarea.addendum')!;
    addendum.value = 'Samtale 23.11.';
    addendum.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.toJournalNote()).to.match(/^Barn som pårørende: kartlegging[\s\S]*Tillegg:\nSamtale 23\.11\.$/);
    await expect(el).to.be.accessible();
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
});
