/**
 * Invariants of code loaded on demand (`LazyModule`, shared by every widget, and `OnDemand`, one
 * controller per widget and module):
 * - a module loads once however many elements ask at once; a failed load never rejects, is
 *   kept in `failure`, and the next load tries again;
 * - while needed, a blocking module is in the widget's very first render: the defaults never
 *   show first (no flash), and `updateComplete` covers the wait; a module that does not block
 *   loads after the update and the widget ends with it once `updateComplete` resolves;
 * - a module that cannot load and names the property it checks shows the error view naming it;
 * - one `bsp-error` (`load-failed`) per failure, per widget: between two moments the code
 *   loaded, a widget that needed it and found it failed reports exactly once, however many
 *   renders, loads tried again and other widgets there are; one that never needed it while it
 *   failed reports nothing; once the code is there, nothing;
 * - the warning shows exactly while the code is needed and failed, and always names what did not
 *   load, in the reader's language (nb, nn, en), any `what` rendered as text, never as HTML; the
 *   one warning markup: `part="load-warning"`, `role="alert"`, the message first, the help text
 *   and the action inside the box, the issue lines (`path: message`); accessible (axe);
 * - nothing throws: `require()` rejects with a `BspError` `load-failed` in the reader's
 *   language (never synchronously), and resolves with the module once a later load works.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement, property, state } from 'lit/decorators.js';
import { BspError, defineArea, errorMessages, format, loadLanguage, type MessageCatalog } from '@bsp/sdk';
import { BspElement } from '../base/bsp-element.js';
import { LazyModule, OnDemand, moduleLoadFailed } from './on-demand.js';
import { renderLoadWarning } from '../error-view/load-warning.js';
import { XSS_STRINGS, pick, seededRandom } from '../../../../test/robustness/hostile.js';
import { errorsOf, failingImport, lazySeam } from '../../../../test/lazy-helpers.js';

const catalog: MessageCatalog<'none'> = { nb: { none: 'ingen data' }, nn: { none: 'ingen data' }, en: { none: 'no data' } };

type Validator = { read: (value: unknown) => string };

/** An importer the test resolves or rejects by hand, counting calls. */
function controlledImporter() {
  const calls: { resolve: (m: Validator) => void; reject: (e: unknown) => void }[] = [];
  const importer = () => new Promise<Validator>((resolve, reject) => calls.push({ resolve, reject }));
  return { importer, calls };
}

let current: LazyModule<Validator>;
let blocks = true;

@customElement('test-lazy-probe')
class LazyProbe extends BspElement<'none'> {
  protected readonly widget = 'role-panel' as const;
  protected readonly catalog = catalog;
  @property({ attribute: false }) data?: unknown;
  /** What each render showed, in order. */
  readonly shown: string[] = [];
  @state() private text = '';
  private readonly validator = new OnDemand(this, {
    module: current,
    needed: () => this.data !== undefined,
    blocksRender: blocks,
    what: () => 'testdata',
    property: () => 'data',
    errorView: true,
  });

  protected override willUpdate(): void {
    const validator = this.validator.value;
    this.text = this.data !== undefined && validator ? validator.read(this.data) : '';
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

describe('OnDemand: a widget with a validator loaded on demand', () => {
  beforeEach(() => {
    blocks = true;
  });

  it('renders the data in its first render when the module blocks (no flash of the defaults)', async () => {
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

  it('ends with the data once the module arrives, when the module does not block (the defaults first)', async () => {
    blocks = false;
    current = new LazyModule(() => new Promise<Validator>((resolve) => setTimeout(() => resolve(validator), 20)));
    const el = document.createElement('test-lazy-probe') as LazyProbe;
    el.data = 'B';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shown[0]).to.equal('ingen data');
    await waitUntil(() => el.shadowRoot!.querySelector('p')!.textContent === 'lest: B', 'the data once the module is here');
    el.remove();
  });

  for (const blocking of [true, false]) {
    it(`a module that cannot load shows the error view naming the property and dispatches bsp-error once (${blocking ? 'blocking' : 'not blocking'})`, async () => {
      blocks = blocking;
      current = new LazyModule<Validator>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const el = document.createElement('test-lazy-probe') as LazyProbe;
      const errors = errorsOf(el);
      el.data = 'C';
      document.body.append(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the error view');
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
  private readonly text = new OnDemand(this, { module: lazyText, needed: () => true, blocksRender: true });

  protected renderContent() {
    const text = this.text.value?.word(this.locale) ?? '–';
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

/** The languages shipped (`Lang` is any registered code). */
type Shipped = 'nb' | 'nn' | 'en';
const LANGS: readonly Shipped[] = ['nb', 'nn', 'en'];
const what: Record<Shipped, string> = { nb: 'søket', nn: 'søket', en: 'the search' };
const help: Record<Shipped, string> = { nb: 'Du ser alle tilbudene.', nn: 'Du ser alle tilboda.', en: 'You are seeing every service.' };

type Search = { search: () => string };
const search = new LazyModule<Search>(() => Promise.resolve({ search: () => 'found' }));
const seam = lazySeam(search);
const working = () => Promise.resolve({ search: () => 'found' });

/** A widget that needs `search` while `needed` (not blocking its updates), and shows the warning instead of its results. */
@customElement('test-load-failure-probe')
class Probe extends BspElement<'none'> {
  protected readonly widget = 'finder' as const;
  protected readonly catalog = catalog;
  @property({ type: Boolean }) needed = false;
  @property() what?: string;
  readonly search = new OnDemand(this, { module: search, needed: () => this.needed, what: () => this.what ?? what[this.language] });

  get language(): Shipped {
    return this.locale as Shipped;
  }

  set language(lang: Shipped) {
    this.lang = lang;
  }

  protected renderContent() {
    return html`${renderLoadWarning(this.search.error, { help: help[this.language] })}<p>${this.search.value?.search() ?? ''}</p>`;
  }
}

const warningOf = (el: Probe) => el.shadowRoot!.querySelector('[part="load-warning"]');

async function settleAll(els: readonly Probe[]) {
  for (let round = 0; round < 2; round++) {
    for (const el of els) {
      el.requestUpdate();
      await el.updateComplete;
    }
    // A widget that needed the code may have started a load of its own: it updates when that ends.
    while (search.pending) await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('OnDemand failures: one bsp-error per failure, one warning markup', () => {
  before(() => Promise.all([loadLanguage('nn'), loadLanguage('en')]));
  beforeEach(() => seam.unload(working));

  it('(1, 2) generated sequences of failed and working loads over several widgets: one bsp-error per failure each, then none', async function () {
    this.timeout(40000);
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      seam.unload(working);
      const els = [0, 1, 2].map(() => document.body.appendChild(document.createElement('test-load-failure-probe') as Probe));
      await settleAll(els);
      const errors = els.map((el) => errorsOf(el));
      // Per widget: errors since the last load that worked or "try again", and whether it needed
      // the failed code in that time (it must then have reported exactly once).
      const since = els.map(() => ({ errors: 0, failedWhileNeeded: false }));
      const steps: string[] = [];
      for (let step = 0; step < 30; step++) {
        const action = pick(random, ['fail', 'fail', 'work', 'need', 'unneed', 'render', 'retry', 'lang', 'forget'] as const);
        const i = Math.floor(random() * els.length);
        const el = els[i]!;
        steps.push(`${action}@${i}`);
        const log = `seed ${seed}: ${steps.join(' ')}`;
        const counts = errors.map((e) => e.length);
        if (action === 'fail' || action === 'work') {
          seam.importer = action === 'fail' ? failingImport : working;
          await search.load();
        } else if (action === 'need' || action === 'unneed') el.needed = action === 'need';
        // Tried again (an update that needs it, a "try again" button): the same outage, not a new failure.
        else if (action === 'retry') await el.search.retry();
        else if (action === 'lang') el.language = pick(random, LANGS);
        // A newer deploy: what was loaded is forgotten (not a failure, nothing to report).
        else if (action === 'forget') seam.unload(failingImport);
        await settleAll(els);
        if (search.module) since.forEach((_, k) => (since[k] = { errors: 0, failedWhileNeeded: false }));
        els.forEach((each, k) => {
          const added = errors[k]!.length - counts[k]!;
          const failed = !search.module && search.failure !== undefined && each.needed;
          expect(added, `${log}: widget ${k} reports at most once per update`).to.be.at.most(1);
          since[k]!.errors += added;
          since[k]!.failedWhileNeeded ||= failed;
          expect(since[k]!.errors, `${log}: widget ${k}, one bsp-error per failure`).to.equal(since[k]!.failedWhileNeeded ? 1 : 0);
          if (search.module) expect(added, `${log}: widget ${k}, none once loaded`).to.equal(0);
          // The warning shows exactly while the code is needed and failed, naming it in the widget's language.
          const warning = warningOf(each);
          expect(!!warning, `${log}: widget ${k} warning`).to.equal(failed);
          if (warning) expect(warning.textContent).to.contain(format(errorMessages, each.language, 'load-failed', { what: what[each.language] }));
        });
        for (const detail of errors.flat()) expect(detail.code).to.equal('load-failed');
      }
      els.forEach((el) => el.remove());
    }
  });

  it('(2, 3) the warning: message, help and action inside one alert box, in the reader\'s language; hostile text stays text; accessible', async () => {
    seam.unload(failingImport);
    await search.load();
    for (const lang of LANGS) {
      for (const hostile of [what[lang], ...XSS_STRINGS]) {
        const el = await fixture<Probe>(html`<test-load-failure-probe needed lang=${lang} .what=${hostile}></test-load-failure-probe>`);
        const warning = warningOf(el)!;
        expect(warning.getAttribute('role')).to.equal('alert');
        const [message, helpLine] = [...warning.querySelectorAll('p')].map((p) => p.textContent);
        expect(message).to.equal(format(errorMessages, lang, 'load-failed', { what: hostile }));
        expect(helpLine).to.equal(help[lang]);
        expect(warning.querySelector('img, script, b[onclick]'), 'no markup from the text').to.equal(null);
        await expect(el).to.be.accessible();
        el.remove();
      }
    }
    // The three languages say it differently: a fallback to one language would fail here.
    expect(new Set(LANGS.map((lang) => format(errorMessages, lang, 'load-failed', { what: 'x' }))).size).to.equal(3);
  });

  it('(3) the action is a button inside the box after the text, and the issue lines name their path; nothing without an error', async () => {
    let pressed = 0;
    const error = moduleLoadFailed('nn', 'katalogen', 'services').detail;
    const el = await fixture<HTMLDivElement>(
      html`<div>${renderLoadWarning(error, { help: 'Du ser dei nasjonale tilboda.', action: { label: 'Prøv igjen', run: () => pressed++ } })}${renderLoadWarning(undefined, { help: 'never' })}</div>`,
    );
    const boxes = el.querySelectorAll('[part="load-warning"]');
    expect(boxes.length).to.equal(1);
    const box = boxes[0]!;
    expect([...box.children].map((child) => child.localName)).to.deep.equal(['p', 'p', 'p', 'button']);
    expect(box.querySelector('code')!.textContent).to.equal('services');
    expect(box.textContent!.replace(/\s+/g, ' ')).to.contain(`services: ${format(errorMessages, 'nn', 'checkUnavailable')}`);
    const button = box.querySelector('button')!;
    expect(button.type).to.equal('button');
    button.click();
    expect(pressed).to.equal(1);
    expect(el.textContent).not.to.contain('never');
  });

  it('(4) require(): rejects with load-failed in the reader\'s language, never synchronously; the next call loads it', async () => {
    for (const lang of LANGS) {
      seam.unload(failingImport);
      const el = await fixture<Probe>(html`<test-load-failure-probe lang=${lang}></test-load-failure-probe>`);
      let pending!: Promise<Search>;
      expect(() => (pending = el.search.require())).not.to.throw();
      const error = await pending.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(BspError);
      expect((error as BspError).code).to.equal('load-failed');
      expect((error as BspError).message).to.equal(format(errorMessages, lang, 'load-failed', { what: what[lang] }));
      expect((error as BspError).issues).to.deep.equal([]);
      seam.importer = working;
      expect((await el.search.require()).search()).to.equal('found');
      el.remove();
    }
  });

  it('(1) a failure while no widget needs the code (a prefetch) is reported only when one comes to need it, once', async () => {
    seam.unload(failingImport);
    const el = await fixture<Probe>(html`<test-load-failure-probe></test-load-failure-probe>`);
    const errors = errorsOf(el);
    await el.search.prefetch();
    await settleAll([el]);
    expect(errors.length, 'not needed: nothing to report').to.equal(0);
    for (let i = 0; i < 5; i++) {
      el.needed = !el.needed;
      await settleAll([el]);
    }
    expect(errors.length, 'needed on and off: once').to.equal(1);
    expect(errors[0]!.message).to.equal('Kunne ikke hente søket.');
  });
});
