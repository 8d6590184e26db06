/**
 * Designsystemet's default theme (`@digdir/designsystemet-css`, a devDependency for tests only)
 * loaded into the test page, and the colour schemes a host can choose with it.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { BspSharedClassesFixture } from './shared-classes-fixture.js';
import './shared-classes-fixture.js';

export const DESIGNSYSTEMET_THEME_URL = '/node_modules/@digdir/designsystemet-css/dist/theme/designsystemet.css';

export async function fetchDesignsystemetTheme(): Promise<string> {
  const response = await fetch(DESIGNSYSTEMET_THEME_URL);
  if (!response.ok) throw new Error(`Designsystemet theme not served: ${response.status}`);
  return response.text();
}

/** Adds the theme stylesheet to the document; call the returned function to remove it. */
export async function loadDesignsystemetTheme(): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = DESIGNSYSTEMET_THEME_URL;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

export interface ColorSchemeCase {
  name: string;
  /** Value of `data-color-scheme` on the widget's ancestor. */
  scheme: 'light' | 'dark' | 'auto';
  /** The reader's system preference, for `auto`. */
  prefers: 'light' | 'dark';
}

export const COLOR_SCHEMES: readonly ColorSchemeCase[] = [
  { name: 'light', scheme: 'light', prefers: 'light' },
  { name: 'dark', scheme: 'dark', prefers: 'light' },
  { name: 'auto, system prefers dark', scheme: 'auto', prefers: 'dark' },
  { name: 'auto, system prefers light', scheme: 'auto', prefers: 'light' },
];

export async function emulateColorScheme(prefers: 'light' | 'dark'): Promise<void> {
  await emulateMedia({ colorScheme: prefers });
}

export interface FixtureHost {
  /** `data-color-scheme` and `data-color` on the wrapper, as a Designsystemet host sets them. */
  scheme?: 'light' | 'dark' | 'auto';
  color?: string;
  /** Wrapper width in CSS px (the widget reflows by its container). */
  width?: number;
  /** Custom properties on the wrapper, e.g. `--ds-font-family`. */
  properties?: Record<string, string>;
}

/**
 * Renders the fixture and gives its wrapper (the div open-wc renders into and removes after each
 * test) the host's theme attributes. The Lit element is the fixture root so open-wc waits for
 * its update, not for an animation frame: frames stop in a page left in the background when the
 * other test file's page closes (two run at a time).
 */
export async function renderSharedClassesFixture(host: FixtureHost = {}): Promise<BspSharedClassesFixture> {
  const el = await fixture<BspSharedClassesFixture>(html`<bsp-shared-classes-fixture></bsp-shared-classes-fixture>`);
  const wrapper = el.parentElement!;
  if (host.scheme) wrapper.dataset['colorScheme'] = host.scheme;
  if (host.color) wrapper.dataset['color'] = host.color;
  wrapper.style.width = `${host.width ?? 1280}px`;
  for (const [name, value] of Object.entries(host.properties ?? {})) wrapper.style.setProperty(name, value);
  return el;
}
