// One check for "a wrong-type property or an unreadable host object gives the error view naming it,
// never a throw" (issue 11), shared by the widgets' tests: each case breaks one property of a
// fresh element; the element must not throw, must emit `bsp-error` naming the property (or a
// place inside it), and must show that name in its role="alert" view.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

export type BreakCase<E> = [path: string, breakIt: (el: E) => void];

/** A Proxy that throws on every access: the hostile host object. */
export const revokedProxy = (): never => {
  const p = Proxy.revocable({}, {});
  p.revoke();
  return p.proxy as never;
};

export async function expectEachRefused<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  template: () => TemplateResult,
  cases: readonly BreakCase<E>[],
  { axe = false } = {},
): Promise<void> {
  for (const [path, breakIt] of cases) {
    const el = await fixture<E>(template());
    const event = oneEvent(el, 'bsp-error');
    expect(() => breakIt(el)).not.to.throw();
    const { detail } = (await event) as CustomEvent<{ issues: { path: string }[] }>;
    await el.updateComplete;
    // The property itself, or the place inside it ("record.answers", "childOptions.0").
    expect(detail.issues.some((i) => i.path === path || i.path.startsWith(`${path}.`)), `${path}: ${detail.issues.map((i) => i.path)}`).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(path);
    if (axe) await expect(el).to.be.accessible();
  }
}
