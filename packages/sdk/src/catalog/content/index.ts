import { defineArea } from '../../i18n/registry.js';
import { labelsNb, type LabelsContentKey } from './labels-nb.js';
import { nationalNb, type NationalContentKey } from './national-nb.js';

export type { LabelsContent, LabelsContentKey } from './labels-nb.js';
export type { NationalContent, NationalContentKey } from './national-nb.js';

/** Filter and badge labels: bokmål bundled, other languages fetched when a page asks for them. */
export const labelsContent = /* @__PURE__ */ defineArea<LabelsContentKey, string>({
  name: 'catalog-labels',
  nb: labelsNb,
  load: {
    nn: () => import('./labels-nn.js').then((m) => m.labelsNn),
    en: () => import('./labels-en.js').then((m) => m.labelsEn),
  },
});

/** Names and descriptions of the national catalogue's services. */
export const nationalContent = /* @__PURE__ */ defineArea<NationalContentKey, string>({
  name: 'national-catalog',
  nb: nationalNb,
  load: {
    nn: () => import('./national-nn.js').then((m) => m.nationalNn),
    en: () => import('./national-en.js').then((m) => m.nationalEn),
  },
});
