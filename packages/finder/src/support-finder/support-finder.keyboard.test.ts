/*
 * Keyboard-only walks of the support finder on a 320 px wide screen (Tab, Shift+Tab, Space,
 * Enter, Escape; text typed as key presses; no clicks, no `.value`). Invariants, checked after
 * every key press:
 * (a) focus never falls to <body> or null: it stays in the finder's shadow tree;
 * (b) the focused control shows a focus ring on :focus-visible (the detail heading script
 *     focuses as a landing point, tabindex="-1", is exempt);
 * (c) axe passes at each state of the walk.
 * And for the walks: typing searches; the filter panel opens and closes from its button, which
 * keeps focus and counts the active filters; a result's link is reachable; a detail opens and
 * "back" returns focus to the button that opened it; showing more results hands focus to the
 * first result added (the button is gone when all are shown); in the youth view the quick exit
 * is the first Tab stop (and Shift+Tab leaves again: no trap), and Enter on it (or Escape twice; an Escape that clears
 * the search field does not count) asks the host once per use to leave
 * (the finder's own `location.replace` runs only when no listener cancels `bsp-quick-exit`, so
 * the test cancels it: a real navigation would end the test page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { BspSupportFinder } from './support-finder.js';
import type { QuickExitDetail } from '../events/bsp-quick-exit.js';
import { checkpoint, deepActiveElement, expectLeaves, press, startBefore, tabTo, type } from '../../../../test/keyboard.js';

const root = (el: BspSupportFinder) => el.shadowRoot!;
/** The heading of each result card (its level follows `heading-level`). */
const resultNames = (el: BspSupportFinder) => [...root(el).querySelectorAll('.results .service :is(h1, h2, h3, h4, h5, h6)')].map((h) => h.textContent!.trim());
const toggle = (el: BspSupportFinder) => root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;

describe('<bsp-support-finder> by keyboard alone at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('searches, filters behind the disclosure, reaches a result link and a detail and back', async function () {
    this.timeout(30000);
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder lang="en"></bsp-support-finder>`);
    startBefore(el);
    await tabTo(el, 'input[type=search]', 'the search field');
    await type(el, 'grief');
    const found = resultNames(el);
    expect(root(el).querySelector('.lines'), 'not the empty state').to.equal(null);
    expect(found.length, 'a search for "grief" finds services').to.be.above(1);
    await checkpoint(el, 'search typed');

    // At 320 px the filters sit behind their button, closed.
    expect(getComputedStyle(root(el).querySelector('[part="filters"]')!).display).to.equal('none');
    await tabTo(el, '[part="filters-toggle"]', 'the filters button');
    await press(el, 'Enter');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement(), 'the button keeps focus').to.equal(toggle(el));
    await checkpoint(el, 'filters open');
    const situation = (await tabTo(el, '[id$="-situations-bereavement"]', 'the situation "bereavement"')) as HTMLInputElement;
    const expected = Number(situation.labels![0]!.textContent!.match(/\((\d+)\)/)![1]);
    await press(el, 'Space');
    expect(situation.checked).to.equal(true);
    const filtered = resultNames(el);
    expect(filtered.length, 'as many results as the count beside the filter said').to.equal(expected);
    expect(found).to.include.members(filtered);
    await tabTo(el, '[part="filters-toggle"]', 'the filters button', { backwards: true });
    expect(toggle(el).textContent!.trim()).to.equal('Filters (1 selected)');
    await press(el, 'Enter');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(root(el).querySelector('[part="filters"]')!).display).to.equal('none');
    await checkpoint(el, 'filters closed, one active');

    // A result's link, then its detail and back.
    const link = await tabTo(el, '.service a', "a result's link");
    expect(link.getAttribute('href')).to.match(/^(https?:|tel:)/);
    const more = await tabTo(el, '.service button', '"more about"');
    const id = more.closest('[data-id]')!.getAttribute('data-id');
    await press(el, 'Enter');
    expect(deepActiveElement()!.matches('[part="detail"] [data-focus-target]:is(h1, h2, h3, h4, h5, h6)'), 'the detail lands on its heading').to.equal(true);
    await checkpoint(el, 'detail');
    await tabTo(el, '[part="detail"] button', '"back to the list"', { backwards: true });
    await press(el, 'Enter');
    expect(deepActiveElement()!.closest('[data-id]')?.getAttribute('data-id'), 'back lands on the button that opened the detail').to.equal(id);
    await checkpoint(el, 'back in the list');
  });

  it('youth view: the quick exit is the first Tab stop and works with Enter and with Escape twice', async function () {
    this.timeout(20000);
    const exits: QuickExitDetail[] = [];
    const cancel = (e: Event) => {
      exits.push((e as CustomEvent<QuickExitDetail>).detail);
      e.preventDefault();
    };
    window.addEventListener('bsp-quick-exit', cancel);
    try {
      const el = await fixture<BspSupportFinder>(html`<bsp-support-finder audience="youth" exit-url="https://www.yr.no/"></bsp-support-finder>`);
      startBefore(el);
      const first = await press(el, 'Tab');
      expect(first.matches('[part="quick-exit"]'), `first Tab stop: ${first.outerHTML}`).to.equal(true);
      // No trap: Shift+Tab goes back out, Tab comes back to the quick exit.
      await expectLeaves(el, 'Shift+Tab');
      expect((await press(el, 'Tab')).matches('[part="quick-exit"]')).to.equal(true);
      await checkpoint(el, 'youth view, quick exit focused');
      await press(el, 'Enter');
      expect(exits).to.deep.equal([{ url: 'https://www.yr.no/' }]);

      await tabTo(el, 'input[type=search]', 'the search field');
      await type(el, 'pappa drikker');
      expect(resultNames(el).length, 'youth words find services').to.be.above(0);
      // Escape in a search field with text clears it: that press is the field's, not half an
      // exit (issue 29: clearing the search and pressing Escape once more left the page).
      await press(el, 'Escape');
      expect(root(el).querySelector<HTMLInputElement>('input[type=search]')!.value, 'Escape cleared the search').to.equal('');
      await press(el, 'Escape');
      expect(exits, 'clearing and one Escape do not leave').to.have.length(1);
      await press(el, 'Escape');
      expect(exits, 'Escape twice leaves').to.have.length(2);
    } finally {
      window.removeEventListener('bsp-quick-exit', cancel);
    }
  });

  it('showing more results hands focus to the first result it adds', async () => {
    const services = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, name: `Service ${i + 1}`, description: 'A local service.', audience: ['children'], format: ['group'], area: ['4601'] }));
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder lang="en" no-national .services=${services}></bsp-support-finder>`);
    // "More" is the finder's last stop: come in backwards from the control after it.
    startBefore(el, 'after');
    const more = await press(el, 'Shift+Tab');
    expect(more.textContent!.trim()).to.equal('10 services +');
    await press(el, 'Enter');
    expect(resultNames(el)).to.have.length(60);
    expect(deepActiveElement()!.closest('[data-id]')?.getAttribute('data-id'), 'focus on the first result added').to.equal('s50');
    await checkpoint(el, 'all results shown');
  });
});
