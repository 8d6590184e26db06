// A statically imported language is complete at once: no fetch, its text straight away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './nn.js';
import { isLanguageLoaded, loadLanguage } from '../i18n/registry.js';
import { pick } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { defaultRoles } from '../roles/roles.js';
import { rolePanelMessages } from '../roles/translations/index.js';
import { nationalCatalog } from '../catalog/national.js';
import { situationLabels } from '../catalog/labels.js';
import { finderMessages } from '../catalog/translations/index.js';

test('importing @bsp/sdk/languages/nn registers every nynorsk area, so nothing is fetched', () => {
  assert.equal(isLanguageLoaded('nn'), true);
  assert.equal(loadLanguage('nn'), undefined);
  assert.equal(pick(defaultRoles[0]!.summary, 'nn').startsWith('Har ei lovpålagd plikt'), true);
  assert.equal(format(rolePanelMessages, 'nn', 'reachable'), 'Kan treffast');
  assert.equal(format(finderMessages, 'nn', 'national'), 'Nasjonalt tilbod');
  assert.equal(pick(situationLabels['mental-illness'], 'nn'), 'Psykisk sjukdom');
  assert.match(pick(nationalCatalog[0]!.description, 'nn'), /frå Røde Kors/);
  assert.equal(isLanguageLoaded('en'), false, 'English was not imported');
});
