export { BspSupportFinder, type FinderAudience, type FinderSyncUrl } from './support-finder/support-finder.js';
export { BspSelectEvent, type FinderSelectDetail } from './events/bsp-select.js';
export { BspQuickExitEvent, type QuickExitDetail } from './events/bsp-quick-exit.js';
export { filtersFromSearch, filtersToSearch } from './support-finder/url-state.js';
export type { BspErrorDetail, BspMetric } from '@bsp/ui';
