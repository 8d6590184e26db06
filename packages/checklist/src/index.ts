export { BspChildChecklist } from './child-checklist/child-checklist.js';
export { BspCompleteEvent, type ChecklistCompleteDetail } from './events/bsp-complete.js';
export type { BspChangeDetail, BspErrorDetail, BspMetric } from '@bsp/ui';
