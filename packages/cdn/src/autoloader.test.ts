/*
 * Invariants of the autoloader (bsp-all.js's core), for any tree of nodes:
 * - discover(root) runs the loader of exactly the known tags among root and its light-DOM
 *   descendants: never one for a look-alike (`bsp-role-panel-x`, `x-bsp-finder`, a class or
 *   `is` attribute, text or a comment naming a tag, a tag inside <template> content or inside
 *   a shadow root below root);
 * - each loader runs at most once however often its tag appears or is discovered, and once more
 *   only after it failed;
 * - observe(root) does the same for everything added later, in any way (appendChild,
 *   innerHTML, insertAdjacentHTML, a moved subtree), until stopped;
 * - load(tags) refuses unknown tags with a RangeError and then loads none of the list;
 * - a load observe() started that fails leaves no unhandled rejection: every element of that tag
 *   under the root dispatches one `bsp-error` (code load-failed, bubbling out of shadow roots),
 *   worded in the element's language.
 * The e2e tests (test/e2e/autoload.test.mjs) check the built bsp-all.js in a page.
 */
import { expect } from '@open-wc/testing';
import { createAutoloader } from './autoloader.js';

const KNOWN = ['bsp-provider', 'bsp-role-panel', 'bsp-child-checklist', 'bsp-consent-form', 'bsp-support-finder'];
const LOOK_ALIKES = ['bsp-role-panel-x', 'x-bsp-support-finder', 'bsp-', 'bsp-consent', 'div', 'section', 'span'];

function stubs(fail: ReadonlySet<string> = new Set()) {
  const calls: Record<string, number> = {};
  const loaders = Object.fromEntries(
    KNOWN.map((tag) => [
      tag,
      () => {
        calls[tag] = (calls[tag] ?? 0) + 1;
        return fail.has(tag) ? Promise.reject(new Error(`offline: ${tag}`)) : Promise.resolve();
      },
    ]),
  );
  return { calls, autoloader: createAutoloader(loaders) };
}

/** A small deterministic PRNG (mulberry32), so a failing tree can be rebuilt from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random tree under `parent`; returns the known tags placed in its light DOM. Hidden places
 * (template content, shadow roots, text, comments, attributes) get known tags too.
 */
function grow(parent: Element, next: () => number, depth: number): Set<string> {
  const visible = new Set<string>();
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const children = Math.floor(next() * 4);
  for (let i = 0; i < children; i += 1) {
    const kind = next();
    if (kind < 0.3) {
      const tag = pick(KNOWN);
      parent.appendChild(document.createElement(tag));
      visible.add(tag);
    } else if (kind < 0.4) {
      const template = parent.appendChild(document.createElement('template'));
      template.innerHTML = `<${pick(KNOWN)}></${pick(KNOWN)}>`;
    } else if (kind < 0.5) {
      const host = parent.appendChild(document.createElement('div'));
      host.attachShadow({ mode: 'open' }).innerHTML = `<div><${pick(KNOWN)}></${pick(KNOWN)}></div>`;
    } else if (kind < 0.6) {
      parent.append(`<${pick(KNOWN)}>`, document.createComment(`<${pick(KNOWN)}>`));
    } else {
      const element = parent.appendChild(document.createElement(pick(LOOK_ALIKES)));
      element.className = pick(KNOWN);
      element.setAttribute('is', pick(KNOWN));
      if (depth > 0) for (const tag of grow(element, next, depth - 1)) visible.add(tag);
    }
  }
  return visible;
}

const settle = () => new Promise((resolve) => setTimeout(resolve));
const loadedOnce = (tags: Iterable<string>) =>
  Object.fromEntries([...tags].sort().map((tag) => [tag, 1]));
const sorted = (calls: Record<string, number>) => Object.fromEntries(Object.entries(calls).sort());

describe('createAutoloader', () => {
  it('discover: exactly the known light-DOM tags, once each, for 200 generated trees', async () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const { calls, autoloader } = stubs();
      const root = document.createElement('div');
      const expected = grow(root, random(seed), 5);
      await autoloader.discover(root);
      await autoloader.discover(root);
      expect(sorted(calls), `seed ${seed}`).to.deep.equal(loadedOnce(expected));
    }
  });

  it('discover includes the root itself and works on fragments and shadow roots', async () => {
    const { calls, autoloader } = stubs();
    await autoloader.discover(document.createElement('bsp-support-finder'));
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p><bsp-role-panel></bsp-role-panel></p>';
    await autoloader.discover(host.shadowRoot!);
    const fragment = document.createRange().createContextualFragment('<bsp-consent-form></bsp-consent-form>');
    await autoloader.discover(fragment);
    expect(sorted(calls)).to.deep.equal({ 'bsp-consent-form': 1, 'bsp-role-panel': 1, 'bsp-support-finder': 1 });
  });

  it('observe: tags added later in any way are loaded once; nothing after stop()', async () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const { calls, autoloader } = stubs();
      const root = document.body.appendChild(document.createElement('div'));
      const next = random(seed);
      const stop = autoloader.observe(root);
      const expected = new Set<string>();
      for (let batch = 0; batch < 4; batch += 1) {
        const scratch = document.createElement('div');
        for (const tag of grow(scratch, next, 4)) expected.add(tag);
        const way = batch % 4;
        if (way === 0) root.appendChild(scratch);
        else if (way === 1) root.insertAdjacentHTML('beforeend', scratch.innerHTML);
        else if (way === 2) root.appendChild(document.createElement('div')).innerHTML = scratch.innerHTML;
        else root.append(...scratch.childNodes); // a moved subtree
      }
      await settle();
      // innerHTML drops shadow roots and keeps template content inert: the expectation holds.
      expect(sorted(calls), `seed ${seed}`).to.deep.equal(loadedOnce(expected));
      stop();
      const before = { ...calls };
      root.innerHTML = KNOWN.map((tag) => `<${tag}></${tag}>`).join('');
      await settle();
      for (const tag of KNOWN) expect(calls[tag] ?? 0, `${tag} after stop, seed ${seed}`).to.equal(before[tag] ?? 0);
      root.remove();
    }
  });

  it('a failed load is retried by the next discovery, a successful one never', async () => {
    const { calls, autoloader } = stubs(new Set(['bsp-role-panel']));
    const root = document.createElement('div');
    root.innerHTML = '<bsp-role-panel></bsp-role-panel><bsp-support-finder></bsp-support-finder>';
    let failure: unknown;
    await autoloader.discover(root).catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('offline: bsp-role-panel');
    await autoloader.discover(root).catch(() => undefined);
    expect(sorted(calls)).to.deep.equal({ 'bsp-role-panel': 2, 'bsp-support-finder': 1 });
  });

  it('observe: a failed load is reported by each element of that tag, never as an unhandled rejection', async () => {
    const { autoloader } = stubs(new Set(['bsp-role-panel']));
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    const root = document.body.appendChild(document.createElement('div'));
    root.innerHTML = '<section lang="nn"><bsp-role-panel></bsp-role-panel></section><bsp-role-panel lang="en"></bsp-role-panel><bsp-support-finder></bsp-support-finder>';
    const errors: { tag: string; detail: { code: string; message: string; issues: { path: string }[] } }[] = [];
    root.addEventListener('bsp-error', (e) => errors.push({ tag: (e.target as Element).localName, detail: (e as CustomEvent).detail }));
    const stop = autoloader.observe(root);
    await settle();
    root.insertAdjacentHTML('beforeend', '<div><bsp-role-panel></bsp-role-panel></div>');
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 50)); // unhandledrejection fires after a task
    stop();
    window.removeEventListener('unhandledrejection', onUnhandled);
    root.remove();
    expect(unhandled).to.deep.equal([]);
    expect(errors.map((e) => e.tag)).to.deep.equal(['bsp-role-panel', 'bsp-role-panel', 'bsp-role-panel']);
    expect(errors.map((e) => e.detail.message)).to.deep.equal([
      'Kunne ikkje hente komponenten bsp-role-panel.',
      'Could not load the widget bsp-role-panel.',
      'Kunne ikke hente komponenten bsp-role-panel.',
    ]);
    for (const { detail } of errors) {
      expect(detail.code).to.equal('load-failed');
      expect(detail.issues[0]!.path).to.equal('bsp-role-panel');
    }
  });

  it('load refuses unknown tags, hostile ones included, and then loads none of the list', async () => {
    for (const hostile of ['bsp-nope', 'BSP-ROLE-PANEL', '__proto__', 'constructor', 'toString', '', 'bsp-role-panel ', '*']) {
      const { calls, autoloader } = stubs();
      let failure: unknown;
      await autoloader.load(['bsp-support-finder', hostile]).catch((error: unknown) => (failure = error));
      expect(failure, JSON.stringify(hostile)).to.be.instanceOf(RangeError);
      expect(calls, JSON.stringify(hostile)).to.deep.equal({});
    }
    const { calls, autoloader } = stubs();
    await autoloader.load('bsp-consent-form');
    await autoloader.load(['bsp-consent-form', 'bsp-child-checklist']);
    expect(sorted(calls)).to.deep.equal({ 'bsp-child-checklist': 1, 'bsp-consent-form': 1 });
  });
});
