/**
 * Invariants of the theme tokens:
 * 1. every `--ds-*` name any widget's CSS reads is defined by `@digdir/designsystemet-css`'s
 *    theme (a misspelt name silently falls back and breaks dark mode, as
 *    `--ds-color-accent-contrast-default` once did);
 * 2. every private `--_*` token a stylesheet reads is declared somewhere in the widget's styles;
 * 3. every widget's styles start from the shared tokens;
 * 4. the font stack ends in a generic sans-serif whatever font family the host names.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import '@bsp/ui/define';
import '@bsp/role-panel/define';
import '@bsp/consent/define';
import '@bsp/checklist/define';
import '@bsp/finder/define';
import { tokens } from './tokens.js';
import {
  fetchDesignsystemetTheme,
  renderSharedClassesFixture,
} from '../../../../test/designsystemet-theme.js';

const WIDGET_TAGS = ['bsp-role-panel', 'bsp-consent-form', 'bsp-child-checklist', 'bsp-support-finder'] as const;

type StyledElementClass = CustomElementConstructor & { elementStyles: CSSResultOrNative[] };

function widgetStyles(tag: string): CSSResultOrNative[] {
  const ctor = customElements.get(tag) as StyledElementClass | undefined;
  if (!ctor) throw new Error(`${tag} is not registered`);
  return ctor.elementStyles;
}

function cssText(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((r) => r.cssText).join('\n');
  return style.cssText;
}

const allWidgetCss = (): string => WIDGET_TAGS.flatMap((tag) => widgetStyles(tag).map(cssText)).join('\n');

/** Names read through var(); `:` after a name marks a declaration, which this skips. */
const namesRead = (css: string, prefix: string): Set<string> =>
  new Set([...css.matchAll(new RegExp(`var\\(\\s*(${prefix}[a-z0-9-]+)`, 'g'))].map((m) => m[1]!));
const namesDeclared = (css: string, prefix: string): Set<string> =>
  new Set([...css.matchAll(new RegExp(`(${prefix}[a-z0-9-]+)\\s*:`, 'g'))].map((m) => m[1]!));

describe('design tokens', () => {
  let designsystemetNames: Set<string>;
  before(async () => {
    designsystemetNames = namesDeclared(await fetchDesignsystemetTheme(), '--ds-');
  });

  it('reads the theme of @digdir/designsystemet-css and knows the right contrast token', () => {
    // Guards the check below against an empty or unparsed theme file.
    expect(designsystemetNames.size).to.be.greaterThan(200);
    expect(designsystemetNames.has('--ds-color-accent-base-contrast-default')).to.equal(true);
    expect(designsystemetNames.has('--ds-color-accent-contrast-default')).to.equal(false);
  });

  it('uses only --ds-* names that Designsystemet defines, in every widget', () => {
    const used = namesRead(allWidgetCss(), '--ds-');
    expect(used.size, 'the widgets read Designsystemet tokens').to.be.greaterThan(15);
    expect([...used].filter((name) => !designsystemetNames.has(name))).to.deep.equal([]);
  });

  it('follows data-color through the unprefixed names Designsystemet switches', () => {
    const used = namesRead(cssText(tokens), '--ds-');
    for (const name of ['--ds-color-base-default', '--ds-color-base-contrast-default', '--ds-color-surface-tinted', '--ds-color-text-subtle']) {
      expect(used.has(name), name).to.equal(true);
    }
  });

  it('declares every private --_* token a widget reads', () => {
    for (const tag of WIDGET_TAGS) {
      const css = widgetStyles(tag).map(cssText).join('\n');
      const declared = namesDeclared(css, '--_');
      expect([...namesRead(css, '--_')].filter((name) => !declared.has(name)), tag).to.deep.equal([]);
    }
  });

  it('gives every widget the shared tokens first', () => {
    for (const tag of WIDGET_TAGS) expect(widgetStyles(tag)[0], tag).to.equal(tokens);
  });

  describe('font stack', () => {
    // Host values, hostile ones included: a font that is not installed, a quoted family with a
    // comma, a stack of its own and Designsystemet's default.
    const hostFonts = ['Inter', 'Not Installed Font', '"Name, with comma"', 'Georgia, serif', 'Arial'];
    for (const [property, value] of hostFonts.flatMap((f) => [['--ds-font-family', f], ['--bsp-font-family', f]] as const)) {
      it(`ends in sans-serif with ${property}: ${value}`, async () => {
        const host = await renderSharedClassesFixture({ properties: { [property]: value } });
        const family = getComputedStyle(host).fontFamily;
        const unquoted = (s: string) => s.replaceAll('"', '');
        expect(unquoted(family).startsWith(unquoted(value)), family).to.equal(true);
        expect(family.endsWith('sans-serif'), family).to.equal(true);
      });
    }

    it('renders a missing --ds-font-family font as sans-serif, not serif', async () => {
      const host = await renderSharedClassesFixture({ properties: { '--ds-font-family': 'Not Installed Font' } });
      const serif = document.createElement('span');
      serif.textContent = 'Barn som pårørende';
      serif.style.fontFamily = 'serif';
      host.parentElement!.append(serif);
      const heading = host.shadowRoot!.querySelector('h2')!;
      const probe = document.createElement('span');
      probe.textContent = 'Barn som pårørende';
      heading.replaceChildren(probe);
      serif.style.fontWeight = getComputedStyle(probe).fontWeight;
      serif.style.fontSize = getComputedStyle(probe).fontSize;
      expect(probe.getBoundingClientRect().width).to.not.be.closeTo(serif.getBoundingClientRect().width, 0.5);
    });
  });
});
