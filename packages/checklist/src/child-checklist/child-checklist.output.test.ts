/*
 * Invariants of the checklist's outputs on demand (the summary step, the journal note, FHIR),
 * in this order in one page, so the module starts unloaded:
 * 1. a checklist that is only looked at (rendered, its language switched) never loads the output code; the first answer fetches it;
 * 2. the summary's first frame is the summary itself, never a "loading" line, whichever way the
 *    professional gets there (next, back and on again, a restored draft on that step);
 * 3. `toJournalNote()` and `toFhir()` give exactly what the SDK gives for the record as it was
 *    when called (many generated records), even when an answer changes while the code loads;
 * 5. the summary's words come with its code, yet on a nynorsk page its first frame is nynorsk:
 *    never bokmål first;
 * 4. when the code cannot load: the summary says so with "try again" and no "finish" (answers
 *    kept), one `bsp-error` (`load-failed`), the methods reject with a `BspError` and nothing
 *    throws; "try again" once it can load shows the summary and lands on the step heading.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  BspError,
  createMemoryStorage,
  defaultProcedure,
  emptyRecord,
  journalNote,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type ChecklistRecord,
} from '@bsp/sdk';
import '../define.js';
import { checklistOutput, type BspChildChecklist } from './child-checklist.js';
import { errorsOf, failingImport, lazySeam, recordShown } from '../../../../test/lazy-helpers.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const seam = lazySeam(checklistOutput);
const realImporter = seam.real;
/** Makes the output module unloaded again, loading through `importer` from now on. */
const unload = (importer?: () => Promise<unknown>) => seam.unload(importer);

const navButton = (el: HTMLElement, name: RegExp) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="nav"] button')].find((b) => name.test(b.textContent!));
const headingText = (el: HTMLElement) => root(el).querySelector('#step-heading')!.textContent!.trim();

async function toSummary(el: BspChildChecklist) {
  for (let i = 0; i < 10 && headingText(el) !== 'Oppsummering og journalnotat'; i++) {
    navButton(el, /Neste/)!.click();
    await el.updateComplete;
  }
}

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A valid record with generated answers, children and hostile text (every record the widget may hold). */
function generatedRecord(seed: number): ChecklistRecord {
  const random = rng(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const children = Array.from({ length: Math.floor(random() * 4) }, (_, i) => ({
    id: `child-${seed}-${i}`,
    ...(random() < 0.5 ? { label: `<img src=x onerror=alert(${i})> ${'ø'.repeat(seed)}` } : {}),
    answers: {
      ageGroup: pick(['0-2', '3-5', '6-12', '13-17']),
      informed: pick(['yes', 'no', 'unknown']),
    },
  }));
  return {
    ...emptyRecord(),
    answers: {
      hasChildren: pick(['yes', 'no', 'unknown']),
      ...(random() < 0.5 ? { infoWho: `«${seed}» </textarea><script>x</script>` } : {}),
    },
    children,
    ...(random() < 0.3 ? { addendum: `Tillegg ${seed}` } : {}),
  };
}

describe('<bsp-child-checklist> outputs on demand', () => {
  it('(1) looking at the checklist never loads its output code; the first answer fetches it', async () => {
    expect(seam.module, 'unloaded at the start of the page').to.equal(undefined);
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    el.lang = 'nn';
    await el.updateComplete;
    el.lang = 'en';
    await el.updateComplete;
    expect(seam.module).to.equal(undefined);
    root(el).querySelector<HTMLInputElement>('input[id$="-hasChildren-yes"]')!.click();
    await el.updateComplete;
    await waitUntil(() => seam.module, 'fetched after the first answer');
    await expect(el).to.be.accessible();
  });

  it('(2) the summary is its own first frame: by "next", back and on again, from a restored draft', async () => {
    for (const way of ['next', 'back and next', 'draft'] as const) {
      unload();
      const storage = createMemoryStorage();
      if (way === 'draft') await storage.set('checklist:p1', JSON.stringify({ record: { ...emptyRecord(), answers: { hasChildren: 'no' } }, step: 9 }));
      const el = document.createElement('bsp-child-checklist') as BspChildChecklist;
      el.draftKey = 'p1';
      el.storage = storage;
      document.body.append(el);
      const shown = recordShown(el);
      await el.updateComplete;
      if (way === 'draft') await waitUntil(() => root(el).querySelector('.note-preview'), 'the draft restored on the summary');
      if (way === 'next') {
        await toSummary(el);
      } else if (way === 'back and next') {
        root(el).querySelector<HTMLInputElement>('input[id$="-hasChildren-no"]')!.click();
        await el.updateComplete;
        await toSummary(el);
        // Back from the summary, the code gone (a new page would not have it), and on again.
        navButton(el, /Tilbake/)!.click();
        await el.updateComplete;
        unload();
        await toSummary(el);
      }
      await el.updateComplete;
      expect(headingText(el), way).to.equal('Oppsummering og journalnotat');
      expect(root(el).querySelector('.note-preview'), way).not.to.equal(null);
      const seen = shown();
      expect(seen, way).not.to.contain('Henter oppsummeringen');
      expect(seen, way).not.to.contain('Kunne ikke hente');
      el.remove();
    }
  });

  it('(5) on a nynorsk page the summary is nynorsk from its first frame', async () => {
    unload(() => new Promise((resolve) => setTimeout(resolve, 20)).then(realImporter));
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="nn"></bsp-child-checklist>`);
    root(el).querySelector<HTMLInputElement>('input[id$="-hasChildren-no"]')!.click();
    await el.updateComplete;
    unload(() => new Promise((resolve) => setTimeout(resolve, 20)).then(realImporter));
    const shown = recordShown(el);
    for (let i = 0; i < 10 && !root(el).querySelector('.note-preview'); i++) {
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="nav"] button')].at(-1)!.click();
      await el.updateComplete;
    }
    const seen = shown();
    expect(root(el).textContent).to.contain('Innhald i notatet');
    expect(seen).not.to.contain('Innhold i notatet');
    expect(seen).not.to.contain('Ikke i journalen');
    await expect(el).to.be.accessible();
  });

  it('(3) toJournalNote() and toFhir() give what the SDK gives for the record when called', async () => {
    unload();
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist subject="Patient/7"></bsp-child-checklist>`);
    for (let seed = 1; seed <= 20; seed++) {
      const record = generatedRecord(seed);
      el.record = record;
      await el.updateComplete;
      const held = el.record;
      expect(await el.toJournalNote(), `seed ${seed}`).to.equal(journalNote(held, defaultProcedure, 'nb'));
      const fhir = await el.toFhir();
      expect(fhir.questionnaire).to.deep.equal(toFhirQuestionnaire(defaultProcedure, 'nb'));
      // `authored` is the time of the call, the rest is the record's.
      const expected = toFhirQuestionnaireResponse(held, defaultProcedure, 'nb', { subject: { reference: 'Patient/7' }, status: 'in-progress' });
      expect({ ...fhir.questionnaireResponse, authored: '' }).to.deep.equal({ ...expected, authored: '' });
      expect(fhir.consent).to.equal(undefined);
    }
    // An answer given while the code loads is not in the note asked for before it.
    let release!: () => void;
    unload(() => new Promise((resolve) => (release = () => resolve(realImporter()))));
    el.record = { ...emptyRecord(), answers: { hasChildren: 'no' } };
    await el.updateComplete;
    const before = el.record;
    const note = el.toJournalNote();
    root(el).querySelector<HTMLInputElement>('input[id$="-hasChildren-yes"]')!.click();
    await el.updateComplete;
    release();
    expect(await note).to.equal(journalNote(before, defaultProcedure, 'nb'));
    expect(await el.toJournalNote()).not.to.equal(await note);
  });

  it('(4) when the code cannot load: a warning with "try again", one bsp-error, rejected methods, answers kept', async () => {
    unload(failingImport);
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    const errors = errorsOf(el);
    root(el).querySelector<HTMLInputElement>('input[id$="-hasChildren-no"]')!.click();
    await el.updateComplete;
    await toSummary(el);
    expect(headingText(el)).to.equal('Oppsummering og journalnotat');
    const warning = root(el).querySelector('[part="load-warning"]')!;
    expect(warning.textContent).to.contain('Kunne ikke hente oppsummeringen og journalnotatet.');
    expect(warning.textContent).to.contain('Svarene dine er fortsatt her.');
    expect(navButton(el, /Fullfør/), 'no finish without the note').to.equal(undefined);
    expect(errors.map((e) => e.code)).to.deep.equal(['load-failed']);
    await expect(el).to.be.accessible();

    for (const call of [() => el.toJournalNote(), () => el.toFhir()]) {
      const result = await call().then(
        () => 'resolved',
        (error: unknown) => error,
      );
      expect(result).to.be.instanceOf(BspError);
      expect((result as BspError).code).to.equal('load-failed');
    }
    // Renders while it still fails do not repeat the error.
    el.requestUpdate();
    await el.updateComplete;
    expect(errors.length).to.equal(1);
    expect(el.record.answers['hasChildren']).to.equal('no');

    // Back online: "try again" shows the summary and lands on the step heading.
    seam.importer = realImporter;
    root(el).querySelector<HTMLButtonElement>('[part="load-warning"] button')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(root(el).querySelector('[part="load-warning"]')).to.equal(null);
    expect(root(el).querySelector('.note-preview')!.textContent).to.equal(await el.toJournalNote());
    expect(navButton(el, /Fullfør/)).not.to.equal(undefined);
    expect(root(el).activeElement?.id).to.equal('step-heading');
    expect(errors.length).to.equal(1);
  });
});
