/**
 * What every bsp- widget must do, run once per widget from its own test file:
 * axe-clean default render, all three languages, host message overrides, the error view with
 * a named field and a `bsp-error` event, inert untrusted strings, and safe double registration.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { languages, type BspErrorDetail } from '@bsp/sdk';
import { defineElement } from '@bsp/ui';

export interface ConformanceOptions<E extends HTMLElement> {
  tag: string;
  /** A valid, minimal widget. `lang` is applied as an attribute by the suite. */
  render: () => TemplateResult;
  /** Makes the widget receive invalid config/data; resolves once it had the chance to react. */
  makeInvalid: (el: E) => void | Promise<void>;
  /** A field path the error must name, e.g. `units.0.name`. */
  invalidPath: string;
  /** How the widget shows that path, when it words it differently (finder: "Rad 2: name"). */
  shownPath?: string;
  /** Gives the widget untrusted strings containing markup; the suite checks they stay text. */
  injectXss?: (el: E) => void | Promise<void>;
  /** A message key and a place it is visible in the default render. */
  overrideKey: string;
}

export const XSS = `<img src=x onerror="window.__bspXss=1"><script>window.__bspXss=1</script>"'><b>fet</b> javascript:alert(1)`;

function visibleText(el: HTMLElement): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

export function runConformance<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  options: ConformanceOptions<E>,
): void {
  describe(`<${options.tag}> conformance`, () => {
    it('renders and is accessible in nb, nn and en, with different text per language', async () => {
      const texts = new Set<string>();
      for (const lang of languages()) {
        const el = await fixture<E>(options.render());
        el.setAttribute('lang', lang);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
        texts.add(visibleText(el));
      }
      expect(texts.size, 'each language shows its own text').to.equal(languages().length);
    });

    it('lets the host override a message by key', async () => {
      const el = await fixture<E>(options.render());
      (el as unknown as { messages: unknown }).messages = { nb: { [options.overrideKey]: 'Vertens egen tekst' } };
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Vertens egen tekst');
    });

    it('shows a readable error naming the field and dispatches bsp-error', async () => {
      const el = await fixture<E>(options.render());
      const event = oneEvent(el, 'bsp-error');
      await options.makeInvalid(el);
      const { detail } = (await event) as CustomEvent<BspErrorDetail>;
      await el.updateComplete;
      expect(detail.issues.map((i) => i.path)).to.include(options.invalidPath);
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'error view').to.exist;
      expect(alert!.textContent).to.contain(options.shownPath ?? options.invalidPath);
      await expect(el).to.be.accessible();
    });

    if (options.injectXss) {
      it('renders untrusted strings as text only', async () => {
        const el = await fixture<E>(options.render());
        await options.injectXss!(el);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        const root = el.shadowRoot!;
        expect(root.querySelector('img, script, b'), 'no injected element').to.equal(null);
        expect((window as { __bspXss?: number }).__bspXss).to.equal(undefined);
        for (const a of root.querySelectorAll('a[href]')) {
          expect(a.getAttribute('href')!.trim().toLowerCase()).not.to.match(/^(javascript|data|vbscript):/);
        }
        expect(visibleText(el)).to.contain('<b>fet</b>');
      });
    }

    it('survives a second copy defining the same tag', () => {
      class SecondCopy extends HTMLElement {}
      expect(() => defineElement(options.tag, SecondCopy)).not.to.throw();
      expect(customElements.get(options.tag)).not.to.equal(SecondCopy);
    });
  });
}
