import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { CONSENT_RECIPIENTS, type ConsentRecord } from '@bsp/sdk';
import '../define.js';
import '@bsp/checklist/define';
import type { BspConsentForm } from './consent-form.js';
import { runConformance, XSS } from '../../../../test/conformance.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const recipient = (el: BspConsentForm, id: string) => root(el).querySelector<HTMLFieldSetElement>(`[data-recipient="${id}"]`)!;
const inputIn = (scope: ParentNode, suffix: string) => [...scope.querySelectorAll('input')].find((i) => i.id.endsWith(suffix))!;

async function decide(el: BspConsentForm, id: string, decision: 'given' | 'refused') {
  inputIn(recipient(el, id), `-${id}-${decision}`).click();
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
  it('records full consent per recipient and emits the record', async () => {
    const metrics: string[] = [];
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form recorded-by="Sykepleier A" .metrics=${(m: { name: string }) => metrics.push(m.name)}></bsp-consent-form>`);
    await decide(el, 'health-station', 'given');
    await decide(el, 'gp', 'given');
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
    expect(el.toFhir()['status']).to.equal('active');
  });

  it('records partial consent (some recipients, some information)', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang="nn" .childOptions=${[{ id: 'a', label: 'Barn 1' }]}></bsp-consent-form>`);
    await decide(el, 'school', 'given');
    inputIn(recipient(el, 'school'), '-info-condition').click();
    inputIn(recipient(el, 'school'), '-info-treatment').click();
    inputIn(recipient(el, 'school'), '-child-a').click();
    await el.updateComplete;
    await decide(el, 'other-parent', 'refused');
    await press(el, 'Registrer samtykket');
    const [school] = el.record.entries;
    expect(school!.information).to.deep.equal(['practical']);
    expect(school!.children).to.deep.equal(['a'], 'children are stored by id, never by label');
    expect(root(el).textContent).to.contain('Status: Delvis samtykke');
    expect(root(el).querySelector('[part="refusal"]')!.textContent).to.contain('Eit nei til samtykke er i seg sjølv ikkje grunn til bekymringsmelding');
    await expect(el).to.be.accessible();
  });

  it('shows the refusal path with a date to ask again, and the duty to report', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang="en" role-panel-url="#who"></bsp-consent-form>`);
    await decide(el, 'health-station', 'refused');
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
    expect(el.toFhir()['status']).to.equal('rejected');
    await expect(el).to.be.accessible();
  });

  it('a withdrawal keeps the earlier entry in the history', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form></bsp-consent-form>`);
    await decide(el, 'gp', 'given');
    await press(el, 'Registrer samtykket');
    await press(el, 'Trekk tilbake samtykke til fastlege');
    const entries = el.record.entries;
    expect(entries.map((e) => e.decision)).to.deep.equal(['given', 'withdrawn']);
    const rows = root(el).querySelectorAll('[part="history"] tbody tr');
    expect(rows).to.have.length(2);
    expect(rows[0]!.textContent).to.contain('Samtykker');
    expect(rows[1]!.textContent).to.contain('Trukket tilbake');
    expect(root(el).textContent).to.contain('Status: Samtykke ikke gitt');
    await expect(el).to.be.accessible();
  });

  it('prints a paper form with every recipient and signature lines', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form></bsp-consent-form>`);
    const paper = root(el).querySelector<HTMLElement>('[part="paper"]')!;
    expect(getComputedStyle(paper).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(paper).display).to.equal('block');
      expect(getComputedStyle(root(el).querySelector('.screen')!).display).to.equal('none');
      expect(paper.querySelectorAll('[data-paper-recipient]')).to.have.length(CONSENT_RECIPIENTS.length);
      expect(paper.textContent).to.contain('Pasientens underskrift');
      expect(paper.textContent).to.contain('Helsepersonellets underskrift');
      expect(paper.querySelectorAll('.signature .line')).to.have.length(3);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('works by keyboard alone', async () => {
    const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang="en"></bsp-consent-form>`);
    const first = inputIn(recipient(el, 'child'), '-child-given');
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const save = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Record the consent')!;
    for (let i = 0; i < 80 && root(el).activeElement !== save; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(save);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.record.entries[0]!.recipient).to.equal('child');
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
    await decide(form, 'health-station', 'given');
    expect(recipient(form, 'health-station').textContent).to.contain('Barn 1 (Barn, 6–9 år)');
    await press(form, 'Registrer samtykket');
    await checklist.updateComplete;
    expect(checklist.record.consent!.entries[0]!.recipient).to.equal('health-station');
    expect(checklist.record.answers['consentStatus']).to.equal('given');
    expect(checklist.toJournalNote()).to.contain('Samtykke til helsestasjon og skolehelsetjeneste');
    expect(checklist.toFhir().consent!['resourceType']).to.equal('Consent');
    await expect(checklist).to.be.accessible();
  });
});
