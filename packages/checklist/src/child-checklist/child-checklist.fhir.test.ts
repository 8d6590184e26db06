/*
 * One Questionnaire per url|version (issue 31): on a page that loaded bokmål only, the
 * Questionnaire `toFhir()` gives hashes equal to the shipped file
 * (packages/sdk/fhir/Questionnaire-bsp-national-default.json, nb + nn and en translations).
 * Before, it carried the page's languages only: 27.7 KB against the published 71.9 KB under the
 * same canonical.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { addConsentEntry, childDescription, defaultProcedure, emptyConsentRecord, emptyRecord, isLanguageLoaded } from '@bsp/sdk';
import '../define.js';
import type { BspChildChecklist } from './child-checklist.js';

const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('<bsp-child-checklist> toFhir(): the published Questionnaire', () => {
  it('on a bokmål-only page, the Questionnaire hashes equal to the shipped file', async function () {
    // The first toFhir() loads the output code and two languages' text: on a loaded test machine that takes more than mocha's 10 s.
    this.timeout(60_000);
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist subject="Patient/7"></bsp-child-checklist>`);
    expect(isLanguageLoaded('nn'), 'nynorsk not loaded yet').to.equal(false);
    expect(isLanguageLoaded('en'), 'English not loaded yet').to.equal(false);
    const shipped = await (await fetch('/packages/sdk/fhir/Questionnaire-bsp-national-default.json')).text();
    const { questionnaire } = await el.toFhir();
    expect(await sha256(`${JSON.stringify(questionnaire, null, 2)}\n`)).to.equal(await sha256(shipped));
    await expect(el).to.be.accessible();
  });

  it("names a consent's children by their description, never by internal id (review fhir.md defect 9)", async () => {
    const el = await fixture<BspChildChecklist>(html`<bsp-child-checklist subject="Patient/7"></bsp-child-checklist>`);
    const child = { id: 'child-1733-0', answers: { relation: 'child', age: '6-9' } };
    el.record = {
      ...emptyRecord(),
      answers: { hasChildren: 'yes', triggers: ['somatic-illness'] },
      children: [child],
      consent: addConsentEntry(emptyConsentRecord(), { at: '2026-11-23T10:00:00+01:00', recipient: 'gp', decision: 'given', information: ['condition'], children: [child.id], method: 'verbal' }),
    };
    await el.updateComplete;
    const { consent } = await el.toFhir();
    const data = (consent as { provision: { provision: { data: { reference: { display?: string; identifier?: { value?: string } } }[] }[] } }).provision.provision[0]!.data;
    expect(data[0]!.reference.display).to.equal(childDescription(child, 0, defaultProcedure, 'nb'));
    expect(data[0]!.reference.identifier!.value).to.equal('Patient/7/child-1733-0');
    await expect(el).to.be.accessible();
  });
});
