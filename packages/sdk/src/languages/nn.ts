/**
 * Nynorsk for servers and for npm consumers who want it in their main bundle:
 * `import '@bsp/sdk/languages/nn';` registers every nynorsk text of the SDK at once, so its
 * text functions (journal note, FHIR resources) work in nynorsk synchronously, with nothing to
 * fetch. The widgets' own words (the checklist's and consent form's screens) live in their
 * packages and still load on demand.
 */
import { registerLanguage } from '../i18n/registry.js';
import { rolePanelNn } from '../roles/translations/nn.js';
import { finderNn } from '../catalog/translations/nn.js';
import { checklistNn } from '../routine/translations/nn.js';
import { consentNn } from '../consent/translations/nn.js';
import { rolesNn } from '../roles/content/nn.js';
import { labelsNn } from '../catalog/content/labels-nn.js';
import { nationalNn } from '../catalog/content/national-nn.js';
import { errorsNn } from '../errors/translations/nn.js';
import { routineNn } from '../routine/content/nn.js';
import { consentLabelsNn } from '../consent/content/nn.js';

registerLanguage({
  code: 'nn',
  fallback: 'nb',
  messages: { 'role-panel': rolePanelNn, finder: finderNn, checklist: checklistNn, consent: consentNn, errors: errorsNn },
  content: { roles: rolesNn, 'catalog-labels': labelsNn, 'national-catalog': nationalNn, routine: routineNn, 'consent-labels': consentLabelsNn },
});
