// Imported on demand (consent-form.ts, `consentOutput`): the FHIR R4 Consent and what builds it
// (its narrative, the note lines it quotes, the canonical URLs) stay out of the form's first
// load. Only `toFhir()` loads it: a form nobody asks for FHIR never fetches it.
export { toFhirConsent } from '@bsp/sdk';
