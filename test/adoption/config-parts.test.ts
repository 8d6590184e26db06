// A web editor's configuration, as a page holds it: one <bsp-provider> with inline JSON and the
// four real widgets inside it.
// Invariants:
//  - a broken part (directory, catalog, procedure overlay) shows its error only in the widget that
//    uses it (its error view, or the finder's notice of rejected rows beside the national
//    catalogue) and only that widget dispatches bsp-error; every other widget renders its content;
//  - with every part valid, no widget shows an error (so the check above cannot pass by accident);
//  - many broken values per part (wrong type, hostile text, unsafe links) keep that isolation.
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@bsp/ui/define';
import '@bsp/role-panel/define';
import '@bsp/finder/define';
import '@bsp/checklist/define';
import '@bsp/consent/define';

const directory = {
  municipality: 'Testvik',
  units: [{ id: 'helse', name: 'Helse', barneansvarlig: [{ name: 'Per Testesen', phone: '+47 00 00 00 10' }] }],
};
const catalog = [
  { id: 'gruppe', name: 'Samtalegruppe', description: 'For barn som pårørende', audience: ['youth'], format: ['group'], area: ['0301'] },
];
const procedure = { wording: [] };

const TAGS = ['bsp-role-panel', 'bsp-support-finder', 'bsp-child-checklist', 'bsp-consent-form'] as const;
type Tag = (typeof TAGS)[number];
const USER: Record<string, Tag> = { directory: 'bsp-role-panel', catalog: 'bsp-support-finder', procedure: 'bsp-child-checklist' };

const broken: Record<keyof typeof USER, unknown[]> = {
  directory: [42, 'x', [], { municipality: 'Testvik', units: [{ id: 'a', name: '' }] }, { units: [{ id: 'a', name: 'A', links: [{ label: 'L', href: 'javascript:alert(1)' }] }] }, { units: '<img src=x onerror=alert(1)>' }],
  catalog: [42, 'x', { services: 7 }, [{ id: 'x', name: 'X', description: 'D', audience: ['youth'], format: ['group'], url: 'javascript:alert(1)' }], [{ id: '', name: '' }]],
  procedure: [42, 'x', [], { wording: 'nope' }, { remove: 'screening' }, { links: [{ step: 'screening', link: { label: 'L', href: 'javascript:alert(1)' } }] }],
};

async function page(config: Record<string, unknown>) {
  const json = JSON.stringify({ municipality: 'Testvik', ...config }).replace(/</g, '\\u003c');
  const errorsFrom = new Set<string>();
  const listen = (event: Event) => errorsFrom.add((event.composedPath()[0] as Element).localName);
  document.addEventListener('bsp-error', listen);
  const provider = await fixture(html`<bsp-provider lang="nb">
    <script type="application/json">${unsafeStatic(json)}</script>
    <bsp-role-panel></bsp-role-panel>
    <bsp-support-finder></bsp-support-finder>
    <bsp-child-checklist></bsp-child-checklist>
    <bsp-consent-form></bsp-consent-form>
  </bsp-provider>`);
  const widgets = TAGS.map((tag) => provider.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> });
  // Widgets settle after the provider's context arrives; give loaders (none here: no src) a tick.
  for (let round = 0; round < 3; round++) await Promise.all(widgets.map((w) => w.updateComplete));
  document.removeEventListener('bsp-error', listen);
  const shows = (tag: Tag) => {
    const root = provider.querySelector(tag)!.shadowRoot!;
    return { error: !!root.querySelector('.error-view, [part~="rejected"]'), text: root.textContent ?? '' };
  };
  return { shows, errorsFrom, provider };
}

describe('one broken part of the configuration', function () {
  // Each case renders all four widgets six times and runs axe over the whole page once: on two
  // busy cores that passes 10 s, so this suite alone gets 30 s (a guard, not a time assertion).
  this.timeout(30_000);
  it('with every part valid, no widget shows an error', async () => {
    const { shows, errorsFrom, provider } = await page({ directory, catalog, procedure });
    await expect(provider).to.be.accessible();
    for (const tag of TAGS) expect(shows(tag).error, `${tag}: ${shows(tag).text.replace(/\s+/g, " ").slice(0, 600)}`).to.equal(false);
    expect([...errorsFrom]).to.deep.equal([]);
    expect(shows('bsp-role-panel').text).to.contain('Helse');
    expect(shows('bsp-support-finder').text).to.contain('Samtalegruppe');
  });

  for (const [part, values] of Object.entries(broken)) {
    it(`a broken ${part} shows its error only in ${USER[part]}`, async () => {
      for (const [n, value] of values.entries()) {
        const { shows, errorsFrom, provider } = await page({ directory, catalog, procedure, [part]: value });
        if (n === values.length - 1) await expect(provider).to.be.accessible();
        for (const tag of TAGS) expect(shows(tag).error, `${part} #${n}: ${tag}`).to.equal(tag === USER[part]);
        expect([...errorsFrom], `${part} #${n}`).to.deep.equal([USER[part]]);
        if (part !== 'directory') expect(shows('bsp-role-panel').text, `${part} #${n}`).to.contain('Helse');
        if (part !== 'catalog') expect(shows('bsp-support-finder').text, `${part} #${n}`).to.contain('Samtalegruppe');
      }
    });
  }
});
