/*
 * The composed text a record entry gets, read as a Norwegian or English reader reads it: the
 * consent note (`consentJournalNote`) and the checklist note's consent and remarks sections
 * (`journalNote`) for the hard-case records of packages/sdk/src/routine/scenarios.test.ts, in nb,
 * nn and en, line by line. The expected lines are written from the "proposed text" column of
 * ../shared/reviews/language.md (second pass), not copied from what the code prints:
 * - row 2: English "consent to share information with …", never "consent for the child: treatment";
 * - rows 7, 8: the recipient's in-sentence form, with the article in English ("the GP") and a
 *   name's capitals kept ("the Educational and Psychological Counselling Service (PPT)");
 * - row 8: "has been chosen … has not been given or has been withdrawn";
 * - row 34: «praktiske forhold (innleggelse, besøk)», no comma inside a list item.
 * Dates are written ⟨yyyy-mm-dd⟩: the note may show them ISO or dd.mm.yyyy (the hard-cases lane
 * decides the note's date form); the words around them are exact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../packages/sdk/src/languages/nn.js';
import '../../packages/sdk/src/languages/en.js';
import { addConsentEntry, emptyConsentRecord, withdrawConsent, type ConsentRecord } from '../../packages/sdk/src/consent/consent.js';
import { consentJournalNote } from '../../packages/sdk/src/consent/consent-note.js';
import { journalNote } from '../../packages/sdk/src/routine/note.js';
import { defaultProcedure as P } from '../../packages/sdk/src/routine/procedure.js';
import { emptyRecord, type Answer, type ChecklistRecord } from '../../packages/sdk/src/routine/record.js';

type Lang = 'nb' | 'nn' | 'en';
const AT = '2026-12-01T10:00:00+01:00';

/** A line's expected text as a pattern: exact, except ⟨date⟩ in either of the note's date forms. */
function line(expected: string): RegExp {
  const parts = expected.split(/⟨(\d{4})-(\d{2})-(\d{2})⟩/);
  let source = '';
  for (let i = 0; i < parts.length; i += 4) {
    source += parts[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (i + 3 < parts.length) {
      const [y, m, d] = [parts[i + 1], parts[i + 2], parts[i + 3]];
      source += `(?:${y}-${m}-${d}|${d}\\.${m}\\.${y})`;
    }
  }
  return new RegExp(`^${source}$`);
}

function assertLines(actual: readonly string[], expected: readonly string[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: ${actual.length} lines, expected ${expected.length}:\n${actual.join('\n')}`);
  expected.forEach((text, i) => assert.match(actual[i]!, line(text), `${what}, line ${i + 1}`));
}

/** The lines of one section of a note ("Samtykke:" up to the blank line), without "- ". */
function section(note: string, heading: string): string[] {
  const lines = note.split('\n');
  const start = lines.indexOf(`${heading}:`);
  assert.ok(start >= 0, `no section "${heading}" in:\n${note}`);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end).map((l) => l.replace(/^- /, ''));
}

/** A parent with a § 10 a situation; the patient consents (the scenarios' `parent`). */
const parent = { hasChildren: 'yes', childPresentNow: 'no', childWithoutCareNow: 'no', triggers: ['mental-illness'], othersFollowedUp: 'no', neglectConcern: 'no', interpreter: 'no', conversationWithPatient: 'yes', consentBy: 'patient' };
/**
 * A child with the four points answered, needing follow-up. Named by label only (no relation or
 * age): how relation and age read inside the child's description is the hard-cases lane's.
 */
const child = (id: string, label: string, more: Record<string, Answer> = {}) => ({
  id,
  label,
  answers: { responsibility: ['parental', 'daily-care'], informed: 'yes', parentsAssessment: 'followup', professionalAssessment: 'followup', verifyDate: '2027-01-15', ...more },
});
const record = (children: ChecklistRecord['children'], consent: ConsentRecord): ChecklistRecord => ({ ...emptyRecord(), answers: parent, children, consent });

// Case 1 of the scenarios: consent to the health station for every child, given verbally.
const case1 = addConsentEntry(emptyConsentRecord(), { at: AT, recipient: 'health-station', decision: 'given', information: ['condition'], children: [], method: 'verbal' });

// The per-child case (scenarios: "minority language, per-child consent"): consent for Sara only,
// and Jonas's follow-up at the health station has none.
const perChild = addConsentEntry(emptyConsentRecord(), { at: AT, recipient: 'health-station', decision: 'given', information: ['condition'], children: ['c1'], method: 'verbal' });

// Review rows 2, 7, 8, 34 together: PPT (a proper name), the GP withdrawn while Jonas's follow-up
// is at the GP, a refusal (school), practical matters, and when to ask again.
let composite = addConsentEntry(emptyConsentRecord(), { at: AT, recipient: 'health-station', decision: 'given', information: ['condition', 'practical'], children: ['c1'], method: 'verbal' });
composite = addConsentEntry(composite, { at: AT, recipient: 'gp', decision: 'given', information: ['treatment'], children: [], method: 'written' });
composite = withdrawConsent(composite, 'gp', { at: '2026-12-02T09:00:00+01:00' });
composite = addConsentEntry(composite, { at: AT, recipient: 'ppt', decision: 'given', information: ['condition', 'treatment'], children: ['c2'], method: 'written' });
composite = addConsentEntry(composite, { at: AT, recipient: 'school', decision: 'refused', information: [], children: [] });
composite = { ...composite, askAgainOn: '2026-12-20' };

const CHILD = { nb: 'Barn', nn: 'Barn', en: 'Child' } as const;
const names = (lang: Lang) => (id: string) => (id === 'c1' ? `${CHILD[lang]} 1 (Sara)` : id === 'c2' ? `${CHILD[lang]} 2 (Jonas)` : undefined);

interface Expected {
  consent: Record<Lang, string[]>;
  remarks?: Record<Lang, string[]>;
}

const CASES: { name: string; consent: ConsentRecord; children: ChecklistRecord['children']; expected: Expected }[] = [
  {
    name: 'case 1: consent to the health station for every child',
    consent: case1,
    children: [child('c1', 'Sara', { followUpWhere: ['health-station'] }), child('c2', 'Jonas', { followUpWhere: ['health-station'] })],
    expected: {
      consent: {
        nb: ['Samtykke til helsestasjon og skolehelsetjeneste: sykdommen eller tilstanden (muntlig, ⟨2026-12-01⟩)'],
        nn: ['Samtykke til helsestasjon og skulehelseteneste: sjukdommen eller tilstanden (munnleg, ⟨2026-12-01⟩)'],
        en: ['Consent to share information with the child health centre and school health service: the illness or condition (verbal, ⟨2026-12-01⟩)'],
      },
    },
  },
  {
    name: 'per-child consent: Jonas has no consent for the health station',
    consent: perChild,
    children: [child('c1', 'Sara', { followUpWhere: ['health-station'] }), child('c2', 'Jonas', { followUpWhere: ['health-station'] })],
    expected: {
      consent: {
        nb: ['Samtykke til helsestasjon og skolehelsetjeneste: sykdommen eller tilstanden, gjelder Barn 1 (Sara) (muntlig, ⟨2026-12-01⟩)'],
        nn: ['Samtykke til helsestasjon og skulehelseteneste: sjukdommen eller tilstanden, gjeld Barn 1 (Sara) (munnleg, ⟨2026-12-01⟩)'],
        en: ['Consent to share information with the child health centre and school health service: the illness or condition, covers Child 1 (Sara) (verbal, ⟨2026-12-01⟩)'],
      },
      remarks: {
        nb: ['Barn 2 (Jonas): oppfølging hos helsestasjon og skolehelsetjeneste er valgt, men samtykke til helsestasjon og skolehelsetjeneste er ikke registrert.'],
        nn: ['Barn 2 (Jonas): oppfølging hos helsestasjon og skulehelseteneste er vald, men samtykke til helsestasjon og skulehelseteneste er ikkje registrert.'],
        en: ['Child 2 (Jonas): follow-up by the child health centre and school health service has been chosen, but no consent to share information with the child health centre and school health service has been recorded.'],
      },
    },
  },
  {
    name: 'PPT, a withdrawn GP consent with follow-up at the GP, a refusal, practical matters, ask again',
    consent: composite,
    children: [child('c1', 'Sara', { followUpWhere: ['health-station'] }), child('c2', 'Jonas', { followUpWhere: ['gp'] })],
    expected: {
      consent: {
        nb: [
          'Samtykke til helsestasjon og skolehelsetjeneste: sykdommen eller tilstanden, praktiske forhold (innleggelse, besøk), gjelder Barn 1 (Sara) (muntlig, ⟨2026-12-01⟩)',
          'Samtykke til fastlege trukket tilbake (⟨2026-12-02⟩)',
          'Samtykke til pedagogisk-psykologisk tjeneste (PPT): sykdommen eller tilstanden, behandling og forløp, gjelder Barn 2 (Jonas) (skriftlig, ⟨2026-12-01⟩)',
          'Ikke samtykke til barnehage eller skole (⟨2026-12-01⟩)',
          'Spør igjen: ⟨2026-12-20⟩',
        ],
        nn: [
          'Samtykke til helsestasjon og skulehelseteneste: sjukdommen eller tilstanden, praktiske forhold (innlegging, besøk), gjeld Barn 1 (Sara) (munnleg, ⟨2026-12-01⟩)',
          'Samtykke til fastlege trekt tilbake (⟨2026-12-02⟩)',
          'Samtykke til pedagogisk-psykologisk teneste (PPT): sjukdommen eller tilstanden, behandling og forløp, gjeld Barn 2 (Jonas) (skriftleg, ⟨2026-12-01⟩)',
          'Ikkje samtykke til barnehage eller skule (⟨2026-12-01⟩)',
          'Spør igjen: ⟨2026-12-20⟩',
        ],
        en: [
          'Consent to share information with the child health centre and school health service: the illness or condition, practical matters (admission, visits), covers Child 1 (Sara) (verbal, ⟨2026-12-01⟩)',
          'Consent to share information with the GP withdrawn (⟨2026-12-02⟩)',
          'Consent to share information with the Educational and Psychological Counselling Service (PPT): the illness or condition, treatment and course of illness, covers Child 2 (Jonas) (written, ⟨2026-12-01⟩)',
          'No consent to share information with the kindergarten or school (⟨2026-12-01⟩)',
          'Ask again: ⟨2026-12-20⟩',
        ],
      },
      remarks: {
        nb: ['Barn 2 (Jonas): oppfølging hos fastlege er valgt, men samtykke til fastlege er ikke gitt eller er trukket tilbake.'],
        nn: ['Barn 2 (Jonas): oppfølging hos fastlege er vald, men samtykke til fastlege er ikkje gitt eller er trekt tilbake.'],
        en: ['Child 2 (Jonas): follow-up by the GP has been chosen, but consent to share information with the GP has not been given or has been withdrawn.'],
      },
    },
  },
];

const TITLE = { consent: { nb: 'Samtykke', nn: 'Samtykke', en: 'Consent' }, remarks: { nb: 'Merknader', nn: 'Merknader', en: 'Remarks' } };

for (const { name, consent, children, expected } of CASES) {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    test(`${lang}, ${name}: the consent note, line by line`, () => {
      const note = consentJournalNote(consent, lang, { childLabel: names(lang) });
      assertLines(section(note, TITLE.consent[lang]), expected.consent[lang], 'consent note');
    });

    test(`${lang}, ${name}: the checklist note's consent and remarks, line by line`, () => {
      const note = journalNote(record(children, consent), P, lang);
      // The consent section opens with who consents (the routine's label, the hard-cases lane's);
      // the consent form's lines follow it, exactly.
      assertLines(section(note, TITLE.consent[lang]).slice(1), expected.consent[lang], 'consent section');
      const remarks = expected.remarks?.[lang];
      if (remarks) assertLines(section(note, TITLE.remarks[lang]), remarks, 'remarks');
      else assert.ok(!note.includes(`${TITLE.remarks[lang]}:`), `no remarks expected:\n${note}`);
    });
  }
}

test('the expected-line patterns accept either date form and nothing else', () => {
  assert.match('Spør igjen: 2026-12-20', line('Spør igjen: ⟨2026-12-20⟩'));
  assert.match('Spør igjen: 20.12.2026', line('Spør igjen: ⟨2026-12-20⟩'));
  assert.doesNotMatch('Spør igjen: 2026-12-21', line('Spør igjen: ⟨2026-12-20⟩'));
  assert.doesNotMatch('Consent for the GP withdrawn (2026-12-02)', line('Consent to share information with the GP withdrawn (⟨2026-12-02⟩)'));
});
