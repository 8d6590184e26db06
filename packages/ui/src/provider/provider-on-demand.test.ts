/**
 * Invariants of `<bsp-provider>` defined on demand (issue 12: most pages have no provider, so a
 * widget's define module no longer brings its code):
 * - a page without a provider never loads its code;
 * - a widget under a provider nothing has defined yet loads it, and its very first render already
 *   has the provider's language and configuration (no bokmål, no national defaults first), across
 *   shadow roots too;
 * - several widgets under one provider load it once, and every one gets its context;
 * - a provider whose configuration is wrong is shown in the widget's first render as before;
 * - what the provider's inline configuration needs (a widget's validator) is fetched beside the
 *   provider's code, not after it (one round trip, not two);
 * - when the code cannot load: the widget shows an error naming `bsp-provider` (never its
 *   defaults under a provider it cannot read), dispatches `bsp-error` once, throws nothing; attached
 *   again, it tries again and then works.
 * Order matters in this file: a tag once defined stays defined in a page, so the tests that need it
 * undefined come first (each checks that it still is).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@bsp/role-panel/define';
import type { BspRolePanel } from '@bsp/role-panel';
import { providerDefinition } from './provider-on-demand.js';
import { directoryValidator } from '../../../role-panel/src/role-panel/role-panel.js';
import { errorsOf, failingImport, lazySeam, recordShown } from '../../../../test/lazy-helpers.js';

const seam = lazySeam(providerDefinition);
const CONFIG = JSON.stringify({ municipality: 'Testvik', directory: { municipality: 'Testvik', units: [{ id: 'u1', name: 'Avdeling Nord', barneansvarlig: [{ name: 'Avdeling Nord', phone: '+47 55 00 00 00' }] }] } });

/** A provider (`lang`, inline configuration) with `count` role panels inside, attached to `parent`. */
function providerWith(lang: string, count: number, parent: ParentNode = document.body, config = CONFIG) {
  const provider = document.createElement('bsp-provider');
  provider.setAttribute('lang', lang);
  provider.innerHTML = `<script type="application/json"></script>`;
  provider.querySelector('script')!.textContent = config;
  const panels = Array.from({ length: count }, () => provider.appendChild(document.createElement('bsp-role-panel')) as BspRolePanel);
  parent.append(provider);
  return { provider, panels };
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<bsp-provider> on demand', () => {
  it('is not defined by a widget define module, and a page without it never loads it', async () => {
    let loads = 0;
    seam.unload(() => (loads++, seam.real()));
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel lang="en"></bsp-role-panel>`);
    await el.updateComplete;
    expect(customElements.get('bsp-provider')).to.equal(undefined);
    expect(loads).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('what its inline configuration needs is fetched beside its code, not after it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The provider's code stays on its way until released (and then fails: the tag stays undefined for the next tests).
    seam.unload(() => gate.then(failingImport));
    const validator = lazySeam(directoryValidator);
    let validatorLoads = 0;
    validator.unload(() => (validatorLoads++, validator.real()));
    const { provider, panels } = providerWith('nb', 1);
    await waitUntil(() => validatorLoads === 1, 'the directory validator requested while the provider code loads', { timeout: 5000 });
    expect(customElements.get('bsp-provider'), 'the provider code has not arrived').to.equal(undefined);
    release();
    await panels[0]!.updateComplete;
    expect(validatorLoads).to.equal(1);
    provider.remove();
  });

  it('when its code cannot load: an error naming bsp-provider, once; never the defaults; nothing throws', async () => {
    seam.unload(failingImport);
    // The provider's own `lang` still counts (the nearest `lang` above): the error is in nynorsk.
    const { provider, panels } = providerWith('nn', 2);
    const errors = panels.map((panel) => errorsOf(panel));
    const shown = panels.map((panel) => recordShown(panel));
    await Promise.all(panels.map((panel) => panel.updateComplete));
    expect(customElements.get('bsp-provider')).to.equal(undefined);
    for (const [i, panel] of panels.entries()) {
      const seen = shown[i]!();
      expect(seen, 'no role panel content before or beside the error').not.to.contain('Avdeling Nord');
      const error = panel.shadowRoot!.querySelector('[part="error"]');
      expect(error, 'the error view').to.exist;
      expect(error!.textContent).to.contain('bsp-provider');
      expect(error!.textContent).to.contain('Kunne ikkje hente <bsp-provider>');
      expect(errors[i]!.map((e) => e.code)).to.deep.equal(['load-failed']);
      expect(errors[i]![0]!.issues[0]!.path).to.equal('bsp-provider');
      await expect(panel).to.be.accessible();
    }
    // Attached again (the network is back): it tries again and the provider's content shows.
    seam.unload();
    const [first] = panels;
    first!.remove();
    provider.append(first!);
    await first!.updateComplete;
    await waitUntilProvided(first!);
    expect(text(first!)).to.contain('Avdeling Nord');
    expect(first!.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    provider.remove();
  });
});

describe('<bsp-provider> on demand, once defined', () => {
  // A fresh provider subtree per test; the tag is defined by the first test here (or the retry above).
  it('several widgets under an undefined provider: their first render has its language and configuration', async () => {
    const defined = customElements.get('bsp-provider') !== undefined;
    const { provider, panels } = providerWith('en', 3);
    const shown = panels.map((panel) => recordShown(panel));
    await Promise.all(panels.map((panel) => panel.updateComplete));
    for (const [i, panel] of panels.entries()) {
      const seen = shown[i]!();
      expect(seen, 'never bokmål').not.to.contain('Roller og ansvar');
      expect(seen.split('|').filter(Boolean)[0], 'the first render').to.contain('Avdeling Nord');
      expect(panel.locale).to.equal('en');
      await expect(panel).to.be.accessible();
    }
    expect(defined || customElements.get('bsp-provider') !== undefined).to.equal(true);
    provider.remove();
  });

  it('across shadow roots: a widget in a host component’s shadow root under a provider gets its context', async () => {
    const host = document.createElement('div');
    const { provider } = providerWith('nn', 0);
    provider.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const panel = root.appendChild(document.createElement('bsp-role-panel')) as BspRolePanel;
    await panel.updateComplete;
    expect(panel.locale).to.equal('nn');
    expect(text(panel)).to.contain('Avdeling Nord');
    provider.remove();
  });

  it('a wrong provider configuration is the widget’s first render', async () => {
    const { provider, panels } = providerWith('nb', 1, document.body, '{ "municipality": 42 }');
    const shown = recordShown(panels[0]!);
    await panels[0]!.updateComplete;
    const seen = shown();
    expect(seen.split('|').filter(Boolean)[0]).to.contain('municipality');
    expect(panels[0]!.shadowRoot!.querySelector('[part="error"]')).to.exist;
    provider.remove();
  });
});

/** The provider's context reaches a re-attached widget after its own update. */
async function waitUntilProvided(el: BspRolePanel): Promise<void> {
  for (let i = 0; i < 50 && !text(el).includes('Avdeling Nord'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
}
