// reviewRecord finds each contradiction and gap the record issue lists, and nothing on a clean record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// Text in every shipped language, registered statically as a Node host would (no on-demand loading).
import '../languages/nn.js';
import '../languages/en.js';
import fc from 'fast-check';
import { addConsentEntry, emptyConsentRecord, withdrawConsent } from '../consent/consent.js';
import { AT, randomRecord, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import { defaultProcedure as P } from './procedure.js';
import { emptyRecord, type ChecklistRecord } from './record.js';
import { fieldWarningMessage, followUpConsentIssues, hasBlockingIssues, reviewMessage, reviewRecord } from './review.js';
import { journalNote, setNoteEdit } from './note.js';

const codes = (r: ChecklistRecord) => reviewRecord(r, P).map((i) => `${i.code}${i.childId ? `@${i.childId}` : ''}${i.recipient ? `>${i.recipient}` : ''}`);

const complete = (): ChecklistRecord => {
  const r = twoChildrenRecord();
  const consent = addConsentEntry(emptyConsentRecord(), { at: AT, recipient: 'health-station', decision: 'given', information: ['condition'], children: [], method: 'written' });
  return { ...r, consent };
};

test('a complete, consistent record has no blocking or warning issue', () => {
  assert.deepEqual(codes(complete()), []);
  assert.deepEqual(codes({ ...emptyRecord(), answers: { hasChildren: 'no', neglectConcern: 'no', childWithoutCareNow: 'no' } }), []);
});

test('consent refused for the child health centre, then follow-up there: blocking, and in the entry', () => {
  const issues = reviewRecord(twoChildrenRecord(), P).filter((i) => i.code !== 'consent-ask-again-missing');
  // The refusal has no ask-again date: a warning of its own (every path asks for one).
  assert.deepEqual(codes(twoChildrenRecord()), ['consent-ask-again-missing', 'followup-consent-refused@c1>health-station']);
  assert.equal(hasBlockingIssues(issues), true);
  assert.match(reviewMessage(issues[0]!, twoChildrenRecord(), P, 'nb'), /Barn 1 \(Barn, 6–9 år\): oppfølging hos helsestasjon og skolehelsetjeneste er valgt, men samtykke/);
  assert.match(journalNote(twoChildrenRecord(), P, 'nb'), /Merknader:\n(- .*\n)*- Barn 1 \(Barn, 6–9 år\): oppfølging hos helsestasjon/);
  assert.match(journalNote(twoChildrenRecord(), P, 'nn'), /Merknader:\n(- .*\n)*- Barn 1 \(Barn, 6–9 år\): oppfølging hos helsestasjon og skulehelseteneste er vald/);
});

test('withdrawn consent counts as refused; consent for another child does not cover this one', () => {
  const r = complete();
  const withdrawn = { ...r, consent: withdrawConsent(r.consent!, 'health-station', { at: '2026-12-01T10:00:00+01:00' }) };
  assert.deepEqual(codes(withdrawn), ['consent-ask-again-missing', 'followup-consent-refused@c1>health-station']);
  assert.deepEqual(codes({ ...withdrawn, consent: { ...withdrawn.consent!, askAgainOn: '2026-12-20' } }), ['followup-consent-refused@c1>health-station']);
  const onlyC2 = { ...r, consent: addConsentEntry(emptyConsentRecord(), { at: AT, recipient: 'health-station', decision: 'given', information: [], children: ['c2'], method: 'verbal' }) };
  assert.deepEqual(codes(onlyC2), ['followup-consent-missing@c1>health-station']);
});

test('follow-up with no consent recorded, and child welfare under the duty to report', () => {
  const r = { ...complete(), consent: undefined };
  assert.deepEqual(codes(r), ['consent-not-asked', 'followup-consent-missing@c1>health-station']);
  const cw = complete();
  cw.children[1]!.answers['followUpWhere'] = ['child-welfare'];
  assert.deepEqual(codes(cw), ['followup-consent-missing@c2>child-welfare']);
  cw.answers['neglectConcern'] = 'yes';
  cw.answers['reportAction'] = 'report-sent';
  assert.deepEqual(codes(cw), [], 'the duty to report applies regardless of consent');
});

test('duty to report answered yes: blocking until the report is sent or planned; an anonymous consultation is not the report', () => {
  const r: ChecklistRecord = { ...complete(), answers: { ...complete().answers, neglectConcern: 'yes' } };
  assert.deepEqual(codes(r), ['report-not-recorded']);
  // hpl § 33: once there is reason to believe, the report is the duty (8a31305 accepted this).
  assert.deepEqual(codes({ ...r, answers: { ...r.answers, reportAction: 'anonymous-consultation' } }), ['report-not-recorded']);
  assert.deepEqual(codes({ ...r, answers: { ...r.answers, anonymousConsultation: 'yes', reportAction: 'not-yet' } }), ['report-not-recorded']);
  // Planned: an open task, not an error.
  const planned = reviewRecord({ ...r, answers: { ...r.answers, reportAction: 'planned' } }, P);
  assert.deepEqual(planned.map((i) => `${i.code}:${i.severity}`), ['report-to-send:task']);
  assert.equal(hasBlockingIssues(planned), false);
  assert.deepEqual(codes({ ...r, answers: { ...r.answers, reportAction: 'report-sent' } }), []);
});

test('part 2 open: no children added, or a child without the four points', () => {
  assert.deepEqual(codes({ ...emptyRecord(), answers: { hasChildren: 'yes' } }), ['no-children']);
  const r = complete();
  delete r.children[0]!.answers['informed'];
  assert.deepEqual(codes(r), ['child-points-open@c1']);
});

test('open questions, acute care, stale edits and a set-aside v1 note are reported', () => {
  assert.deepEqual(codes({ ...emptyRecord(), answers: { hasChildren: 'unknown', childWithoutCareNow: 'yes' } }), ['acute-care', 'unclear-open']);
  // Who has the child now and whom you contacted, written: the acute issue is settled.
  assert.deepEqual(codes({ ...emptyRecord(), answers: { hasChildren: 'unknown', childWithoutCareNow: 'yes', acuteCarer: 'Mormor', acuteContacted: ['child-welfare-emergency'] } }), ['unclear-open']);
  const r = setNoteEdit(complete(), 'child:c1:concernExpressed', 'Bekymring fra skolen', P);
  r.children[0]!.answers['concernExpressed'] = 'no';
  assert.deepEqual(codes(r), ['stale-edit@c1']);
  assert.deepEqual(codes({ ...complete(), setAsideNote: 'gammelt notat' }), ['set-aside-note']);
  // Info issues and open tasks are not written into the entry.
  assert.ok(!journalNote({ ...emptyRecord(), answers: { hasChildren: 'unknown' } }, P, 'nb').includes('Merknader'));
});

test('reviewRecord never throws and every message is a real sentence, for generated records', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const record = randomRecord(seed);
    for (const i of reviewRecord(record, P)) {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const text = reviewMessage(i, record, P, lang);
        assert.ok(text.length > 10 && !/\{|undefined/.test(text), text);
      }
    }
  }
});

test('the warning at the follow-up field is the review\'s follow-up consent issues, one definition (issue 27)', () => {
  // Over generated records: exactly the review's follow-up consent issues, in the same order.
  let withIssues = 0;
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
      const r = randomRecord(seed);
      const fromReview = reviewRecord(r, P).filter((i) => i.code === 'followup-consent-refused' || i.code === 'followup-consent-missing');
      assert.deepEqual(followUpConsentIssues(r, P), fromReview);
      if (fromReview.length) withIssues++;
    }),
    { numRuns: 150 },
  );
  assert.ok(withIssues > 10, `generated records with such issues: ${withIssues}`);
  const [refused] = followUpConsentIssues(twoChildrenRecord(), P);
  assert.equal(refused?.childId, 'c1');
  assert.equal(refused?.questionId, 'followUpWhere');
  // At the field, in the child's card: no child label, what is wrong and what to do.
  assert.equal(fieldWarningMessage(refused!, 'nb'), 'Samtykke til helsestasjon og skolehelsetjeneste er ikke gitt eller er trukket tilbake. Spør pasienten på nytt, eller velg en annen oppfølging.');
  assert.match(fieldWarningMessage(refused!, 'nn'), /^Samtykke til helsestasjon og skulehelseteneste er ikkje gitt/);
  assert.match(fieldWarningMessage(refused!, 'en'), /^Consent to share information with the child health centre and school health service has not been given or has been withdrawn\./);
  const missing = { ...twoChildrenRecord(), consent: undefined, answers: { ...twoChildrenRecord().answers, consentStatus: 'not-asked' } };
  const [m] = followUpConsentIssues(missing, P);
  assert.equal(m?.code, 'followup-consent-missing');
  assert.match(fieldWarningMessage(m!, 'nb'), /er ikke registrert\. Registrer samtykket/);
});
