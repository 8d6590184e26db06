/**
 * Invariants of the shared boundary (base element and provider):
 * - no value a host sets (wrong type, Proxy with throwing traps, throwing getter) makes a
 *   setter, an update or the provider throw;
 * - an invalid shared property shows the error view naming the property and dispatches
 *   `bsp-error`; setting a valid value again brings the content back;
 * - an invalid part of the provider config is shown only by the widgets that use it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import { hostValue, type BspErrorDetail, type MessageCatalog } from '@bsp/sdk';
import { BspElement } from '../base/bsp-element.js';
import '../define.js';
import type { BspProvider } from './provider.js';

const catalog: MessageCatalog<'hello'> = {
  nb: { hello: 'Hei, {name}' },
  nn: { hello: 'Hei, {name}' },
  en: { hello: 'Hello, {name}' },
};

@customElement('test-bsp-probe')
class Probe extends BspElement<'hello'> {
  protected readonly widget = 'role-panel' as const;
  protected readonly catalog = catalog;
  protected renderContent() {
    return this.t('hello', { name: 'Ola' });
  }
  get storageInUse() {
    return this.activeStorage;
  }
  count() {
    this.emitMetric('probe');
  }
}

@customElement('test-bsp-checklist-probe')
class ChecklistProbe extends BspElement<'hello'> {
  protected readonly widget = 'checklist' as const;
  protected readonly catalog = catalog;
  /** A subclass property validated with the shared helper. */
  @property() mode = 'short';
  shownMode = 'short';
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('mode')) this.shownMode = this.checkProperty('mode', hostValue.oneOf(['short', 'long']), this.mode) ?? 'short';
  }
  protected renderContent() {
    return `${this.t('hello', { name: 'Kari' })} (${this.shownMode})`;
  }
}

const hostile = () => [
  42,
  'text',
  true,
  [],
  Number.NaN,
  { nb: 5 },
  { de: { hello: 'Hallo' } },
  new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); } }),
  Object.defineProperty({}, 'nb', { enumerable: true, get: () => { throw new Error('getter'); } }),
];

function collectErrors(target: EventTarget): BspErrorDetail[] {
  const details: BspErrorDetail[] = [];
  target.addEventListener('bsp-error', (e) => details.push((e as CustomEvent<BspErrorDetail>).detail));
  return details;
}

const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

describe('<bsp-element> shared properties at the boundary', () => {
  for (const [name, valid] of [
    ['messages', { nb: { hello: 'Hallo, {name}' } }],
    ['storage', { get: () => null, set: () => {}, remove: () => {} }],
    ['metrics', () => {}],
  ] as const) {
    it(`${name}: a wrong value shows the error view naming it and dispatches bsp-error; never throws`, async () => {
      const probe = await fixture<Probe>(html`<test-bsp-probe></test-bsp-probe>`);
      for (const [n, value] of hostile().entries()) {
        const errors = collectErrors(probe);
        expect(() => ((probe as unknown as Record<string, unknown>)[name] = value)).not.to.throw();
        await probe.updateComplete;
        expect(errors.length, `${name}: hostile value ${n}`).to.be.greaterThan(0);
        expect(errors[0]!.issues[0]!.path.startsWith(name), errors[0]!.issues[0]!.path).to.equal(true);
        expect(alertText(probe)).to.contain(name);
        await expect(probe).to.be.accessible();
        (probe as unknown as Record<string, unknown>)[name] = valid;
        await probe.updateComplete;
        expect(alertText(probe)).to.equal('');
        expect(probe.shadowRoot!.textContent).to.contain('Ola');
      }
    });
  }

  it('words the error for a web editor: field, message, and the JSON path', async () => {
    const probe = await fixture<Probe>(html`<test-bsp-probe lang="nn"></test-bsp-probe>`);
    probe.messages = { nn: { hello: 5 } } as never;
    await probe.updateComplete;
    expect(alertText(probe)).to.contain('tekstar (messages), nynorsk, hello: har feil type: venta tekst, fekk tal');
    expect(alertText(probe)).to.contain('(messages.nn.hello)');
  });

  it('an own lang the widget does not speak is reported, and the widget goes on in bokmål', async () => {
    const errors = collectErrors(document);
    const probe = await fixture<Probe>(html`<test-bsp-probe lang="klingon"></test-bsp-probe>`);
    await probe.updateComplete;
    expect(errors.map((e) => e.issues[0]!.path)).to.include('lang');
    expect(probe.shadowRoot!.textContent).to.contain('Hei, Ola');
    probe.setAttribute('lang', 'en-GB');
    await probe.updateComplete;
    expect(errors.filter((e) => e.issues[0]!.path === 'lang')).to.have.length(1);
  });

  it('checkProperty lets a subclass validate its own properties the same way', async () => {
    const probe = await fixture<ChecklistProbe>(html`<test-bsp-checklist-probe></test-bsp-checklist-probe>`);
    const errors = collectErrors(probe);
    probe.mode = 'garbage';
    await probe.updateComplete;
    expect(errors[0]!.issues[0]!.path).to.equal('mode');
    expect(alertText(probe)).to.contain('«garbage»');
    probe.mode = 'long';
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Hei, Kari (long)');
  });
});

describe('<bsp-provider>', () => {
  it('passes language, messages, storage and metrics to widgets inside it', async () => {
    const counts: string[] = [];
    const storage = { get: () => null, set: () => {}, remove: () => {} };
    const provider = await fixture<BspProvider>(html`<bsp-provider lang="en"><test-bsp-probe></test-bsp-probe></bsp-provider>`);
    const probe = provider.querySelector<Probe>('test-bsp-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Hello, Ola');

    provider.messages = { en: { 'role-panel.hello': 'Good day, {name}' } };
    provider.storage = storage;
    provider.metrics = (m) => counts.push(m.name);
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Good day, Ola');
    expect(probe.storageInUse).to.equal(storage);
    probe.count();
    expect(counts).to.deep.equal(['probe']);
  });

  it("lets a widget's own lang win over the provider's", async () => {
    const provider = await fixture<BspProvider>(
      html`<bsp-provider lang="en"><test-bsp-probe lang="nn"></test-bsp-probe></bsp-provider>`,
    );
    const probe = provider.querySelector<Probe>('test-bsp-probe')!;
    await probe.updateComplete;
    expect(probe.locale).to.equal('nn');
    provider.setAttribute('lang', 'nb');
    probe.removeAttribute('lang');
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.locale).to.equal('nb');
  });

  it('stores nothing and sends no metric anywhere when the host gave no sink or storage', async () => {
    const probe = await fixture<Probe>(html`<test-bsp-probe></test-bsp-probe>`);
    expect(probe.storageInUse).to.equal(undefined);
    let event: Event | undefined;
    probe.addEventListener('bsp-metric', (e) => (event = e));
    probe.count();
    expect((event as CustomEvent).detail).to.deep.equal({ widget: 'role-panel', name: 'probe', count: 1 });
    await expect(probe).to.be.accessible();
  });
});

describe('<bsp-provider> inline JSON configuration (no code for web editors)', () => {
  it('reads config and messages from a child application/json script', async () => {
    const provider = await fixture<BspProvider>(html`<bsp-provider lang="nb">
      <script type="application/json">
        { "municipality": "Eksempel kommune", "messages": { "nb": { "role-panel.hello": "Velkommen, {name}" } } }
      </script>
      <test-bsp-probe></test-bsp-probe>
    </bsp-provider>`);
    const probe = provider.querySelector<Probe>('test-bsp-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Velkommen, Ola');
  });

  it('shows an error in the widgets and dispatches bsp-error when the JSON is broken', async () => {
    const errors: Event[] = [];
    document.addEventListener('bsp-error', (e) => errors.push(e), { once: true });
    const provider = await fixture<BspProvider>(html`<bsp-provider>
      <script type="application/json">{ "municipality": </script>
      <test-bsp-probe></test-bsp-probe>
    </bsp-provider>`);
    const probe = provider.querySelector<Probe>('test-bsp-probe')!;
    await probe.updateComplete;
    expect(errors).to.have.length(1);
    const alert = probe.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('script[type="application/json"]');
    await expect(probe).to.be.accessible();
  });
});

describe('<bsp-provider> configuration checked at the boundary', () => {
  it('a config of the wrong type (or a hostile object) is shown by every widget; never throws', async () => {
    for (const [n, config] of [42, 'x', [], ...hostile().slice(-2)].entries()) {
      const provider = await fixture<BspProvider>(html`<bsp-provider><test-bsp-probe></test-bsp-probe><test-bsp-checklist-probe></test-bsp-checklist-probe></bsp-provider>`);
      const errors = collectErrors(provider);
      expect(() => (provider.config = config as never)).not.to.throw();
      await provider.updateComplete;
      for (const widget of provider.querySelectorAll<BspElement>('test-bsp-probe, test-bsp-checklist-probe')) {
        await widget.updateComplete;
        expect(alertText(widget), `config ${n}`).to.contain('config');
      }
      expect(errors.length).to.be.greaterThan(0);
    }
  });

  it('a bad part is shown only by the widgets that use it; the others keep working', async () => {
    const provider = await fixture<BspProvider>(html`<bsp-provider lang="en"><test-bsp-probe></test-bsp-probe><test-bsp-checklist-probe></test-bsp-checklist-probe></bsp-provider>`);
    const errors = collectErrors(provider);
    provider.config = { municipality: 'Testvik', rolePanelUrl: 42 as unknown as string };
    await provider.updateComplete;
    const rolePanel = provider.querySelector<Probe>('test-bsp-probe')!;
    const checklist = provider.querySelector<ChecklistProbe>('test-bsp-checklist-probe')!;
    await rolePanel.updateComplete;
    await checklist.updateComplete;
    expect(alertText(rolePanel)).to.equal('');
    expect(rolePanel.shadowRoot!.textContent).to.contain('Hello, Ola');
    expect(alertText(checklist)).to.contain('config.rolePanelUrl');
    expect(alertText(checklist)).to.contain('expected text, got number');
    expect(errors.map((e) => e.issues[0]!.path)).to.deep.equal(['config.rolePanelUrl']);
    await expect(checklist).to.be.accessible();
  });

  it('a new provider lang words what is wrong again in it, without a second bsp-error', async () => {
    const provider = await fixture<BspProvider>(html`<bsp-provider lang="en"><script type="application/json">{ "municipality": 42,,</script><test-bsp-probe></test-bsp-probe></bsp-provider>`);
    const probe = provider.querySelector<Probe>('test-bsp-probe')!;
    const errors: BspErrorDetail[] = [];
    provider.addEventListener('bsp-error', (e) => errors.push((e as CustomEvent<BspErrorDetail>).detail));
    await probe.updateComplete;
    expect(alertText(probe)).to.contain('line 1');
    for (const [lang, words] of [
      ['nn', 'linje 1'],
      ['nb', 'linje 1'],
      ['en', 'line 1'],
    ] as const) {
      provider.setAttribute('lang', lang);
      await provider.updateComplete;
      await probe.updateComplete;
      expect(alertText(probe), lang).to.contain(words);
      expect(alertText(probe), lang).to.contain({ nn: 'Noko er feil', nb: 'Noe er feil', en: 'Something is wrong' }[lang]);
    }
    expect(alertText(probe)).not.to.contain('linje');
    expect(errors, 'announced once, when the inputs were read').to.have.length(0);
    await expect(probe).to.be.accessible();
  });

  it('inline JSON with a syntax error names line and column in the page language', async () => {
    const provider = await fixture<BspProvider>(html`<bsp-provider lang="nn">
      <script type="application/json">{
  "municipality": "X",,
}</script>
      <test-bsp-probe></test-bsp-probe>
    </bsp-provider>`);
    const probe = provider.querySelector<Probe>('test-bsp-probe')!;
    await probe.updateComplete;
    expect(alertText(probe)).to.contain('linje 2, kolonne 23');
    expect(alertText(probe)).to.contain('uventa teikn «,»');
  });
});
