import type { BoundaryKey } from './property-guard.js';

/** Why host data was refused, English. */
export const boundaryEn: Record<BoundaryKey, string> = {
  tooDeep: 'is nested too deeply: at most {max} levels',
  tooManyValues: 'has too many values: at most {max}',
  tooMuchText: 'has too much text: at most {max} characters',
};
