/**
 * Keyboard-only walks: keys pressed as a user presses them (`sendKeys`, real key events in
 * Chromium), and after every press the checks each `*.keyboard.test.ts` states at its top:
 * (a) focus stays inside the widget (never <body> or nowhere), (b) the focused control shows a
 * focus ring, (c) axe at each step's state (`checkpoint`).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

type Widget = HTMLElement & { updateComplete?: Promise<boolean> };

/** The focused element through open shadow roots; null when focus is on <body> or nowhere. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body ? null : active;
}

/** How an element reads in a failure message: `input#c1-age-6-9[radio] "6–9 år"`. */
export function describeElement(el: Element | null): string {
  if (!el) return '<body>';
  const id = el.id ? `#${el.id}` : '';
  const type = el instanceof HTMLInputElement ? `[${el.type}]` : '';
  const label = el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : (el.textContent ?? '');
  return `${el.localName}${id}${type} "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
}

/** Lets the widget and the widgets nested in it render, and run the focus moves they queue after rendering. */
export async function settle(widget: Widget): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await widget.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** True when `node` is `widget` or inside it, through shadow roots. */
function isInside(node: Node | null, widget: Element): boolean {
  for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === widget) return true;
  return false;
}

/** Invariant (a): focus is in the widget's shadow tree, not on <body>, null or elsewhere on the page. */
export function expectFocusInside(widget: Widget, after: string): HTMLElement {
  const active = deepActiveElement();
  expect(active, `focus lost to <body> after ${after}`).to.not.equal(null);
  expect(isInside(active, widget), `focus left the widget after ${after}: ${describeElement(active)}`).to.equal(true);
  expect(widget.shadowRoot!.activeElement, `the shadow root's activeElement is null after ${after}`).to.not.equal(null);
  return active as HTMLElement;
}

/** Draws a ring: an outline or a box-shadow, on something visible with a size. */
function drawsRing(el: Element): boolean {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return Number(style.opacity) > 0 && box.width > 0 && box.height > 0 && (outline || style.boxShadow !== 'none');
}

/**
 * Tab inside a date field visits its day, month and year, then the browser's own calendar
 * button: the field is still document's activeElement but no longer matches :focus, and the
 * button's ring is the browser's, out of the page's reach.
 */
function onBrowserPicker(el: Element): boolean {
  return el instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(el.type) && !el.matches(':focus');
}

/**
 * Invariant (b): the focused control matches :focus-visible and a ring is drawn on it, or on
 * its <label> when the native input is invisible under the label (segmented answers). A
 * heading that script focuses as a landing point (tabindex="-1", not a control) is exempt.
 */
export function expectFocusVisible(after: string): void {
  const active = deepActiveElement();
  if (!active || active.getAttribute('tabindex') === '-1' || onBrowserPicker(active)) return;
  expect(active.matches(':focus-visible'), `${describeElement(active)} is focused but not :focus-visible after ${after}`).to.equal(true);
  const ring = [active, active.closest('label')].find((el) => el && drawsRing(el));
  expect(ring, `no visible focus indicator on ${describeElement(active)} after ${after}`).to.not.equal(undefined);
}

/** One key as a user presses it; `Shift+Tab` holds Shift. */
async function sendKey(key: string): Promise<void> {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice('Shift+'.length) });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
}

/** Presses one key, lets the widget settle, then checks (a) and (b). */
export async function press(widget: Widget, key: string): Promise<HTMLElement> {
  await sendKey(key);
  await settle(widget);
  const active = expectFocusInside(widget, key);
  expectFocusVisible(key);
  return active;
}

/** Types text into the focused field as key presses, then checks (a) and (b). */
export async function type(widget: Widget, text: string): Promise<void> {
  await sendKeys({ type: text });
  await settle(widget);
  expectFocusInside(widget, `typing "${text}"`);
  expectFocusVisible(`typing "${text}"`);
}

/** No keyboard trap: `key` (Shift+Tab at the first stop, Tab at the last) takes focus out of the widget. */
export async function expectLeaves(widget: Widget, key: 'Tab' | 'Shift+Tab'): Promise<void> {
  await sendKey(key);
  await settle(widget);
  const active = deepActiveElement();
  expect(active !== null && !isInside(active, widget), `${key} kept focus in the widget: ${describeElement(active)}`).to.equal(true);
}

export interface TabToOptions {
  /** Shift+Tab instead of Tab. */
  backwards?: boolean;
  /** Presses before giving up (default 40). */
  max?: number;
}

/**
 * Presses Tab until the focused element matches `target` (a selector or a test), checking (a)
 * and (b) after each press. Fails after `max` presses, naming every element focused on the way.
 */
export async function tabTo(widget: Widget, target: string | ((el: Element) => boolean), what: string, options: TabToOptions = {}): Promise<HTMLElement> {
  const matches = typeof target === 'string' ? (el: Element) => el.matches(target) : target;
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 40); i++) {
    let active: HTMLElement;
    try {
      active = await press(widget, options.backwards ? 'Shift+Tab' : 'Tab');
    } catch (error) {
      throw new Error(`on the way to ${what}, after ${seen.join(' → ') || 'the start'}: ${(error as Error).message}`);
    }
    if (matches(active)) return active;
    seen.push(describeElement(active));
  }
  throw new Error(`${what} not reached after ${options.max ?? 40} presses of ${options.backwards ? 'Shift+Tab' : 'Tab'}; focused in turn: ${seen.join(' → ')}`);
}

/** The checks at a step's state: (a), (b) and (c) axe. */
export async function checkpoint(widget: Widget, state: string): Promise<void> {
  await settle(widget);
  expectFocusInside(widget, state);
  expectFocusVisible(state);
  await expect(widget, state).to.be.accessible();
}

/**
 * Puts focus on a plain button just before the widget (inside the fixture, so it goes with it),
 * so a walk enters the widget with Tab as a user does; `after` puts it after, for Shift+Tab.
 */
export function startBefore(widget: HTMLElement, where: 'before' | 'after' = 'before'): void {
  const start = document.createElement('button');
  start.textContent = 'Start';
  widget[where](start);
  start.focus();
}
