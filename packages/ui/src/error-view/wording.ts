import { LazyModule } from '../on-demand/on-demand.js';

/**
 * The wording of what is wrong with what a host set (a property, the provider's configuration):
 * loaded only when a plain check has failed; until it is there the widget waits to render.
 */
export const errorWording = new LazyModule(() => import('./error-wording.js'));
