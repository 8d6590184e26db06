/*
 * The keyboard-walk checks must be able to fail: each is run here on a small element that
 * breaks it (a button that removes itself on Enter, a control with its ring taken away, a Tab
 * target that does not exist, a trap) and must report it, naming what was focused.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '@bsp/ui';
import { expectLeaves, press, startBefore, tabTo } from './keyboard.js';

/** Two buttons in a shadow root: the first removes itself on click; `.plain` has no focus ring. */
class KeyboardProbe extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:focus-visible { outline: 3px solid blue; } .plain:focus-visible { outline: none; }</style>
      <button id="vanishing">Vanish</button><button class="plain">Plain</button>`;
    root.querySelector('#vanishing')!.addEventListener('click', (e) => (e.target as Element).remove());
  }
}
defineElement('keyboard-probe', KeyboardProbe);

/** A focus trap: Tab on its only button is swallowed. */
class KeyboardTrap extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:focus-visible { outline: 3px solid blue; }</style><button>Trapped</button>`;
    root.querySelector('button')!.addEventListener('keydown', (e) => e.key === 'Tab' && e.preventDefault());
  }
}
defineElement('keyboard-trap', KeyboardTrap);

async function failureOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no failure';
}

describe('keyboard walk checks', () => {
  it('pass on a control with a ring and fail when focus falls to <body>', async () => {
    const el = await fixture<HTMLElement>(html`<keyboard-probe></keyboard-probe>`);
    startBefore(el);
    await tabTo(el, '#vanishing', 'the first button');
    expect(await failureOf(() => press(el, 'Enter'))).to.contain('focus lost to <body> after Enter');
  });

  it('fail on a focused control without a visible ring, naming it', async () => {
    const el = await fixture<HTMLElement>(html`<keyboard-probe></keyboard-probe>`);
    startBefore(el);
    await tabTo(el, '#vanishing', 'the first button');
    expect(await failureOf(() => press(el, 'Tab'))).to.contain('no visible focus indicator on button "Plain" after Tab');
  });

  it('fail when Tab never reaches the target, listing what was focused on the way', async () => {
    const el = await fixture<HTMLElement>(html`<keyboard-probe></keyboard-probe>`);
    startBefore(el);
    const message = await failureOf(() => tabTo(el, '#missing', 'a button that is not there', { max: 1 }));
    expect(message).to.contain('a button that is not there not reached after 1 presses of Tab; focused in turn: button#vanishing "Vanish"');
  });

  it('fail when a widget keeps focus on Tab (a trap)', async () => {
    const el = await fixture<HTMLElement>(html`<keyboard-trap></keyboard-trap>`);
    startBefore(el);
    await press(el, 'Tab');
    expect(await failureOf(() => expectLeaves(el, 'Tab'))).to.contain('Tab kept focus in the widget: button "Trapped"');
  });
});
