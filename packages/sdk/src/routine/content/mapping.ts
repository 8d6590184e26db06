import { defineArea } from '../../i18n/registry.js';
import { routineLoaders, type RoutineMappingContentKey } from './index.js';
import { routineMappingNb } from './mapping-nb.js';

/** Part 2's texts: area `routine` as part 1's, so they arrive with part 2's code. */
export const routineMappingContent = /* @__PURE__ */ defineArea<RoutineMappingContentKey, string>({
  name: 'routine',
  nb: routineMappingNb,
  load: routineLoaders,
});
