import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bsp/finder/define';
import localCatalog from '../examples/data/local-catalog.json';

type Args = { lang: 'nb' | 'nn' | 'en'; audience: 'families' | 'youth' | 'staff' };

const meta: Meta<Args> = {
  title: 'Support finder',
  component: 'bsp-support-finder',
  args: { lang: 'nb', audience: 'families' },
  render: ({ lang, audience }) => html`<bsp-support-finder lang=${lang} audience=${audience} .services=${localCatalog}></bsp-support-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Families: Story = {};
export const Youth: Story = { args: { audience: 'youth' } };
export const Staff: Story = { args: { audience: 'staff' } };
export const Nynorsk: Story = { args: { lang: 'nn' } };
export const English: Story = { args: { lang: 'en' } };
export const BrokenRows: Story = {
  render: ({ lang }) =>
    html`<bsp-support-finder lang=${lang} .services=${[{ id: 'bad', name: '', description: 'x', audience: ['children'], format: [], area: 'national' }]}></bsp-support-finder>`,
};
