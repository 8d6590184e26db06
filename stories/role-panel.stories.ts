import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bsp/role-panel/define';
import directory from '../examples/data/sample-directory.json';

type Args = { lang: 'nb' | 'nn' | 'en'; view: 'ask' | 'roles' | 'role'; unit: string; roleId: string };

const meta: Meta<Args> = {
  title: 'Role panel',
  component: 'bsp-role-panel',
  args: { lang: 'nb', view: 'ask', unit: '', roleId: '' },
  render: ({ lang, view, unit, roleId }) =>
    html`<bsp-role-panel lang=${lang} view=${view} unit=${unit} role-id=${roleId} .directory=${directory}></bsp-role-panel>`,
};
export default meta;
type Story = StoryObj<Args>;

export const WhoDoIAsk: Story = {};
export const UnitWithBarneansvarlig: Story = { args: { unit: 'sykehjem-solsiden' } };
export const UnitWithoutBarneansvarlig: Story = { args: { unit: 'rusteam' } };
export const Roles: Story = { args: { view: 'roles' } };
export const RoleDetail: Story = { args: { view: 'role', roleId: 'barneansvarlig' } };
export const Nynorsk: Story = { args: { lang: 'nn', unit: 'sykehjem-solsiden' } };
export const English: Story = { args: { lang: 'en', view: 'roles' } };
export const NoDirectory: Story = {
  render: ({ lang }) => html`<bsp-role-panel lang=${lang}></bsp-role-panel>`,
};
export const InvalidDirectory: Story = {
  render: ({ lang }) =>
    html`<bsp-role-panel lang=${lang} .directory=${{ municipality: 'X', units: [{ id: 'a', name: '' }] }}></bsp-role-panel>`,
};
