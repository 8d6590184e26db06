/*
 * Invariants of part 2 on demand (issue 12: the checklist's first load is part 1; part 2's steps,
 * words and guidance come in the chunk fetched at the first answer). Each test starts with the
 * chunk unloaded:
 * 1. a checklist whose answers never open part 2 shows the same screening and stepper as the
 *    whole procedure would, and nothing is fetched before the first answer;
 * 2. while part 2 loads after an answer that opens it, the screening stays usable: answers and
 *    typed text given meanwhile are all in the record, each answer fires `bsp-change`, and once
 *    it is there the stepper and "next" lead into part 2 (generated answer sequences);
 * 3. when the first render needs part 2 (a host record in part 2, an overlay) it is there in the
 *    very first frame, and a restored draft in part 2 shows with it from the frame it shows in:
 *    never part 1 alone first;
 * 4. when part 2 cannot load: the screening shows a warning with "try again", one `bsp-error`
 *    however many answers and renders follow, the answers stay in the record and `bsp-change`
 *    still fires; "try again" once it can load brings part 2.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryStorage, defaultProcedure, emptyRecord, pick, screeningOpensMapping, visibleSteps, type ChecklistRecord } from '@bsp/sdk';
import '../define.js';
import { checklistOutput, type BspChildChecklist } from './child-checklist.js';
import { errorsOf, failingImport, lazySeam, loadWarningOf, recordShown } from '../../../../test/lazy-helpers.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const seam = lazySeam(checklistOutput);
const stepper = (el: HTMLElement) => [...root(el).querySelectorAll('[part="progress"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const heading = (el: HTMLElement) => root(el).querySelector('#step-heading')!.textContent!.trim();
const click = (el: HTMLElement, suffix: string) => root(el).querySelector<HTMLInputElement>(`input[id$="${suffix}"]`)!.click();
const stepTitles = (record: Pick<ChecklistRecord, 'answers'>) => visibleSteps(defaultProcedure, record).map((s) => pick(s.title, 'nb'));
const PART_TWO_TITLE = 'Del 2: Barna og behovene deres';

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Holds the chunk's import until `release()`: a slow network. */
function holdImport() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  seam.unload(() => held.then(() => seam.real()));
  return () => release();
}

/** Every `bsp-change` record from now on. */
function changesOf(el: HTMLElement): ChecklistRecord[] {
  const records: ChecklistRecord[] = [];
  el.addEventListener('bsp-change', (e) => records.push((e as CustomEvent<{ record: ChecklistRecord }>).detail.record));
  return records;
}

describe('<bsp-child-checklist> part 2 on demand', () => {
  afterEach(() => seam.unload());

  it('(1) answers that keep part 2 closed: the same screening and stepper as the whole procedure; nothing fetched before an answer', async () => {
    seam.unload();
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    expect(seam.module === undefined, 'nothing fetched by looking').to.equal(true);
    expect(heading(el)).to.equal('Del 1: Kartlegging');
    expect(stepper(el).join('|')).to.contain('Oppsummering og journalnotat');
    expect(stepper(el)).to.have.length(stepTitles(emptyRecord()).length);
    click(el, '-hasChildren-no');
    click(el, '-childWithoutCareNow-no');
    await el.updateComplete;
    expect(screeningOpensMapping(el.record)).to.equal(false);
    expect(stepper(el).map((s) => s.replace(/ fullført$/, ''))).to.have.length(stepTitles(el.record).length);
    await expect(el).to.be.accessible();
  });

  it('(2) while part 2 loads the screening stays usable, nothing is lost, and then the stepper and "next" lead into it (generated)', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const random = rng(seed);
      const release = holdImport();
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
      const changes = changesOf(el);
      click(el, '-hasChildren-yes');
      await el.updateComplete;
      // Answers and typed text while the chunk is held back, in a generated order.
      const given: Record<string, string> = {};
      for (const id of ['childPresentNow', 'childWithoutCareNow', 'neglectConcern', 'interpreter'].sort(() => random() - 0.5)) {
        const value = random() < 0.5 ? 'yes' : 'no';
        click(el, `-${id}-${value}`);
        given[id] = value;
        await el.updateComplete;
      }
      const language = root(el).querySelector<HTMLInputElement>('input[id$="-interpreterLanguage"]');
      if (language) {
        language.value = `<b>språk ${seed}</b>`;
        language.dispatchEvent(new Event('change'));
        given['interpreterLanguage'] = language.value;
        await el.updateComplete;
      }
      expect(heading(el), 'still on the screening').to.equal('Del 1: Kartlegging');
      expect(stepper(el).join('|')).not.to.contain(PART_TWO_TITLE);
      expect(el.record.answers).to.deep.include({ hasChildren: 'yes', ...given });
      expect(changes).to.have.length(1 + Object.keys(given).length);
      release();
      await waitUntil(() => stepper(el).join('|').includes(PART_TWO_TITLE), `seed ${seed}: part 2 in the stepper once here`);
      expect(el.record.answers).to.deep.include({ hasChildren: 'yes', ...given });
      expect(stepper(el)).to.have.length(stepTitles(el.record).length);
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="nav"] button')].at(-1)!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal(PART_TWO_TITLE);
      if (seed === 1) await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('(2b) "next" pressed while part 2 is still loading lands in part 2 once it is there', async () => {
    const release = holdImport();
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    click(el, '-hasChildren-yes');
    await el.updateComplete;
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="nav"] button')].at(-1)!.click();
    const done = el.updateComplete;
    release();
    await done;
    expect(heading(el)).to.equal(PART_TWO_TITLE);
  });

  it('(3) when the first render needs part 2 it is in the very first frame', async () => {
    const inPartTwo = { ...emptyRecord(), answers: { hasChildren: 'yes' }, children: [{ id: 'a', answers: { relation: 'child' } }] };
    // Each case, and what every frame showing the stepper shows in it.
    const cases: [string, RegExp, (el: BspChildChecklist) => Promise<void> | void][] = [
      ['a host record in part 2', /Barna/, (el) => void (el.record = inPartTwo)],
      // An overlay applies to the whole procedure: part 1's wording too waits for nothing else.
      ['an overlay', /Kartlegging \(Testvik\)/, (el) => void (el.overlay = { wording: [{ id: 'screening', title: 'Kartlegging (Testvik)' }] })],
      [
        'a draft restored beyond the screening',
        /Barna/,
        async (el) => {
          const storage = createMemoryStorage();
          await storage.set('checklist:p2', JSON.stringify({ record: inPartTwo, step: 1 }));
          el.draftKey = 'p2';
          el.storage = storage;
        },
      ],
    ];
    for (const [name, expected, set] of cases) {
      seam.unload(() => new Promise((resolve) => setTimeout(resolve, 30)).then(() => seam.real()));
      const el = document.createElement('bsp-child-checklist') as BspChildChecklist;
      await set(el);
      document.body.append(el);
      const shown = recordShown(el);
      await el.updateComplete;
      if (name.startsWith('a draft')) await waitUntil(() => root(el).textContent!.includes('Et påbegynt utkast er hentet fram.'), name);
      expect(stepper(el).join('|'), name).to.match(expected);
      // Every frame that showed the stepper showed it so.
      // A draft is read after the first render (storage is asynchronous): from the frame it shows in.
      const frames = shown().split('|').filter((f) => f.includes('Oppsummering og journalnotat') && (!name.startsWith('a draft') || f.includes('Et påbegynt utkast er hentet fram.')));
      expect(frames.length, name).to.be.greaterThan(0);
      for (const frame of frames) expect(frame, name).to.match(expected);
      expect(root(el).textContent).not.to.contain('Kunne ikke hente');
      el.remove();
    }
  });

  it('(4) part 2 cannot load: a warning with "try again", one bsp-error, answers kept, bsp-change fires; "try again" brings it', async () => {
    seam.unload(failingImport);
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    const errors = errorsOf(el);
    const changes = changesOf(el);
    click(el, '-hasChildren-yes');
    await el.updateComplete;
    await waitUntil(() => loadWarningOf(el), 'the warning shows on the screening');
    expect(loadWarningOf(el)).to.contain('del 2 av sjekklisten');
    expect(loadWarningOf(el)).to.contain('Svarene dine er fortsatt her.');
    await expect(el).to.be.accessible();
    for (const [i, id] of ['childPresentNow', 'neglectConcern', 'interpreter', 'childWithoutCareNow'].entries()) {
      click(el, `-${id}-${i % 2 ? 'yes' : 'no'}`);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(errors.map((e) => e.code), 'one bsp-error for the outage').to.deep.equal(['load-failed']);
    expect(changes).to.have.length(5);
    expect(el.record.answers).to.deep.include({ hasChildren: 'yes', childPresentNow: 'no', neglectConcern: 'yes', interpreter: 'no', childWithoutCareNow: 'yes' });
    expect(heading(el)).to.equal('Del 1: Kartlegging');

    seam.importer = seam.real;
    root(el).querySelector<HTMLButtonElement>('[part="load-warning"] button')!.click();
    await waitUntil(() => stepper(el).join('|').includes(PART_TWO_TITLE), 'part 2 after "try again"');
    expect(loadWarningOf(el)).to.equal(undefined);
    expect(errors).to.have.length(1);
    expect(el.record.answers['hasChildren']).to.equal('yes');
  });
});
