export type { RoutineContent, RoutineContentKey, RoutineMappingContentKey, RoutineScreeningContentKey } from './nb.js';

/**
 * The routine's texts in the other languages: one module per language for both parts (a
 * language asked for is all needed by then). Shared by both parts' areas: one fetch each.
 */
export const routineLoaders = {
  nn: () => import('./nn.js').then((m) => m.routineNn),
  en: () => import('./en.js').then((m) => m.routineEn),
};
