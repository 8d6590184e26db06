import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { addConsentEntry, emptyConsentRecord, type ConsentRecord } from '@bsp/sdk';
import '@bsp/consent/define';

type Args = { lang: 'nb' | 'nn' | 'en'; record?: ConsentRecord };

const at = '2026-11-23T10:00:00Z';
const partial = addConsentEntry(
  addConsentEntry(emptyConsentRecord(), { at, recipient: 'school', decision: 'given', information: ['practical'], children: [], method: 'verbal' }),
  { at, recipient: 'other-parent', decision: 'refused', information: [], children: [], method: 'verbal' },
);

const meta: Meta<Args> = {
  title: 'Consent form',
  component: 'bsp-consent-form',
  args: { lang: 'nb' },
  render: ({ lang, record }) =>
    html`<bsp-consent-form lang=${lang} role-panel-url="#hvem-spor-jeg" .record=${record ?? emptyConsentRecord()}></bsp-consent-form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Partial: Story = { args: { record: partial } };
export const Nynorsk: Story = { args: { lang: 'nn', record: partial } };
export const English: Story = { args: { lang: 'en' } };
export const InvalidRecord: Story = { args: { record: { version: 1, entries: [{ at: 'yesterday' }] } as unknown as ConsentRecord } };
