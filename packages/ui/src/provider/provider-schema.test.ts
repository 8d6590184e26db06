// Invariant: a `$schema` key (how editors such as VS Code find the JSON Schema) never reaches
// the widgets and never turns the configuration into an error.
import { expect, fixture } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { BspElement } from '../base/bsp-element.js';
import '../define.js';
import type { BspProvider } from './provider.js';

@customElement('test-bsp-config-probe')
class ConfigProbe extends BspElement<'x'> {
  protected readonly widget = 'role-panel' as const;
  protected readonly catalog = { nb: { x: 'x' }, nn: { x: 'x' }, en: { x: 'x' } };
  protected renderContent() {
    return this.config?.municipality ?? '';
  }
  get seenConfig() {
    return this.config;
  }
}

describe('<bsp-provider> inline JSON with $schema', () => {
  for (const schema of ['./node_modules/@bsp/sdk/dist/schemas/config.schema.json', '', 'javascript:alert(1)']) {
    it(`ignores "$schema": ${JSON.stringify(schema)}`, async () => {
      const json = JSON.stringify({ $schema: schema, municipality: 'Eksempel kommune' });
      const provider = await fixture<BspProvider>(
        `<bsp-provider lang="nb"><script type="application/json">${json}</script><test-bsp-config-probe></test-bsp-config-probe></bsp-provider>`,
      );
      const probe = provider.querySelector<ConfigProbe>('test-bsp-config-probe')!;
      await probe.updateComplete;
      expect(probe.seenConfig).to.deep.equal({ municipality: 'Eksempel kommune' });
      expect(probe.shadowRoot!.textContent).to.contain('Eksempel kommune');
      await expect(provider).to.be.accessible();
    });
  }
});
