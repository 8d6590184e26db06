/**
 * nynorsk for npm consumers who want it in their main bundle: `import '@bsp/sdk/languages/nn';`
 * registers every shipped nynorsk text at once, so widgets never fetch it on demand.
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
