import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BspErrorDetail, MunicipalDirectory } from '@bsp/sdk';
import '../define.js';
import type { BspRolePanel } from './role-panel.js';
import { runConformance, XSS } from '../../../../test/conformance.js';
import { expectOutlineBelow } from '../../../../test/heading-outline.js';
import { expectEachRefused, type BreakCase } from '../../../../test/refused-property.js';

const directory: MunicipalDirectory = {
  municipality: 'Testvik',
  coordinator: { name: 'Kim Koordinator', phone: '+47 12 34 56 78', reachable: 'Hverdager' },
  links: [{ label: 'Prosedyren', href: 'https://eksempel.invalid/prosedyre' }],
  units: [
    {
      id: 'sykehjem',
      name: 'Solsiden sykehjem',
      agency: 'Sykehjem',
      barneansvarlig: [{ name: 'Åse Ærlig', phone: '+47 00 00 00 30', email: 'ase@eksempel.invalid' }],
      deputy: { name: 'Mona Mellom' },
    },
    { id: 'rus', name: 'Rusteamet', agency: 'Psykisk helse og rus', leader: { name: 'Lise Leder' } },
  ],
};

const shadow = (el: BspRolePanel) => el.shadowRoot!;
const text = (el: BspRolePanel) => shadow(el).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (el: BspRolePanel, name: string | RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent!.includes(name) || b.getAttribute('aria-label') === name : name.test(b.textContent!),
  )!;

runConformance<BspRolePanel>({
  tag: 'bsp-role-panel',
  render: () => html`<bsp-role-panel .directory=${directory}></bsp-role-panel>`,
  makeInvalid: (el) => {
    el.directory = { municipality: 'X', units: [{ id: 'a', name: '' }] };
  },
  invalidPath: 'units.0.name',
  injectXss: (el) => {
    const person = { name: XSS, title: XSS, phone: '+47 11 11 11 11', reachable: XSS };
    el.directory = {
      municipality: XSS,
      coordinator: person,
      links: [{ label: XSS, href: 'https://eksempel.invalid/rutine' }],
      units: [{ id: 'x', name: XSS, agency: XSS, leader: person, links: [{ label: XSS, href: 'https://eksempel.invalid/enhet' }] }],
    };
    el.unit = 'x';
  },
  overrideKey: 'heading',
});

describe('<bsp-role-panel>', () => {
  it('"who do I ask?": finds a unit by typing without diacritics and shows its barneansvarlig', async () => {
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel .directory=${directory}></bsp-role-panel>`);
    const input = shadow(el).querySelector<HTMLInputElement>('#unit-search')!;
    input.focus();
    await sendKeys({ type: 'solsiden' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('1 enhet passer');
    expect(shadow(el).querySelectorAll('.unit-results li')).to.have.length(1);
    await expect(el).to.be.accessible();

    // Keyboard only: Tab to the unit and press Enter.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.unit).to.equal('sykehjem');
    expect(text(el)).to.contain('Barneansvarlig i Solsiden sykehjem');
    expect(text(el)).to.contain('Åse Ærlig');
    expect(text(el)).to.contain('Mona Mellom');
    expect(text(el)).to.contain('Tar ikke over ivaretakelsen av barna');
    expect(shadow(el).querySelector('a[href="tel:+4700000030"]')).to.exist;
    expect(shadow(el).activeElement?.tagName).to.equal('H3');
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Velg en annen enhet').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('unit-search');
  });

  it('says plainly when a unit has no barneansvarlig and who to ask instead', async () => {
    const metrics: string[] = [];
    const el = await fixture<BspRolePanel>(
      html`<bsp-role-panel .directory=${directory} .metrics=${(m: { name: string }) => metrics.push(m.name)}></bsp-role-panel>`,
    );
    buttonNamed(el, 'Rusteamet').click();
    await el.updateComplete;
    const missing = shadow(el).querySelector('[part="missing"]')!;
    expect(missing.textContent).to.contain('Rusteamet har ikke registrert barneansvarlig');
    expect(text(el)).to.contain('Lise Leder');
    expect(text(el)).to.contain('Kim Koordinator');
    expect(metrics).to.deep.equal(['unit-looked-up', 'unit-without-barneansvarlig']);
    await expect(el).to.be.accessible();
  });

  it('deep-links to a unit with the unit attribute', async () => {
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel unit="sykehjem" lang="nn" .directory=${directory}></bsp-role-panel>`);
    expect(text(el)).to.contain('Barneansvarleg i Solsiden sykehjem');
    expect(text(el)).to.contain('Tek ikkje over ansvaret for borna');
    await expect(el).to.be.accessible();
  });

  it('shows the role cards and one role in detail, and back, by keyboard', async () => {
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel view="roles" lang="en"></bsp-role-panel>`);
    expect(shadow(el).querySelectorAll('[part="role-card"]')).to.have.length(15);
    expect(text(el)).to.contain('Child coordinator (barnekoordinator)');
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Read more about Child coordinator (barnekoordinator)').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.view).to.equal('role');
    expect(el.roleId).to.equal('barnekoordinator');
    const detail = shadow(el).querySelector('[part="role-detail"]')!;
    expect(detail.textContent).to.contain('Is not the child-responsible staff member');
    expect(detail.textContent).to.contain('section 7-2 a');
    expect(shadow(el).activeElement?.id).to.equal('role-heading');
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Back to all roles').click();
    await el.updateComplete;
    expect(el.view).to.equal('roles');
  });

  it('puts its headings below the host heading level (heading-level 1–6) in every view, and refuses other levels', async () => {
    // A unit with a barneansvarlig, a unit without one, all roles, one role: each view at each level.
    const views = [
      ['ask', 'sykehjem', ''],
      ['ask', 'rus', ''],
      ['roles', '', ''],
      ['role', '', 'barneansvarlig'],
    ] as const;
    for (const level of [1, 2, 3, 4, 5, 6]) {
      for (const [view, unit, roleId] of views) {
        const el = await fixture<BspRolePanel>(html`<bsp-role-panel heading-level=${level} view=${view} unit=${unit} role-id=${roleId} .directory=${directory}></bsp-role-panel>`);
        expectOutlineBelow(shadow(el), level, `${view} ${unit}${roleId} at ${level}:`);
        if (level === 3) await expect(el).to.be.accessible();
      }
    }
    const wrongLevels = ['0', '7', '2.5', 'tre'].map((wrong): BreakCase<BspRolePanel> => ['headingLevel', (el) => el.setAttribute('heading-level', wrong)]);
    await expectEachRefused(() => html`<bsp-role-panel .directory=${directory}></bsp-role-panel>`, wrongLevels);
  });

  it('works without a directory: says so and still explains the barneansvarlig role', async () => {
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel></bsp-role-panel>`);
    expect(text(el)).to.contain('Kommunen har ikke lagt inn en oversikt over enheter');
    expect(text(el)).to.contain('Informerer og veileder kolleger');
    await expect(el).to.be.accessible();
  });

  it('takes the directory from <bsp-provider> config', async () => {
    const provider = await fixture(html`<bsp-provider lang="en" .config=${{ directory }}><bsp-role-panel unit="rus"></bsp-role-panel></bsp-provider>`);
    const el = provider.querySelector('bsp-role-panel')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Rusteamet has no child-responsible staff member registered');
  });

  it('fetches from src only when set, and reports a failed load as bsp-error', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(directory)], { type: 'application/json' }));
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel unit="sykehjem" src=${url}></bsp-role-panel>`);
    await waitUntil(() => text(el).includes('Åse Ærlig'), 'the directory arrives');

    const failing = await fixture<BspRolePanel>(html`<bsp-role-panel></bsp-role-panel>`);
    const event = oneEvent(failing, 'bsp-error');
    failing.src = '/does-not-exist.json';
    const { detail } = (await event) as CustomEvent<BspErrorDetail>;
    expect(detail.code).to.equal('load-failed');
    await failing.updateComplete;
    expect(shadow(failing).querySelector('[role="alert"]')).to.exist;
  });

  it('refuses javascript: links in the directory', async () => {
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel></bsp-role-panel>`);
    const event = oneEvent(el, 'bsp-error');
    el.directory = { ...directory, links: [{ label: 'Klikk', href: 'javascript:alert(1)' }] };
    const { detail } = (await event) as CustomEvent<BspErrorDetail>;
    expect(detail.issues.map((i) => i.path)).to.include('links.0.href');
  });
});
