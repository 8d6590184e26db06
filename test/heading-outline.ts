// The heading outline a widget adds to its host page (issue 15: `heading-level` on every widget,
// no duplicate or out-of-order headings). Invariant checked: the widget's first heading is at the
// level the host chose; every other heading is deeper and never skips a level going down.
import { expect } from '@open-wc/testing';

export function headingLevels(root: ShadowRoot | Element): number[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
}

export function expectOutlineBelow(root: ShadowRoot | Element, level: number, where = ''): void {
  const levels = headingLevels(root);
  expect(levels[0], `${where} first heading`).to.equal(level);
  let deepest = level;
  for (const [i, l] of levels.slice(1).entries()) {
    // h6 is the deepest HTML has: a widget placed at h5/h6 keeps its inner headings at h6.
    expect(l, `${where} heading ${i + 2} of ${levels.join(',')}`).to.be.greaterThan(level === 6 ? 5 : level);
    expect(l, `${where} heading ${i + 2} of ${levels.join(',')} skips a level`).to.be.at.most(deepest + 1);
    deepest = Math.max(deepest, l);
  }
}
