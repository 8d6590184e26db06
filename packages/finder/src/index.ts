export { BspSupportFinder, type FinderAudience } from './support-finder/support-finder.js';
export { BspSelectEvent, type FinderSelectDetail } from './events/bsp-select.js';
export { filtersFromSearch, filtersToSearch } from './support-finder/url-state.js';
