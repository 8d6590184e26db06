import '../languages/nn.js';
import '../languages/en.js';
import { addConsentEntry, emptyConsentRecord } from '../consent/consent.js';
import { journalNote } from '../routine/note.js';
import { defaultProcedure as P } from '../routine/procedure.js';
import { emptyRecord } from '../routine/record.js';
const r = { ...emptyRecord(), answers: { hasChildren: 'yes', childPresentNow: 'no', childWithoutCareNow: 'no', triggers: ['life-threatening'], othersFollowedUp: 'no', neglectConcern: 'yes', reportAction:'planned', reportDate:'2026-12-02', interpreter: 'no', conversationWithPatient: 'yes', consentBy: 'patient', parentGuidance: 'Snakket om barna.' },
 children: [
  { id: 'c1', label: 'Sønn', answers: { relation: 'child', childName: 'Ola', birthDate: '2019-03-04', age: '6-9', responsibility: ['parental', 'daily-care'], informed: 'yes', parentsAssessment: 'both', professionalAssessment: 'both', infoWho: 'Mor', infoWhen: '2026-12-03', followUpWhere: ['health-station'], referralTo: 'Helsestasjonen', referralDate: '2026-12-01', verifyDate: '2027-01-15', daytime: 'school', concernExpressed: 'no' } },
  { id: 'c2', answers: { relation: 'child', age: '13-15', responsibility: ['parental'], informed: 'no', parentsAssessment: 'cared-for', professionalAssessment: 'cared-for' } },
 ],
 consent: addConsentEntry(emptyConsentRecord(), { at: '2026-12-01T10:00:00+01:00', recipient: 'health-station', decision: 'refused', information: ['condition'], children: [], method: 'verbal' }),
};
for (const l of (process.argv[2] ?? 'nb').split(',')) console.log(journalNote(r as never, P, l as never, { date: '2026-12-01' }), '\n=====');
