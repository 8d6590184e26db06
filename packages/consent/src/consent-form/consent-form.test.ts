/*
 * Invariants of the consent form, tested below with many inputs:
 * - nothing is decided for the user: no information class or child is pre-ticked;
 * - a refusal never asks how consent was given, and is recorded without a method;
 * - a withdrawal happens only after an inline confirmation, and the history keeps every entry;
 * - history entries name the children they cover (labels at display time, ids in the record);
 * - printing with `print-isolated` shows only this form, prefilled with the current decisions;
 * - as a form control its value is always the record as JSON; it is invalid exactly while a
 *   chosen decision is not registered; reset returns to the record the host gave;
 * - a wrong-type property or unreadable record gives the error view naming it, never a throw.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { CONSENT_RECIPIENTS, type ConsentRecord } from '@bsp/sdk';
import '../define.js';
import '@bsp/checklist/define';
import { consentPaper, type BspConsentForm } from './consent-form.js';
import { runConformance, XSS } from '../../../../test/conformance.js';
import { expectEachRefused, revokedProxy, type BreakCase } from '../../../../test/refused-property.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const recipient = (el: BspConsentForm, id: string) => root(el).querySelector<HTMLFieldSetElement>(`[data-recipient="${id}"]`)!;
const inputIn = (scope: ParentNode, suffix: string) => [...scope.querySelectorAll('input')].find((i) => i.id.endsWith(suffix))!;

async function decide(el: BspConsentForm, id: string, decision: 'given' | 'refused') {
  inputIn(recipient(el, id), `-${id}-${decision}`).click();
  await el.updateComplete;
}

async function giveAll(el: BspConsentForm, id: string) {
  await decide(el, id, 'given');
  for (const info of ['condition', 'treatment', 'practical']) inputIn(recipient(el, id), `-info-${info}`).click();
  await el.updateComplete;
}

async function press(el: HTMLElement, name: string | RegExp) {
  const b = [...root(el).querySelectorAll('button')].find((x) => (typeof name === 'string' ? x.textContent!.trim() === name : name.test(x.textContent!)))!;
  b.click();
  await (el as BspConsentForm).updateComplete;
}

runConformance<BspConsentForm>({
  tag: 'bsp-consent-form',
  render: () => html`<bsp-consent-form></bsp-consent-form>`,
  makeInvalid: (el) => {
    el.record = { version: 2, entries: [{ id: 'x', at: 'i går', recipient: 'gp', decision: 'given', information: [], children: [], method: 'verbal' }] };
  },
  invalidPath: 'entries.0.at',
  injectXss: (el) => {
    el.record = {
      version: 2,
      entries: [{ id: 'x', at: '2026-11-23T10:00:00Z', recipient: 'other', recipientName: XSS, decision: 'given', information: ['condition'], informationOther: XSS, children: [XSS.slice(0, 60)], method: 'verbal', recordedBy: XSS }],
    } satisfies ConsentRecord;
  },
  overrideKey: 'heading',
});

describe('<bsp-consent-form>', () => {
  it("shows its own UI text in English too, not only the SDK's (one area name, two loaders)", async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang="en"></bsp-consent-form>`);
    await waitUntil(() => root(el).textContent!.includes('Print a blank form'), '"Print a blank form" never shown');
    expect(root(el).textContent).not.to.contain('Skriv ut tomt skjema');
  });

  it('records full consent per recipient and emits the record', async () => {
    const metrics: string[] = [];
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form recorded-by="Sykepleier A" subject="Patient/1" .metrics=${(m: { name: string }) => metrics.push(m.name)}></bsp-consent-form>`);
    await giveAll(el, 'health-station');
    await giveAll(el, 'gp');
    await expect(el).to.be.accessible();
    const change = oneEvent(el, 'bsp-change');
    await press(el, 'Registrer samtykket');
    const { detail } = (await change) as CustomEvent<{ widget: string; record: ConsentRecord }>;
    expect(detail.widget).to.equal('consent');
    expect(detail.record.entries.map((e) => [e.recipient, e.decision, e.recordedBy])).to.deep.equal([
      ['health-station', 'given', 'Sykepleier A'],
      ['gp', 'given', 'Sykepleier A'],
    ]);
    expect(root(el).textContent).to.contain('Status: Samtykke gitt');
    expect(metrics).to.deep.equal(['consent-full']);
    expect((await el.toFhir())['status']).to.equal('active');
  });

  it('records partial consent (some recipients, some information)', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang="nn" .childOptions=${[{ id: 'a', label: 'Barn 1' }]}></bsp-consent-form>`);
    await decide(el, 'school', 'given');
    const boxes = [...recipient(el, 'school').querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.filter((b) => b.checked), 'nothing pre-ticked').to.have.length(0);
    inputIn(recipient(el, 'school'), '-info-practical').click();
    inputIn(recipient(el, 'school'), '-child-a').click();
    await el.updateComplete;
    await decide(el, 'other-parent', 'refused');
    await press(el, 'Registrer samtykket');
    const [school] = el.record.entries;
    expect(school!.information).to.deep.equal(['practical']);
    expect(school!.children, 'children by id').to.deep.equal(['a']);
    expect(root(el).querySelector('[part="history"]')!.textContent).to.contain('Barn 1');
    expect(root(el).textContent).to.contain('Status: Delvis samtykke');
    expect(root(el).querySelector('[part="refusal"]')!.textContent).to.contain('Eit nei til samtykke er i seg sjølv ikkje grunn til bekymringsmelding');
    await expect(el).to.be.accessible();
  });

  it('shows the refusal path with a date to ask again, and the duty to report', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang="en" role-panel-url="#who" subject="Patient/1"></bsp-consent-form>`);
    await decide(el, 'health-station', 'refused');
    expect(recipient(el, 'health-station').textContent, 'no "how was consent given" on refusal').not.to.contain('How consent was given');
    await press(el, 'Record the consent');
    const refusal = root(el).querySelector('[part="refusal"]')!;
    expect(refusal.textContent).to.contain('Keep the child in focus');
    expect(refusal.textContent).to.contain('consulted anonymously');
    expect(refusal.querySelector('a')!.getAttribute('href')).to.equal('#who');
    expect(root(el).textContent).to.contain('The duty to report applies regardless of consent');
    const date = refusal.querySelector<HTMLInputElement>('input[type=date]')!;
    date.value = '2027-01-10';
    date.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.record.askAgainOn).to.equal('2027-01-10');
    expect((await el.toFhir())['status']).to.equal('active'); // a refusal in force: active with deny provisions (issue 31)
    await expect(el).to.be.accessible();
  });

  it('a withdrawal keeps the earlier entry in the history', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form></bsp-consent-form>`);
    await giveAll(el, 'gp');
    await press(el, 'Registrer samtykket');
    await press(el, 'Trekk tilbake samtykke til fastlege');
    expect(el.record.entries, 'nothing withdrawn before confirming').to.have.length(1);
    expect(root(el).activeElement?.textContent).to.equal('Ja, trekk tilbake');
    await expect(el).to.be.accessible();
    await press(el, 'Avbryt');
    expect(el.record.entries).to.have.length(1);
    await press(el, 'Trekk tilbake samtykke til fastlege');
    await press(el, 'Ja, trekk tilbake');
    const entries = el.record.entries;
    expect(entries.map((e) => e.decision)).to.deep.equal(['given', 'withdrawn']);
    const rows = root(el).querySelectorAll('[part="history"] > li');
    expect(rows).to.have.length(2);
    // Newest first.
    expect(rows[0]!.textContent).to.contain('Trukket tilbake');
    expect(rows[1]!.textContent).to.contain('Samtykker');
    expect(root(el).textContent).to.contain('Status: Samtykke ikke gitt');
    await expect(el).to.be.accessible();
  });

  it('prints a paper form with every recipient and signature lines, rendered only for printing', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form></bsp-consent-form>`);
    const paperOf = () => root(el).querySelector<HTMLElement>('[part="paper"]');
    expect(paperOf(), 'no paper form on screen').to.equal(null);
    // Ctrl+P once the page is idle (the paper's code is fetched then; before it, the form prints
    // under a notice: consent-form.lazy tests). A busy machine may take longer than one idle tick.
    await consentPaper.load();
    // Ctrl+P: the browser fires beforeprint, then prints; afterprint when the dialog closes.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(paperOf()?.querySelectorAll('[data-paper-recipient]'), 'paper form on beforeprint').to.have.length(CONSENT_RECIPIENTS.length);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(paperOf(), 'gone after printing').to.equal(null);
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => paperOf(), 'paper form while print media applies', { timeout: 5000 });
      const paper = paperOf()!;
      expect(getComputedStyle(paper).display).to.equal('block');
      expect(getComputedStyle(root(el).querySelector('.screen')!).display).to.equal('none');
      expect(paper.querySelectorAll('[data-paper-recipient]')).to.have.length(CONSENT_RECIPIENTS.length);
      expect(paper.textContent).to.contain('Underskrift (pasienten, eller de med foreldreansvar når pasienten er under 16 år)');
      expect(paper.textContent).to.contain('Helsepersonellets underskrift');
      expect(paper.querySelectorAll('.signature .line')).to.have.length(3);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await waitUntil(() => !paperOf(), 'paper form gone when print media no longer applies', { timeout: 5000 });
  });

  it('with print-isolated, printing shows only this form, prefilled with the recorded decisions; blank on request', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <header id="host-header">Vertens side</header>
      <main><p id="host-text">Annen tekst</p><bsp-consent-form print-isolated .childOptions=${[{ id: 'c1', label: 'Eget barn, 8 år' }]}></bsp-consent-form></main>
    </div>`);
    const el = page.querySelector<BspConsentForm>('bsp-consent-form')!;
    await el.updateComplete;
    await giveAll(el, 'gp');
    await decide(el, 'health-station', 'refused');
    await press(el, 'Registrer samtykket');
    const printed = window.print;
    let printedBlank: boolean | undefined;
    window.print = () => {
      printedBlank = root(el).querySelector('[data-paper-recipient="gp"]')!.getAttribute('data-decision') === null;
    };
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => root(el).querySelector('[part="paper"]'), 'paper form while print media applies', { timeout: 5000 });
      expect(getComputedStyle(page.querySelector('#host-header')!).display).to.equal('none');
      expect(getComputedStyle(page.querySelector('#host-text')!).display).to.equal('none');
      expect(getComputedStyle(el).display).to.equal('block');
      const paper = root(el).querySelector<HTMLElement>('[part="paper"]')!;
      expect(getComputedStyle(paper).display).to.equal('block');
      expect(paper.querySelector('[data-paper-recipient="gp"]')!.getAttribute('data-decision')).to.equal('given');
      expect(paper.querySelector('[data-paper-recipient="gp"]')!.textContent).to.contain('✕');
      expect(paper.querySelector('[data-paper-recipient="health-station"]')!.getAttribute('data-decision')).to.equal('refused');
      expect(paper.textContent).to.contain('Eget barn, 8 år');
      await el.print({ blank: true });
      await el.updateComplete;
      expect(printedBlank, 'blank form printed').to.equal(true);
      expect(paper.querySelector('[data-paper-recipient="gp"]')!.getAttribute('data-decision'), 'prefilled again after').to.equal('given');
    } finally {
      window.print = printed;
      await emulateMedia({ media: 'screen' });
    }
  });

  it('labels never break mid-word at 320 px ("Ne i"), and the history lists children per decision', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form style="width: 320px" .childOptions=${[{ id: 'a', label: 'Barn 1' }, { id: 'b', label: 'Barn 2' }]}></bsp-consent-form>`);
    await decide(el, 'school', 'given');
    inputIn(recipient(el, 'school'), '-info-practical').click();
    inputIn(recipient(el, 'school'), '-child-b').click();
    await el.updateComplete;
    await press(el, 'Registrer samtykket');
    for (const lang of ['nb', 'nn', 'en']) {
      el.setAttribute('lang', lang);
      await el.updateComplete;
      for (const span of root(el).querySelectorAll('.segmented > label span')) {
        expect(span.getClientRects().length, `"${span.textContent}" on one line`).to.equal(1);
      }
    }
    el.setAttribute('lang', 'nb');
    await el.updateComplete;
    const entry = root(el).querySelector('[part="history"] > li')!;
    expect(entry.textContent).to.contain('Barn 2');
    expect(entry.textContent).not.to.contain('Barn 1');
    await expect(el).to.be.accessible();
  });

  it('is a form control: JSON value under its name, invalid while a decision is unregistered, reset and restore', async () => {
    const given = { version: 2, entries: [{ id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'gp', decision: 'given', information: ['condition'], children: [], method: 'verbal' }] } satisfies ConsentRecord;
    const form = await fixture<HTMLFormElement>(html`<form><bsp-consent-form name="samtykke" .record=${given}></bsp-consent-form></form>`);
    const el = form.querySelector<BspConsentForm>('bsp-consent-form')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(JSON.parse(new FormData(form).get('samtykke') as string)).to.deep.equal(given);
    expect(el.checkValidity()).to.equal(true);
    await decide(el, 'school', 'given');
    expect(el.checkValidity(), 'chosen, not registered').to.equal(false);
    expect(el.validationMessage).to.contain('barnehage eller skole');
    inputIn(recipient(el, 'school'), '-info-practical').click();
    await el.updateComplete;
    await press(el, 'Registrer samtykket');
    expect(el.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('samtykke') as string).entries).to.have.length(2);
    form.reset();
    await el.updateComplete;
    expect(el.record).to.deep.equal(given);
    el.formStateRestoreCallback(JSON.stringify({ version: 2, entries: [] }));
    await el.updateComplete;
    expect(el.record.entries).to.have.length(0);
    el.formStateRestoreCallback('{not json');
    expect(el.record.entries).to.have.length(0);
  });

  it('wrong-type properties and unreadable records give the error view naming them, never a throw', async () => {
    const cases: BreakCase<BspConsentForm>[] = [
      ['rolePanelUrl', (el) => ((el as unknown as { rolePanelUrl: unknown }).rolePanelUrl = 42)],
      ['recordedBy', (el) => ((el as unknown as { recordedBy: unknown }).recordedBy = {})],
      ['childOptions', (el) => ((el as unknown as { childOptions: unknown }).childOptions = 'Barn 1')],
      ['childOptions', (el) => ((el as unknown as { childOptions: unknown }).childOptions = [{ id: 1 }])],
      ['headingLevel', (el) => (el.headingLevel = 9)],
      ['record', (el) => (el.record = { get entries() { throw new Error('boom'); }, version: 1 })],
      ['record', (el) => (el.record = revokedProxy())],
    ];
    await expectEachRefused(() => html`<bsp-consent-form></bsp-consent-form>`, cases);
    // A framework's reactive Proxy is read, not refused.
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form></bsp-consent-form>`);
    el.record = new Proxy({ version: 2, entries: [] }, {});
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('consent given without any information chosen is not recorded: the form says what is missing', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form></bsp-consent-form>`);
    await decide(el, 'gp', 'given');
    await press(el, 'Registrer samtykket');
    expect(el.record.entries).to.have.length(0);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Velg hvilken informasjon samtykket til fastlege gjelder');
    inputIn(recipient(el, 'gp'), '-info-other').value = 'Innleggelsesdato';
    inputIn(recipient(el, 'gp'), '-info-other').dispatchEvent(new Event('change'));
    await el.updateComplete;
    await press(el, 'Registrer samtykket');
    expect(el.record.entries[0]!.informationOther).to.equal('Innleggelsesdato');
  });

  it('heading-level sets the form heading level', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form heading-level="3"></bsp-consent-form>`);
    expect(root(el).querySelector('.screen h3')!.textContent).to.equal('Samtykke til oppfølging av barn');
    expect(root(el).querySelector('.screen h2')).to.equal(null);
    expect(root(el).querySelector('.screen h4')).to.exist;
  });

  it('works by keyboard alone', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang="en"></bsp-consent-form>`);
    const first = inputIn(recipient(el, 'child'), '-child-given');
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // Tab on to the first information class and tick it: nothing is pre-ticked.
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLInputElement).id).to.match(/-child-info-condition$/);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const save = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Record the consent')!;
    for (let i = 0; i < 80 && root(el).activeElement !== save; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(save);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.record.entries[0]!.recipient).to.equal('child');
  });

  it('inside a checklist at heading-level 5 or 6 it gets a level it accepts (h6 at most), not an error view', async () => {
    for (const level of [4, 5, 6]) {
      const checklist = await fixture<HTMLElementTagNameMap['bsp-child-checklist']>(html`<bsp-child-checklist heading-level=${level}></bsp-child-checklist>`);
      checklist.record = { version: 2, procedure: 'bsp-national-default', answers: { hasChildren: 'yes' }, children: [{ id: 'c1', answers: { relation: 'child', age: '6-9' } }], excluded: [] };
      await checklist.updateComplete;
      for (let i = 0; i < 2; i++) {
        [...root(checklist).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Neste')!.click();
        await checklist.updateComplete;
      }
      const form = root(checklist).querySelector<BspConsentForm>('bsp-consent-form')!;
      await form.updateComplete;
      expect(form.getAttribute('heading-level'), `at ${level}`).to.equal(String(Math.min(6, level + 2)));
      expect(root(form).querySelector('.error-view'), `at ${level}`).to.equal(null);
    }
  });

  it('inside <bsp-child-checklist> it shares the checklist record: consent reaches the note and FHIR', async () => {
    const checklist = await fixture<HTMLElementTagNameMap['bsp-child-checklist']>(html`<bsp-child-checklist></bsp-child-checklist>`);
    checklist.record = { version: 2, procedure: 'bsp-national-default', answers: { hasChildren: 'yes' }, children: [{ id: 'c1', answers: { relation: 'child', age: '6-9' } }], excluded: [] };
    await checklist.updateComplete;
    const next = () => [...root(checklist).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Neste')!.click();
    next();
    await checklist.updateComplete;
    next();
    await checklist.updateComplete;
    const form = root(checklist).querySelector<BspConsentForm>('bsp-consent-form')!;
    expect(form).to.exist;
    await form.updateComplete;
    expect(root(form).querySelector('.screen')!.textContent, 'the step already shows heading and intro').not.to.contain('Samtykke til oppfølging av barn');
    await giveAll(form, 'health-station');
    expect(recipient(form, 'health-station').textContent).to.contain('Barn 1 (Barn, 6–9 år)');
    await press(form, 'Registrer samtykket');
    await checklist.updateComplete;
    expect(checklist.record.consent!.entries[0]!.recipient).to.equal('health-station');
    expect(checklist.record.answers['consentStatus']).to.equal('given');
    expect(await checklist.toJournalNote()).to.contain('Samtykke til helsestasjon og skolehelsetjeneste');
    expect((await checklist.toFhir()).consent!['resourceType']).to.equal('Consent');
    await expect(checklist).to.be.accessible();
  });
});
