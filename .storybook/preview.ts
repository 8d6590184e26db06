import type { Preview } from '@storybook/web-components-vite';
import { languages } from '@bsp/sdk';

const preview: Preview = {
  parameters: {
    // The accessibility panel fails stories with violations (WCAG 2.1 AA rules).
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
  },
  argTypes: {
    lang: { control: 'inline-radio', options: [...languages()] },
  },
};
export default preview;
