// Imported on demand (consent-form.ts, `consentValidator`): zod and the consent record's schema
// stay out of the form's first load, as most pages hand it no record. The records the form
// builds itself are valid by construction (SDK: routine/record-schema.test.ts).
export { readConsentRecord } from '@bsp/sdk';
