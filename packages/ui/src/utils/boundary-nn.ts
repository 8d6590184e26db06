import type { BoundaryKey } from './property-guard.js';

/** Why host data was refused, nynorsk. */
export const boundaryNn: Record<BoundaryKey, string> = {
  tooDeep: 'har for mange nivå inni kvarandre: høgst {max}',
  tooManyValues: 'har for mange verdiar: høgst {max}',
  tooMuchText: 'har for mykje tekst: høgst {max} teikn',
};
