import { defineArea } from '../../i18n/registry.js';
import { routineNb, type RoutineContentKey } from './nb.js';

export type { RoutineContent, RoutineContentKey } from './nb.js';

/** The routine's texts (procedure, guidance, legal references): bokmål bundled, others on demand. */
export const routineContent = /* @__PURE__ */ defineArea<RoutineContentKey, string>({
  name: 'routine',
  nb: routineNb,
  load: {
    nn: () => import('./nn.js').then((m) => m.routineNn),
    en: () => import('./en.js').then((m) => m.routineEn),
  },
});
