/**
 * Invariants of lazily loaded modules (validators of host data):
 * - a module loads once however many elements ask at once; a failed load never rejects, is
 *   kept in `failure`, and the next load tries again;
 * - an element that lists the module in `modulesNeeded` renders the host's data in its very
 *   first render: the defaults never show first (no flash), and `updateComplete` covers the wait;
 * - an element that did not list it still ends with the data once `updateComplete` resolves;
 * - a module that cannot load shows the error view naming the property and dispatches
 *   `bsp-error` once per attempt; nothing throws.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { customElement, property, state } from 'lit/decorators.js';
import { defineArea, format, type MessageCatalog } from '@bsp/sdk';
import { BspElement } from '../base/bsp-element.js';
import { LazyModule } from './lazy-module.js';
import { errorsOf } from '../../../../test/lazy-helpers.js';

const catalog: MessageCatalog<'none'> = { nb: { none: 'ingen data' }, nn: { none: 'ingen data' }, en: { none: 'no data' } };

type Validator = { read: (value: unknown) => string };

/** An importer the test resolves or rejects by hand, counting calls. */
function controlledImporter() {
  const calls: { resolve: (m: Validator) => void; reject: (e: unknown) => void }[] = [];
  const importer = () => new Promise<Validator>((resolve, reject) => calls.push({ resolve, reject }));
  return { importer, calls };
}

let current: LazyModule<Validator>;
let listsModule = true;

@customElement('test-lazy-probe')
class LazyProbe extends BspElement<'none'> {
  protected readonly widget = 'role-panel' as const;
  protected readonly catalog = catalog;
  @property({ attribute: false }) data?: unknown;
  /** What each render showed, in order. */
  readonly shown: string[] = [];
  @state() private text = '';

  protected override modulesNeeded() {
    return listsModule && this.data !== undefined ? [current] : [];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('data')) this.accept();
  }

  private accept(): void {
    if (this.data === undefined) {
      this.text = '';
      return;
    }
    const validator = this.use(current, 'data', 'testdata', () => this.accept());
    this.text = validator ? validator.read(this.data) : '';
  }

  protected renderContent() {
    const text = this.text || this.t('none');
    this.shown.push(text);
    return html`<p>${text}</p>`;
  }
}

const validator: Validator = { read: (value) => `lest: ${String(value)}` };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LazyModule', () => {
  it('loads once for many callers; a failure never rejects and the next load tries again', async () => {
    const { importer, calls } = controlledImporter();
    const lazy = new LazyModule(importer);
    const loads = [lazy.load(), lazy.load(), lazy.load()];
    expect(calls.length).to.equal(1);
    calls[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
    await Promise.all(loads);
    expect(lazy.module).to.equal(undefined);
    expect(lazy.failure).to.be.instanceOf(TypeError);
    const again = lazy.load();
    expect(calls.length).to.equal(2);
    calls[1]!.resolve(validator);
    await again;
    expect(lazy.module).to.equal(validator);
    expect(lazy.failure).to.equal(undefined);
    await lazy.load();
    expect(calls.length).to.equal(2);
  });
});

describe('<bsp-element> with a lazily loaded validator', () => {
  beforeEach(() => {
    listsModule = true;
  });

  it('renders the data in its first render when modulesNeeded lists the module (no flash of the defaults)', async () => {
    const { importer, calls } = controlledImporter();
    current = new LazyModule(importer);
    const el = document.createElement('test-lazy-probe') as LazyProbe;
    el.data = 'A';
    document.body.append(el);
    await settle();
    expect(el.shown).to.deep.equal([]); // waiting for the module, nothing rendered yet
    calls[0]!.resolve(validator);
    await el.updateComplete;
    expect(el.shown[0]).to.equal('lest: A');
    expect(el.shown).to.not.include('ingen data');
    el.remove();
  });

  it('an element without data renders at once and never loads the module', async () => {
    const { importer, calls } = controlledImporter();
    current = new LazyModule(importer);
    const el = await fixture<LazyProbe>(html`<test-lazy-probe></test-lazy-probe>`);
    expect(el.shown).to.deep.equal(['ingen data']);
    expect(calls.length).to.equal(0);
  });

  it('ends with the data once updateComplete resolves, when the module was not listed', async () => {
    listsModule = false;
    current = new LazyModule(() => new Promise<Validator>((resolve) => setTimeout(() => resolve(validator), 20)));
    const el = document.createElement('test-lazy-probe') as LazyProbe;
    el.data = 'B';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('lest: B');
    el.remove();
  });

  for (const listed of [true, false]) {
    it(`a module that cannot load shows the error view naming the property and dispatches bsp-error (${listed ? 'listed' : 'not listed'})`, async () => {
      listsModule = listed;
      current = new LazyModule<Validator>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const el = document.createElement('test-lazy-probe') as LazyProbe;
      const errors = errorsOf(el);
      el.data = 'C';
      document.body.append(el);
      await el.updateComplete;
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('testdata');
      expect(alert.textContent).to.contain('kunne ikke kontrolleres');
      expect(errors.length).to.equal(1);
      expect(errors[0]!.code).to.equal('load-failed');
      expect(errors[0]!.issues[0]!.path).to.equal('data');
      await expect(el).to.be.accessible();
      el.remove();
    });
  }
});

/**
 * A module that brings text of its own (a text area defined when it loads): the first render
 * that uses it is in the page's language, never bokmål first, although the language's text for
 * that area could only be asked for once the module was there.
 */
const lazyText = new LazyModule(async () => {
  // As an import() does: the module is evaluated later, after the update asked for it.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const area = defineArea({
    name: 'test-lazy-text',
    nb: { word: 'ord på bokmål' },
    load: { nn: () => new Promise<{ word: string }>((resolve) => setTimeout(() => resolve({ word: 'ord på nynorsk' }), 20)) },
  });
  return { word: (lang: string) => format(area, lang, 'word') };
});

@customElement('test-lazy-text-probe')
class LazyTextProbe extends BspElement<'none'> {
  protected readonly widget = 'role-panel' as const;
  protected readonly catalog = catalog;
  readonly shown: string[] = [];

  protected override modulesNeeded() {
    return [...super.modulesNeeded(), lazyText];
  }

  protected renderContent() {
    const text = lazyText.module?.word(this.locale) ?? '–';
    this.shown.push(text);
    return html`<p>${text}</p>`;
  }
}

describe('text a lazily loaded module brings', () => {
  it('is in the page language from the first render that uses it', async () => {
    const el = await fixture<LazyTextProbe>(html`<test-lazy-text-probe lang="nn"></test-lazy-text-probe>`);
    expect(el.shown).to.deep.equal(['ord på nynorsk']);
    expect(el.shadowRoot!.textContent).to.contain('ord på nynorsk');
    await expect(el).to.be.accessible();
  });
});
