/**
 * Invariants of the one way a widget says that code loaded on demand did not arrive:
 * 1. one `bsp-error` (`load-failed`) per failure, per widget: between two moments the code
 *    loaded, a widget that needed it and found it failed reports exactly once, however many
 *    renders, loads tried again and other widgets there are;
 *    one that never needed it while it failed reports nothing; once the code is there, nothing;
 * 2. the warning shows exactly while the code is needed and failed, and always names what did not
 *    load, in the reader's language (nb, nn, en), any `what` rendered as text, never as HTML;
 * 3. the one warning markup: `part="load-warning"`, `role="alert"`, the message first, the help
 *    text and the action inside the box, the issue lines (`path: message`); accessible (axe);
 *    nothing when there is no error;
 * 4. nothing throws: `loadedOrReject` rejects with a `BspError` `load-failed` in the language of
 *    the call (never synchronously), and resolves with the module once a later load works.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { BspError, errorMessages, format, loadLanguage } from '@bsp/sdk';
import { baseStyles } from '../styles/base.styles.js';
import { LazyModule } from '../lazy/lazy-module.js';
import { LoadFailureReporter, loadedOrReject, moduleLoadFailed } from './load-failure.js';
import { renderLoadWarning } from './load-warning.js';
import { XSS_STRINGS, pick, seededRandom } from '../../../../test/robustness/hostile.js';
import { errorsOf, failingImport, lazySeam } from '../../../../test/lazy-helpers.js';

/** The languages shipped (`Lang` is any registered code). */
type Shipped = 'nb' | 'nn' | 'en';
const LANGS: readonly Shipped[] = ['nb', 'nn', 'en'];
const what: Record<Shipped, string> = { nb: 'søket', nn: 'søket', en: 'the search' };
const help: Record<Shipped, string> = { nb: 'Du ser alle tilbudene.', nn: 'Du ser alle tilboda.', en: 'You are seeing every service.' };

type Search = { search: () => string };
const search = new LazyModule<Search>(() => Promise.resolve({ search: () => 'found' }));
const seam = lazySeam(search);
const working = () => Promise.resolve({ search: () => 'found' });

/** A widget that needs `search` while `needed`, and shows the warning instead of its results. */
@customElement('test-load-failure-probe')
class Probe extends LitElement {
  static override styles = [baseStyles];
  @property({ type: Boolean }) needed = false;
  @property() language: Shipped = 'nb';
  @property() what?: string;
  readonly failure = new LoadFailureReporter(
    this,
    search,
    () => this.what ?? what[this.language],
    () => this.needed,
  );

  get locale(): Shipped {
    return this.language;
  }

  protected override render() {
    return html`${renderLoadWarning(this.failure.error, { help: help[this.language] })}<p>${search.module?.search() ?? ''}</p>`;
  }
}

const warningOf = (el: Probe) => el.shadowRoot!.querySelector('[part="load-warning"]');

async function settle(els: readonly Probe[]) {
  for (const el of els) {
    el.requestUpdate();
    await el.updateComplete;
  }
}

describe('load failures: one bsp-error per failure, one warning markup', () => {
  before(() => Promise.all([loadLanguage('nn'), loadLanguage('en')]));
  beforeEach(() => seam.unload(working));

  it('(1, 2) generated sequences of failed and working loads over several widgets: one bsp-error per failure each, then none', async function () {
    this.timeout(40000);
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      seam.unload(working);
      const els = [0, 1, 2].map(() => document.body.appendChild(document.createElement('test-load-failure-probe') as Probe));
      await settle(els);
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
        else if (action === 'retry') await search.load();
        else if (action === 'lang') el.language = pick(random, LANGS);
        // A newer deploy: what was loaded is forgotten (not a failure, nothing to report).
        else if (action === 'forget') seam.unload(failingImport);
        await settle(els);
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
        const el = await fixture<Probe>(html`<test-load-failure-probe needed .language=${lang} .what=${hostile}></test-load-failure-probe>`);
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

  it('(4) loadedOrReject: rejects with load-failed in the language of the call, never synchronously; the next call loads it', async () => {
    for (const lang of LANGS) {
      seam.unload(failingImport);
      let pending!: Promise<Search>;
      expect(() => (pending = loadedOrReject(search, lang, what[lang]))).not.to.throw();
      const error = await pending.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(BspError);
      expect((error as BspError).code).to.equal('load-failed');
      expect((error as BspError).message).to.equal(format(errorMessages, lang, 'load-failed', { what: what[lang] }));
      expect((error as BspError).issues).to.deep.equal([]);
      seam.importer = working;
      expect((await loadedOrReject(search, lang, what[lang])).search()).to.equal('found');
    }
  });

  it('(1) a failure while no widget needs the code (a prefetch) is reported only when one comes to need it, once', async () => {
    seam.unload(failingImport);
    const el = await fixture<Probe>(html`<test-load-failure-probe></test-load-failure-probe>`);
    const errors = errorsOf(el);
    await search.load();
    await settle([el]);
    expect(errors.length, 'not needed: nothing to report').to.equal(0);
    for (let i = 0; i < 5; i++) {
      el.needed = !el.needed;
      await settle([el]);
    }
    expect(errors.length, 'needed on and off: once').to.equal(1);
    expect(errors[0]!.message).to.equal('Kunne ikke hente søket.');
  });
});
