/*
 * Rules the checklist once kept in its view, now the SDK engine's (issue 25), seen in the widget:
 * - removing a child removes everything of it: its answers, note edits, exclusions and consent
 *   links (the engine's `childRemoved`; the view at 8a31305 left the note edits in the record);
 * - a child's card names the child from the SDK's parts, never by parsing translated text (at
 *   8a31305 a registered language whose wording has no parentheses showed "not filled in");
 * - the widget never changes a record in place: what it hands out stays as it was.
 * These run against 8a31305's bundle too (test/old-build), where the first two fail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emptyRecord, registerLanguage, type ChecklistRecord } from '@bsp/sdk';
import '../define.js';
import type { BspChildChecklist } from './child-checklist.js';
import { answer, clickButton, root } from '../../../../test/checklist-helpers.js';

const AT = '2026-12-01T10:00:00+01:00';

/** Two children; the second with a note edit, an exclusion and consent links of its own. */
function twoChildren(): ChecklistRecord {
  return {
    ...emptyRecord(),
    answers: { hasChildren: 'yes', triggers: ['somatic-illness'], childWithoutCareNow: 'no', neglectConcern: 'no' },
    children: [
      { id: 'c1', answers: { relation: 'child', age: '6-9' } },
      { id: 'c2', answers: { relation: 'sibling', age: '13-15' } },
    ],
    excluded: ['child:c2:age'],
    noteEdits: { 'child:c2:relation': { text: 'Halvbror', basedOn: 'Søsken' } },
    consent: {
      version: 2,
      entries: [
        { id: 'e1', at: AT, recipient: 'school', decision: 'given', information: ['condition'], children: ['c2'], method: 'verbal' },
        { id: 'e2', at: AT, recipient: 'gp', decision: 'given', information: ['condition'], children: ['c1', 'c2'], method: 'verbal' },
      ],
    },
  };
}

async function toChildren(el: BspChildChecklist): Promise<void> {
  for (let i = 0; i < 4 && !root(el).querySelector('details.child'); i++) await clickButton(el, /^(Neste|Next)$/);
  expect(root(el).querySelector('details.child'), 'the children step').to.exist;
}

describe('<bsp-child-checklist> rules from the engine', () => {
  it('removing a child removes its answers, note edits, exclusions and consent links', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    el.record = twoChildren();
    await el.updateComplete;
    await toChildren(el);
    const cards = [...root(el).querySelectorAll<HTMLDetailsElement>('details.child')];
    expect(cards).to.have.length(2);
    cards[1]!.open = true;
    cards[1]!.querySelector<HTMLButtonElement>('.child-remove')!.click();
    await el.updateComplete;
    const record = el.record;
    expect(record.children.map((c) => c.id)).to.deep.equal(['c1']);
    expect(JSON.stringify(record), 'nothing of c2 is left').not.to.contain('c2');
    expect(record.consent?.entries.map((e) => [e.id, e.children])).to.deep.equal([['e2', ['c1']]]);
    await expect(el).to.be.accessible();
  });

  it("a registered language's child card names the child from its answers, whatever the wording's shape", async () => {
    registerLanguage({ code: 'se', fallback: 'nb', messages: { checklist: { childDescription: '{details} · mánná {n}' } } });
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist lang="se"></bsp-child-checklist>`);
    el.record = twoChildren();
    await el.updateComplete;
    await toChildren(el);
    const summaries = [...root(el).querySelectorAll('details.child > summary')].map((s) => s.textContent!);
    expect(summaries[0]).to.contain('Barn, 6–9 år');
    expect(summaries[1]).to.contain('Søsken, 13–15 år');
    expect(summaries.join(' ')).not.to.contain('ikke fylt ut');
  });

  it('never changes a record in place: the one handed in and each one handed out stay as they were', async () => {
    const handed = twoChildren();
    const before = JSON.stringify(handed);
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist></bsp-child-checklist>`);
    el.record = handed;
    await el.updateComplete;
    const seen: [ChecklistRecord, string][] = [];
    el.addEventListener('bsp-change', () => seen.push([el.record, JSON.stringify(el.record)]));
    await answer(el, 'interpreter', 'yes');
    await answer(el, 'neglectConcern', 'yes');
    await toChildren(el);
    const card = root(el).querySelector<HTMLDetailsElement>('details.child')!;
    card.open = true;
    await answer(el, 'informed', 'yes', card);
    await clickButton(el, /Legg til barn|Add child/);
    expect(JSON.stringify(handed), 'the record handed in').to.equal(before);
    expect(seen.length).to.be.greaterThan(2);
    for (const [record, text] of seen) expect(JSON.stringify(record), 'a record handed out').to.equal(text);
  });
});
