export { BspConsentForm } from './consent-form/consent-form.js';
export { checklistConsentContext, type ChecklistConsentContextValue, type PendingConsentDecisions } from './consent-context.js';
export type { BspChangeDetail, BspErrorDetail, BspMetric } from '@bsp/ui';
