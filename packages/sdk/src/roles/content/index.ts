import { defineArea } from '../../i18n/registry.js';
import { rolesNb, type RolesContentKey } from './nb.js';

export type { RolesContent, RolesContentKey } from './nb.js';

/** Role texts: bokmål bundled, other languages fetched when a page asks for them. */
export const rolesContent = /* @__PURE__ */ defineArea<RolesContentKey, string>({
  name: 'roles',
  nb: rolesNb,
  load: {
    nn: () => import('./nn.js').then((m) => m.rolesNn),
    en: () => import('./en.js').then((m) => m.rolesEn),
  },
});
