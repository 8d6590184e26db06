/**
 * English for servers and for npm consumers who want it in their main bundle:
 * `import '@bsp/sdk/languages/en';` registers every English text of the SDK at once, so its
 * text functions (journal note, FHIR resources) work in English synchronously, with nothing to
 * fetch. The widgets' own words (the checklist's and consent form's screens) live in their
 * packages and still load on demand.
 */
import { registerLanguage } from '../i18n/registry.js';
import { rolePanelEn } from '../roles/translations/en.js';
import { finderEn } from '../catalog/translations/en.js';
import { checklistEn } from '../routine/translations/en.js';
import { consentEn } from '../consent/translations/en.js';
import { rolesEn } from '../roles/content/en.js';
import { labelsEn } from '../catalog/content/labels-en.js';
import { nationalEn } from '../catalog/content/national-en.js';
import { errorsEn } from '../errors/translations/en.js';
import { routineEn } from '../routine/content/en.js';
import { consentLabelsEn } from '../consent/content/en.js';

registerLanguage({
  code: 'en',
  fallback: 'nb',
  messages: { 'role-panel': rolePanelEn, finder: finderEn, checklist: checklistEn, consent: consentEn, errors: errorsEn },
  content: { roles: rolesEn, 'catalog-labels': labelsEn, 'national-catalog': nationalEn, routine: routineEn, 'consent-labels': consentLabelsEn },
});
