/**
 * Invariants of the shared classes (.segmented, .stepper, .card/.card-summary, .banner, and
 * the base controls), in our fallback theme and in Designsystemet's light, dark and auto themes:
 * 1. axe finds nothing;
 * 2. every rendered text has contrast ≥ 4.5:1 against what is behind it (measured from
 *    computed colours, hover aside);
 * 3. Designsystemet's `data-color` recolours the selected answer and keeps its text ≥ 4.5:1;
 * 4. every control is at least 24 × 24 px (segments and buttons 44 px tall);
 * 5. at 320 px nothing overflows sideways, whatever the answer labels (long, unbroken, markup);
 * 6. a segment is a native radio covering it (keyboard and clicks as native), ringed when focused;
 * 7. a closed card shows only its one-line summary; print keeps just the chosen answer.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { measureTextContrast, parseColor } from '../../../../test/contrast.js';
import {
  COLOR_SCHEMES,
  emulateColorScheme,
  loadDesignsystemetTheme,
  renderSharedClassesFixture,
  type ColorSchemeCase,
} from '../../../../test/designsystemet-theme.js';
import { XSS } from '../../../../test/conformance.js';
import type { BspSharedClassesFixture } from '../../../../test/shared-classes-fixture.js';

async function renderFixture(scheme?: ColorSchemeCase['scheme'], color?: string, width = 1280): Promise<BspSharedClassesFixture> {
  return renderSharedClassesFixture({ ...(scheme && { scheme }), ...(color && { color }), width });
}

const $ = <T extends Element>(el: BspSharedClassesFixture, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element>(el: BspSharedClassesFixture, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

function expectReadableText(el: BspSharedClassesFixture): void {
  const measured = measureTextContrast(el.shadowRoot!);
  expect(measured.length, 'text runs measured').to.be.greaterThan(25);
  const low = measured.filter((m) => m.ratio < 4.5).map((m) => `${m.text}: ${m.ratio.toFixed(2)} (${m.color} on ${m.background})`);
  expect(low).to.deep.equal([]);
}

describe('shared classes without Designsystemet (fallback tokens)', () => {
  it('is accessible and every text reaches 4.5:1', async () => {
    const el = await renderFixture();
    await expect(el).to.be.accessible();
    expectReadableText(el);
  });

  it('keeps every control at least 24 × 24 px, segments and buttons 44 px tall', async () => {
    const el = await renderFixture();
    for (const control of $$<HTMLElement>(el, 'input[type=radio]:not(.segmented input), input[type=checkbox], .card-summary, .stepper button')) {
      const box = control.getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24, `${control.outerHTML}: ${box.width}×${box.height}`).to.equal(true);
    }
    for (const control of $$<HTMLElement>(el, '.segmented > label, button')) {
      expect(control.getBoundingClientRect().height, control.textContent ?? '').to.be.at.least(44);
    }
  });

  const answerSets: readonly (readonly string[])[] = [
    ['Ja', 'Nei', 'Vet ikke'],
    ['Ja', 'Nei', 'Veit ikkje'],
    ['Yes', 'No', "Don't know"],
    ['Ja, og barnet bor fast hos pasienten', 'Nei', 'Vet ikke / ønsker ikke å svare nå'],
    ['Barnevernstjenesteovervåkningsordningsregisteret', 'Nei'],
    [XSS, XSS, XSS],
    Array.from({ length: 7 }, (_, i) => `Svar ${i + 1}`),
  ];
  for (const answers of answerSets) {
    it(`wraps at 320 px without sideways overflow: ${answers.join(' / ').slice(0, 60)}`, async () => {
      const el = await renderFixture(undefined, undefined, 320);
      el.answerLabels = answers;
      await el.updateComplete;
      const hostBox = el.getBoundingClientRect();
      expect(el.scrollWidth, 'host scroll width').to.be.at.most(el.clientWidth);
      for (const node of $$<HTMLElement>(el, '*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0 || node.closest('.visually-hidden, details:not([open])')) continue;
        expect(box.right, node.outerHTML.slice(0, 80)).to.be.at.most(hostBox.right + 0.5);
      }
      for (const segment of $$<HTMLLabelElement>(el, '.segmented > label')) {
        expect(segment.getBoundingClientRect().height).to.be.at.least(44);
        expect(segment.scrollWidth, segment.textContent ?? '').to.be.at.most(segment.clientWidth);
      }
      expect($$(el, 'img, script').length, 'labels stay text').to.equal(0);
    });
  }

  // Keyboard behaviour is the native radio group's; what the styles must keep is a reachable
  // input covering its segment and a ring on the segment while the input has keyboard focus.
  it('keeps each segment a focusable native radio covering the segment, ringed when focused', async () => {
    const el = await renderFixture();
    const radios = $$<HTMLInputElement>(el, '.segmented input[name=lives]');
    for (const radio of radios) {
      const [own, segment] = [radio.getBoundingClientRect(), radio.parentElement!.getBoundingClientRect()];
      expect([own.width, own.height]).to.deep.equal([segment.width - 2, segment.height - 2]);
      expect(radio.checkVisibility({ visibilityProperty: true })).to.equal(true);
      expect(radio.tabIndex).to.equal(0);
    }
    radios[1]!.focus();
    expect(radios[1]!.matches(':focus-visible'), 'programmatic focus without a pointer is focus-visible').to.equal(true);
    const ring = getComputedStyle(radios[1]!.parentElement!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(getComputedStyle(radios[0]!.parentElement!).outlineStyle).to.equal('none');
    radios[2]!.parentElement!.click();
    expect(radios.map((r) => r.checked)).to.deep.equal([false, false, true]);
  });

  it('draws the chosen answer and the current step in the accent colour', async () => {
    const el = await renderFixture();
    const chosen = $<HTMLInputElement>(el, '.segmented input:checked').parentElement!;
    const other = $$<HTMLLabelElement>(el, '.segmented > label')[1]!;
    expect(getComputedStyle(chosen).backgroundColor).to.equal('rgb(0, 98, 186)');
    expect(getComputedStyle(other).backgroundColor).to.not.equal('rgb(0, 98, 186)');
    const current = $(el, '.stepper [aria-current=step]');
    expect(getComputedStyle(current, '::before').backgroundColor).to.equal('rgb(0, 98, 186)');
    expect(getComputedStyle(current).fontWeight).to.equal('600');
  });

  it('shows a closed card as one summary line and opens it from the summary', async () => {
    const el = await renderFixture();
    const card = $$<HTMLDetailsElement>(el, 'details.card')[1]!;
    const summary = card.querySelector('summary')!;
    const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
    expect(card.getBoundingClientRect().height).to.be.below(lineHeight * 2 + 24);
    expect(card.querySelector('.card-body')!.checkVisibility()).to.equal(false);
    summary.click();
    expect(card.open).to.equal(true);
    expect(card.querySelector('.card-body')!.checkVisibility()).to.equal(true);
  });

  it('uses regular weight for option labels and bold for legends', async () => {
    const el = await renderFixture();
    for (const label of $$(el, '.choice label')) expect(getComputedStyle(label).fontWeight).to.equal('400');
    for (const legend of $$(el, 'legend')) expect(Number(getComputedStyle(legend).fontWeight)).to.be.at.least(600);
  });

  it('prints only the chosen answer, black on white even from a dark theme', async () => {
    const el = await renderSharedClassesFixture({ properties: { '--bsp-color-text': '#ececec', '--bsp-color-background': '#17181a' } });
    await emulateMedia({ media: 'print' });
    try {
      const [answered, open] = $$(el, '.segmented');
      const visible = (group: Element) => [...group.querySelectorAll('label')].filter((l) => l.checkVisibility()).map((l) => l.textContent);
      expect(visible(answered!)).to.deep.equal(['Ja']);
      expect(visible(open!)).to.deep.equal(['Ja', 'Nei', 'Vet ikke']);
      for (const text of $$(el, 'legend, .choice label, .segmented label, p:not(.help)')) {
        expect(getComputedStyle(text).color, text.textContent ?? '').to.equal('rgb(0, 0, 0)');
      }
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('shared classes in Designsystemet themes', () => {
  let unloadTheme: () => void;
  before(async () => {
    unloadTheme = await loadDesignsystemetTheme();
  });
  after(() => unloadTheme());

  for (const colorScheme of COLOR_SCHEMES) {
    it(`${colorScheme.name}: follows the theme, is accessible and every text reaches 4.5:1`, async () => {
      await emulateColorScheme(colorScheme.prefers);
      try {
        const el = await renderFixture(colorScheme.scheme);
        const dark = colorScheme.scheme === 'dark' || (colorScheme.scheme === 'auto' && colorScheme.prefers === 'dark');
        // Designsystemet's default neutral background: #17181a dark, #fff light.
        expect(getComputedStyle(el).backgroundColor).to.equal(dark ? 'rgb(23, 24, 26)' : 'rgb(255, 255, 255)');
        await expect(el).to.be.accessible();
        expectReadableText(el);
        const card = $$<HTMLDetailsElement>(el, 'details.card')[1]!;
        card.open = true;
        expectReadableText(el);
      } finally {
        await emulateColorScheme('light');
      }
    });
  }

  const dataColors = ['accent', 'brand1', 'brand2', 'neutral', 'success', 'danger', 'info'];
  for (const scheme of ['light', 'dark'] as const) {
    for (const color of dataColors) {
      it(`data-color="${color}" (${scheme}) recolours the chosen answer, text ≥ 4.5:1`, async () => {
        const el = await renderFixture(scheme, color);
        const probe = document.createElement('span');
        probe.style.color = `var(--ds-color-${color}-base-default)`;
        el.parentElement!.append(probe); // inside the wrapper carrying data-color
        const expected = getComputedStyle(probe).color;
        probe.remove();
        const chosen = $<HTMLInputElement>(el, '.segmented input:checked').parentElement!;
        expect(getComputedStyle(chosen).backgroundColor).to.equal(expected);
        const primary = $$<HTMLButtonElement>(el, 'button:not(.secondary, .link, .stepper button)')[0]!;
        expect(getComputedStyle(primary).backgroundColor).to.equal(expected);
        expect(parseColor(expected)[3]).to.equal(1);
        expectReadableText(el);
      });
    }
  }
});
