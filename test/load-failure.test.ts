/**
 * Invariants of code loaded on demand that does not arrive, across widgets on one page (two
 * checklists on their summary step share the summary's code; a finder with a query needs its
 * search), starting offline or online, under generated sequences of going offline and online,
 * renders, "try again", the host asking for the note, typing (hostile text too) and language
 * switches:
 * 1. each widget dispatches one `bsp-error` (`load-failed`) per failure: between two moments its
 *    code was there, exactly one if it showed the warning in that time (however often "try again"
 *    was pressed), none otherwise; once the code is there, none;
 * 2. the answers are never lost: each checklist's record stays what it was, the finder keeps
 *    what was typed;
 * 3. the warning names what did not load in the widget's language (nb, nn, en);
 * 4. no widget throws (no uncaught error or rejection on the page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { errorMessages, format, loadLanguage, type ChecklistRecord } from '@bsp/sdk';
import '@bsp/checklist/define';
import '@bsp/finder/define';
// The same modules the define modules define the elements from (checked below).
import { BspChildChecklist, checklistOutput } from '../packages/checklist/src/child-checklist/child-checklist.js';
import { BspSupportFinder, finderSearch } from '../packages/finder/src/support-finder/support-finder.js';
import { XSS_STRINGS, pick, seededRandom } from './robustness/hostile.js';
import { errorsOf, failingImport, lazySeam } from './lazy-helpers.js';

/** The languages shipped (`Lang` is any registered code). */
type Shipped = 'nb' | 'nn' | 'en';
const LANGS: readonly Shipped[] = ['nb', 'nn', 'en'];
const outputName: Record<Shipped, string> = { nb: 'oppsummeringen og journalnotatet', nn: 'oppsummeringa og journalnotatet', en: 'the summary and the record entry' };
const searchName: Record<Shipped, string> = { nb: 'søket', nn: 'søket', en: 'the search' };
const outputSeam = lazySeam(checklistOutput);
const searchSeam = lazySeam(finderSearch);

const root = (el: HTMLElement) => el.shadowRoot!;
const warningOf = (el: HTMLElement) => root(el).querySelector('[part="load-warning"]');
const summaryHeading = { nb: 'Oppsummering og journalnotat' };

async function toSummary(el: BspChildChecklist) {
  root(el).querySelector<HTMLInputElement>('input[id$="-hasChildren-no"]')!.click();
  await el.updateComplete;
  for (let i = 0; i < 10 && root(el).querySelector('#step-heading')!.textContent!.trim() !== summaryHeading.nb; i++) {
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="nav"] button')].find((b) => /Neste/.test(b.textContent!))!.click();
    await el.updateComplete;
  }
}

/** Types `text` as a user would; returns what the field holds (a search field drops line breaks). */
async function type(el: BspSupportFinder, text: string): Promise<string> {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
  return input.value;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('code that did not load, across widgets: one bsp-error per failure, answers kept', () => {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  before(async () => {
    await Promise.all([loadLanguage('nn'), loadLanguage('en')]);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    outputSeam.importer = outputSeam.real;
    searchSeam.importer = searchSeam.real;
  });

  it('generated sequences of offline, online, renders, "try again", the note, typing and languages', async function () {
    // Three widgets through 12 sequences: seconds alone, more on a machine shared with other runs.
    this.timeout(60000);
    expect(customElements.get('bsp-child-checklist')).to.equal(BspChildChecklist);
    expect(customElements.get('bsp-support-finder')).to.equal(BspSupportFinder);
    for (let seed = 1; seed <= 12; seed++) {
      const random = seededRandom(seed);
      // Unloaded at the start of each sequence (a fresh page), mostly offline.
      const offline = random() < 0.7;
      outputSeam.unload(offline ? failingImport : outputSeam.real);
      searchSeam.unload(offline ? failingImport : searchSeam.real);
      const box = await fixture<HTMLDivElement>(html`<div lang="nb">
        <bsp-child-checklist></bsp-child-checklist><bsp-child-checklist></bsp-child-checklist><bsp-support-finder></bsp-support-finder>
      </div>`);
      const checklists = [...box.querySelectorAll<BspChildChecklist>('bsp-child-checklist')];
      const finder = box.querySelector<BspSupportFinder>('bsp-support-finder')!;
      const widgets = [...checklists, finder];
      const errors = widgets.map((w) => errorsOf(w));
      for (const checklist of checklists) await toSummary(checklist);
      const records: ChecklistRecord[] = checklists.map((c) => c.record);
      expect(records[0]!.answers['hasChildren']).to.equal('no');
      const since = widgets.map(() => ({ errors: 0, warned: false }));
      // How many of each widget's errors the checks have counted (those on the way to the summary too).
      const counted = widgets.map(() => 0);
      let typed = '';
      /** The invariants after each step (`log` says which steps led there). */
      const check = (log: string) => {
        widgets.forEach((w, k) => {
          const lazy = k < checklists.length ? checklistOutput : finderSearch;
          const added = errors[k]!.length - counted[k]!;
          counted[k] = errors[k]!.length;
          const warning = k < checklists.length ? warningOf(w) : root(w).querySelector('[part="load-warning"]');
          // Once there, the code stays (this page's chunks do not go away).
          if (lazy.module) {
            expect(added, `${log}: widget ${k}, no bsp-error while its code is there`).to.equal(0);
            since[k] = { errors: 0, warned: false };
            return;
          }
          since[k]!.errors += added;
          since[k]!.warned ||= !!warning;
          expect(since[k]!.errors, `${log}: widget ${k}, one bsp-error per failure`).to.equal(since[k]!.warned ? 1 : 0);
          if (warning) {
            const lang = (w.getAttribute('lang') ?? 'nb') as Shipped;
            const name = k < checklists.length ? outputName[lang] : searchName[lang];
            expect(warning.querySelector('strong')!.textContent, `${log}: widget ${k} names it in ${lang}`).to.equal(format(errorMessages, lang, 'load-failed', { what: name }));
          }
        });
        for (const detail of errors.flat()) expect(detail.code).to.equal('load-failed');
        checklists.forEach((c, k) => expect(c.record, `${log}: checklist ${k} keeps its answers`).to.deep.equal(records[k]));
        const input = root(finder).querySelector<HTMLInputElement>('input[type=search]');
        expect(input?.value, `${log}: the finder keeps what was typed`).to.equal(typed);
      };
      check(`seed ${seed}: on the summary`);
      const steps: string[] = [];
      for (let step = 0; step < 24; step++) {
        const action = pick(random, ['offline', 'online', 'render', 'retry', 'retry', 'type', 'type', 'lang', 'note'] as const);
        const i = Math.floor(random() * checklists.length);
        steps.push(action);
        const log = `seed ${seed}: ${steps.join(' ')}`;
        if (action === 'offline' || action === 'online') {
          const importer = action === 'offline' ? failingImport : undefined;
          outputSeam.importer = importer ?? outputSeam.real;
          searchSeam.importer = importer ?? searchSeam.real;
        } else if (action === 'render') widgets.forEach((w) => w.requestUpdate());
        else if (action === 'retry') {
          const button = warningOf(checklists[i]!)?.querySelector('button');
          // "Try again" while still offline is the same outage: no second bsp-error.
          button?.click();
        } else if (action === 'type') {
          typed = await type(finder, pick(random, ['', 'sorg', 'rus ', 'søsken', '   ', ...XSS_STRINGS]).slice(0, 200));
        } else if (action === 'lang') {
          const lang = pick(random, LANGS);
          for (const w of widgets) w.setAttribute('lang', lang);
        } else {
          // The host asks for the note: a rejection is the host's to handle, and never loses answers.
          await checklists[i]!.toJournalNote().catch((e: unknown) => expect((e as { code?: string }).code, log).to.equal('load-failed'));
        }
        for (let round = 0; round < 2; round++) {
          for (const w of widgets) await w.updateComplete;
          await tick();
        }
        check(log);
      }
      expect(uncaught, `seed ${seed}: nothing thrown`).to.deep.equal([]);
    }
  });
});
