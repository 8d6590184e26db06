/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Designsystemet's default theme, so every story can be seen (and a11y-checked) in its light and
// dark schemes through the "Color scheme" toolbar.
import '@digdir/designsystemet-css/theme.css';
import { languages } from '@bsp/sdk';

// Docs and controls come from the generated custom-elements.json of every package (attributes,
// properties, events with detail types, CSS custom properties, parts, states): written by
// `npm run build`, never by hand. Missing (no build yet), the stories still render.
const manifests = import.meta.glob<{ schemaVersion: string; modules: unknown[] }>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // The accessibility panel fails stories with violations (WCAG 2.1 AA rules); every story is
    // also run with axe in npm test (test/e2e/stories-a11y.test.mjs).
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    controls: { expanded: true },
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
