import { defineArea } from '../../i18n/registry.js';
import { routineLoaders, type RoutineScreeningContentKey } from './index.js';
import { routineScreeningNb } from './screening-nb.js';

/**
 * Part 1's texts: area `routine` like part 2's (one table and one override namespace for hosts;
 * keys never collide), bokmål bundled, other languages on demand.
 */
export const routineScreeningContent = /* @__PURE__ */ defineArea<RoutineScreeningContentKey, string>({
  name: 'routine',
  nb: routineScreeningNb,
  load: routineLoaders,
});
