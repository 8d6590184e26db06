/*
 * Invariants of the checklist's render path (issue 12: warm rebuild), tested with generated input:
 * - a new element renders once: one Lit update on insertion and none after it settles; one
 *   answer gives exactly one more (no second render from controllers, context or updated()),
 *   and the arrival of part 2's code after an answer that opens part 2 exactly one;
 * - whatever the order of clicks on a step's radios and checkboxes, each question's answer in
 *   the record is exactly what its checked inputs show, also after an answer shows or hides
 *   other questions (inputs Lit reused for another question once showed blank answers).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import { checklistOutput, type BspChildChecklist } from './child-checklist.js';
import { lazySeam } from '../../../../test/lazy-helpers.js';

const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));

/** A small seeded generator, so a failing sequence can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each shown question with choices: the values its checked inputs show, and what the record says. */
function shownAndRecorded(el: BspChildChecklist): { question: string; shown: string[]; recorded: string[] }[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].map((fieldset) => {
    const question = fieldset.dataset['question']!;
    const shown = [...fieldset.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.id.split(`-${question}-`)[1]!);
    const childId = fieldset.closest<HTMLElement>('[data-child]')?.dataset['child'];
    const answers = childId ? el.record.children.find((c) => c.id === childId)!.answers : el.record.answers;
    const answer = answers[question];
    const recorded = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
    return { question: childId ? `${childId}: ${question}` : question, shown: shown.sort(), recorded: [...recorded].sort() };
  });
}

describe('<bsp-child-checklist> render path', () => {
  it('renders once on insertion, once per answer, once when part 2 arrives', async () => {
    lazySeam(checklistOutput).unload();
    const el = document.createElement('bsp-child-checklist') as BspChildChecklist;
    let updates = 0;
    const proto = Object.getPrototypeOf(el) as { update(changed: unknown): void };
    Object.defineProperty(el, 'update', {
      value(changed: unknown) {
        updates++;
        proto.update.call(this, changed);
      },
    });
    await fixture(html`<div></div>`).then((host) => host.append(el));
    await el.updateComplete;
    await settle();
    expect(updates, 'updates after insertion').to.equal(1);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[id$="-hasChildren-yes"]')!.click();
    await el.updateComplete;
    await settle();
    await waitUntil(() => checklistOutput.module, 'part 2 fetched at the answer that opens it');
    await settle();
    expect(updates, 'updates after one answer that opens part 2: its own, and part 2 arriving').to.equal(3);
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.contain('Samtykke');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[id$="-childPresentNow-no"]')!.click();
    await el.updateComplete;
    await settle();
    expect(updates, 'updates after a second answer').to.equal(4);
  });

  // Screening (seeds 1–6), then the per-child questions of two children on the next step (7–9).
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
    it(`records exactly the checked options after 30 generated clicks (seed ${seed})`, async () => {
      const next = random(seed);
      const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
      if (seed > 6) {
        el.record = { ...el.record, answers: { hasChildren: 'yes', triggers: ['addiction'] }, children: [{ id: 'a', answers: {} }, { id: 'b', answers: {} }] };
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="nav"] button:last-child')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('[data-child] fieldset[data-question]').length, 'child questions shown').to.be.greaterThan(2);
      }
      const clicked: string[] = [];
      for (let i = 0; i < 30; i++) {
        const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset[data-question] input')];
        const input = inputs[Math.floor(next() * inputs.length)]!;
        clicked.push(input.id);
        input.click();
        await el.updateComplete;
        for (const { question, shown, recorded } of shownAndRecorded(el)) {
          expect(recorded, `${question} after ${clicked.join(', ')}`).to.deep.equal(shown);
        }
      }
      await expect(el).to.be.accessible();
    });
  }
});
