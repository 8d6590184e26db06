/*
 * One Questionnaire per url|version (issue 31): on a page that loaded bokmål only, the
 * Questionnaire `toFhir()` gives hashes equal to the shipped file
 * (packages/sdk/fhir/Questionnaire-bsp-national-default.json, nb + nn and en translations).
 * Before, it carried the page's languages only: 27.7 KB against the published 71.9 KB under the
 * same canonical.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { isLanguageLoaded } from '@bsp/sdk';
import '../define.js';
import type { BspChildChecklist } from './child-checklist.js';

const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('<bsp-child-checklist> toFhir(): the published Questionnaire', () => {
  it('on a bokmål-only page, the Questionnaire hashes equal to the shipped file', async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist subject="Patient/7"></bsp-child-checklist>`);
    expect(isLanguageLoaded('nn'), 'nynorsk not loaded yet').to.equal(false);
    expect(isLanguageLoaded('en'), 'English not loaded yet').to.equal(false);
    const shipped = await (await fetch('/packages/sdk/fhir/Questionnaire-bsp-national-default.json')).text();
    const { questionnaire } = await el.toFhir();
    expect(await sha256(`${JSON.stringify(questionnaire, null, 2)}\n`)).to.equal(await sha256(shipped));
    await expect(el).to.be.accessible();
  });
});
