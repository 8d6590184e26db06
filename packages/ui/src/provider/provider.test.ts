import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import type { MessageCatalog } from '@bsp/sdk';
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
