/**
 * Invariants of the shared style sheets per widget (issue 12: each widget carries only the
 * shared sheets its templates use; packages/ui/src/styles):
 * 1. every shared class a widget renders (.segmented, .stepper, .card, .card-summary, .card-body,
 *    .banner, .choice) and every radio or checkbox it renders is styled by the sheets in its own
 *    shadow root, in every state rendered here (each checklist step, answered and not, a child
 *    open, the consent form, the finder's views, the role panel's views);
 * 2. a widget that renders none of a sheet's classes does not carry that sheet (the role panel
 *    and the finder carry no layout class, the role panel no radio or checkbox rules).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emptyRecord } from '@bsp/sdk';
import '@bsp/ui/define';
import '../packages/checklist/src/define.js';
import '../packages/consent/src/define.js';
import '../packages/finder/src/define.js';
import '../packages/role-panel/src/define.js';

/** Each sheet by what marks it (a selector only it styles) and the markup that needs it. */
const sheets = [
  { sheet: 'segmented', rule: '.segmented > label', used: '.segmented' },
  { sheet: 'stepper', rule: '.stepper > li', used: '.stepper' },
  { sheet: 'card', rule: '.card-summary', used: '.card, .card-summary, .card-body' },
  { sheet: 'banner', rule: '.banner.warning', used: '.banner' },
  { sheet: 'choice', rule: '.choice', used: ".choice, input[type='radio'], input[type='checkbox'], fieldset" },
] as const;

/** The selectors of every rule in the element's shadow root, media rules' included. */
function selectorsOf(el: Element): string[] {
  const selectors: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) selectors.push(...rule.selectorText.split(/,\s*/));
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  for (const sheet of el.shadowRoot!.adoptedStyleSheets) walk(sheet.cssRules);
  for (const style of el.shadowRoot!.querySelectorAll('style')) walk(style.sheet!.cssRules);
  return selectors;
}

/** Which sheets the element carries and which its shadow root uses now. */
function sheetUse(el: Element) {
  const selectors = selectorsOf(el);
  return sheets.map(({ sheet, rule, used }) => ({ sheet, carried: selectors.includes(rule), used: !!el.shadowRoot!.querySelector(used) }));
}

const record = {
  ...emptyRecord(),
  answers: { hasChildren: 'yes', childPresentNow: 'no', childWithoutCareNow: 'no', triggers: ['somatic-illness'], neglectConcern: 'yes', reportAction: 'report-sent' },
  children: [{ id: 'c1', answers: { relation: 'child', age: '6-9', informed: 'partly' } }],
};

describe('shared style sheets per widget', () => {
  const seen = new Map<string, Set<string>>();
  /** Records what the element used and checks invariant 1 for this state. */
  function check(name: string, el: Element, state: string) {
    for (const { sheet, carried, used } of sheetUse(el)) {
      if (used) expect(carried, `${name} (${state}) renders ${sheet} markup without its sheet`).to.equal(true);
      if (used) (seen.get(name) ?? seen.set(name, new Set()).get(name)!).add(sheet);
    }
  }

  it('the checklist styles what each step renders', async () => {
    const el = await fixture<HTMLElement & { record: unknown; current: number; updateComplete: Promise<boolean> }>(html`<bsp-child-checklist></bsp-child-checklist>`);
    check('checklist', el, 'first step, empty');
    el.record = record;
    for (const step of [0, 1, 2, 3, 99]) {
      el.current = step;
      await el.updateComplete;
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      check('checklist', el, `step ${step}`);
    }
    expect([...seen.get('checklist')!].sort()).to.deep.equal(['banner', 'card', 'choice', 'segmented', 'stepper']);
  });

  it('the consent form styles what it renders and carries no checklist-only sheet', async () => {
    const el = await fixture(html`<bsp-consent-form></bsp-consent-form>`);
    check('consent', el, 'first render');
    const carried = sheetUse(el).filter((s) => s.carried).map((s) => s.sheet);
    expect(carried.sort()).to.deep.equal(['choice', 'segmented']);
  });

  it('the finder styles its filters and carries no layout class', async () => {
    const el = await fixture(html`<bsp-support-finder></bsp-support-finder>`);
    check('finder', el, 'first render');
    const youth = await fixture(html`<bsp-support-finder audience="youth"></bsp-support-finder>`);
    check('finder', youth, 'youth');
    expect(sheetUse(el).filter((s) => s.carried).map((s) => s.sheet)).to.deep.equal(['choice']);
  });

  it('the role panel carries none of these sheets, in any view', async () => {
    for (const view of ['ask', 'roles', 'role'] as const) {
      const el = await fixture(html`<bsp-role-panel view=${view} role-id="barneansvarlig"></bsp-role-panel>`);
      check('role panel', el, view);
      expect(sheetUse(el).filter((s) => s.carried || s.used)).to.deep.equal([]);
    }
  });
});
