/**
 * Invariants of the role panel's validator on demand (issue 12: zod and the directory schema
 * are not in the first load):
 * - a panel the host hands no directory, whatever its other properties (views, roles, wrong
 *   values), renders and works without loading the validator;
 * - a panel handed a directory (property, provider config) shows it in its very first render:
 *   the "no directory" notice never flashes first; hostile directories still end in the error
 *   view, never a throw;
 * - a validator that cannot load shows the error view naming `directory` and dispatches one
 *   `bsp-error`; once it can load, a new directory is shown.
 * The order of the tests matters: the module is loaded once per page (one test file = one page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { MunicipalDirectory } from '@bsp/sdk';
import type { BspProvider } from '@bsp/ui';
import '../define.js';
import { directoryValidator, type BspRolePanel } from './role-panel.js';
import { hostileValues } from '../../../../test/robustness/hostile.js';
import { errorsOf, recordShown } from '../../../../test/lazy-helpers.js';

const directory: MunicipalDirectory = {
  municipality: 'Testvik',
  units: [{ id: 'hs', name: 'Hjemmesykepleien Nord', barneansvarlig: [{ name: 'Hilde', title: 'Sykepleier' }] }],
};
const NO_DIRECTORY = 'Kommunen har ikke lagt inn en oversikt over enheter';

type Importer = { importer: () => Promise<unknown> };

describe('<bsp-role-panel> validator on demand', () => {
  it('without a directory: every view and wrong property value renders without loading the validator', async () => {
    for (const view of ['ask', 'roles', 'role', 'garbage']) {
      const el = await fixture<BspRolePanel>(html`<bsp-role-panel role-id="barneansvarlig"></bsp-role-panel>`);
      el.setAttribute('view', view); // attributes are text: 'garbage' too
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.exist;
    }
    for (const { value } of hostileValues(7)) {
      const el = await fixture<BspRolePanel>(html`<bsp-role-panel></bsp-role-panel>`);
      (el as unknown as Record<string, unknown>)['unit'] = value;
      await el.updateComplete;
    }
    expect(directoryValidator.module === undefined, 'not loaded (a boolean: printing a module namespace can hang the runner)').to.equal(true);
  });

  it('a validator that cannot load: the error view names the directory, one bsp-error, no throw', async () => {
    const real = (directoryValidator as unknown as Importer).importer;
    (directoryValidator as unknown as Importer).importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = document.createElement('bsp-role-panel') as BspRolePanel;
      const errors = errorsOf(el);
      el.directory = directory;
      document.body.append(el);
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('oversikten over enheter');
      expect(error.textContent).to.contain('kunne ikke kontrolleres');
      expect(errors.map((e) => [e.code, e.issues[0]?.path])).to.deep.equal([['load-failed', 'directory']]);
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      (directoryValidator as unknown as Importer).importer = real;
    }
  });

  it('a directory set as a property is in the first render: no flash of "no directory"', async () => {
    const el = document.createElement('bsp-role-panel') as BspRolePanel;
    el.directory = directory;
    document.body.append(el);
    const shown = recordShown(el);
    await el.updateComplete;
    const all = shown();
    expect(all).to.contain('Hjemmesykepleien Nord');
    expect(all).to.not.contain(NO_DIRECTORY);
    expect(directoryValidator.module !== undefined, 'loaded').to.equal(true);
    el.remove();
  });

  it('a directory in the provider config is in the first render too', async () => {
    const provider = document.createElement('bsp-provider') as BspProvider;
    provider.innerHTML = `<script type="application/json">${JSON.stringify({ directory })}</script><bsp-role-panel></bsp-role-panel>`;
    document.body.append(provider);
    const el = provider.querySelector('bsp-role-panel') as BspRolePanel;
    await customElements.whenDefined('bsp-role-panel');
    const shown = recordShown(el);
    await el.updateComplete;
    expect(shown()).to.not.contain(NO_DIRECTORY);
    expect(el.shadowRoot!.querySelector('#unit-search')).to.exist;
    provider.remove();
  });

  it('hostile directories end in the error view (null and undefined: unset), never a throw', async () => {
    for (const { label, value } of hostileValues(11, 24)) {
      const el = await fixture<BspRolePanel>(html`<bsp-role-panel></bsp-role-panel>`);
      el.directory = value;
      await el.updateComplete;
      const unset = value === null || value === undefined;
      expect(el.shadowRoot!.querySelector('[part="error"]') !== null, label).to.equal(!unset);
    }
  });
});
