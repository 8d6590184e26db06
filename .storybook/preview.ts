import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Designsystemet's default theme, so every story can be seen (and a11y-checked) in its light and
// dark schemes through the "Color scheme" toolbar.
import '@digdir/designsystemet-css/theme.css';
import { languages } from '@bsp/sdk';

const preview: Preview = {
  parameters: {
    // The accessibility panel fails stories with violations (WCAG 2.1 AA rules).
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
  },
  argTypes: {
    lang: { control: 'inline-radio', options: [...languages()] },
  },
  globalTypes: {
    colorScheme: {
      description: 'Designsystemet color scheme',
      toolbar: { title: 'Color scheme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { colorScheme: 'light' },
  decorators: [
    (story, context) => html`<div
      data-color-scheme=${context.globals['colorScheme'] === 'dark' ? 'dark' : 'light'}
      style="background: var(--ds-color-neutral-background-default); padding: 1rem"
    >
      ${story()}
    </div>`,
  ],
};
export default preview;
