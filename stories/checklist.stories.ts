import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryStorage, emptyRecord, type ChecklistRecord } from '@bsp/sdk';
import '@bsp/checklist/define';

type Args = { lang: 'nb' | 'nn' | 'en'; record?: ChecklistRecord };

const twoChildren: ChecklistRecord = {
  ...emptyRecord(),
  answers: { hasChildren: 'yes', neglectConcern: 'no', consentStatus: 'refused', followUpWhere: ['health-station'], referralTo: 'Helsestasjon Sentrum' },
  children: [
    { id: 'a', answers: { relation: 'child', age: '6-9', responsibility: ['parental', 'daily-care'], informed: 'partly' } },
    { id: 'b', answers: { relation: 'sibling', age: '13–15', informed: 'no' } },
  ],
  excluded: [],
};

const meta: Meta<Args> = {
  title: 'Checklist',
  component: 'bsp-child-checklist',
  args: { lang: 'nb' },
  render: ({ lang, record }) =>
    html`<bsp-child-checklist lang=${lang} role-panel-url="#hvem-spor-jeg" .record=${record ?? emptyRecord()} .storage=${createMemoryStorage()}></bsp-child-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Screening: Story = {};
export const Nynorsk: Story = { args: { lang: 'nn' } };
export const English: Story = { args: { lang: 'en' } };
export const DutyToReport: Story = { args: { record: { ...emptyRecord(), answers: { neglectConcern: 'yes', childWithoutCareNow: 'yes' } } } };
export const TwoChildrenRefusedConsent: Story = { args: { record: twoChildren } };
export const InvalidRecord: Story = {
  render: ({ lang }) => html`<bsp-child-checklist lang=${lang} .record=${{ version: 2 }}></bsp-child-checklist>`,
};
