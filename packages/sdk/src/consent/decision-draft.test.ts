// The consent form's engine: what recording drafts adds to the record, over generated drafts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CONSENT_INFORMATION, CONSENT_RECIPIENTS, currentConsents, emptyConsentRecord, recipientKey, type ConsentRecipient } from './consent.js';
import { readConsentRecord } from './consent-schema.js';
import { hasPendingDecision, incompleteDecision, withDecisions, type DraftDecision } from './decision-draft.js';

const AT = '2026-12-07T10:00:00+01:00';
const draftArb: fc.Arbitrary<DraftDecision> = fc.record({
  decision: fc.constantFrom('given' as const, 'refused' as const, '' as const),
  information: fc.subarray([...CONSENT_INFORMATION]),
  informationOther: fc.oneof(fc.constant(''), fc.string({ maxLength: 3000 })),
  children: fc.subarray(['c1', 'c2', 'c3']),
  method: fc.constantFrom('written' as const, 'verbal' as const),
  name: fc.string({ maxLength: 300 }),
});
const draftsArb = fc.dictionary(fc.constantFrom(...CONSENT_RECIPIENTS), draftArb, { maxKeys: 5 }).map((d) => new Map(Object.entries(d)));

test('recording drafts appends one entry per decided draft, never changes history, and builds a valid record', () => {
  fc.assert(
    fc.property(draftsArb, draftsArb, (first, second) => {
      const r1 = withDecisions(emptyConsentRecord(), first, AT, 'Sykepleier');
      const r2 = withDecisions(r1, second, AT, 'Sykepleier');
      assert.deepEqual(r2.entries.slice(0, r1.entries.length), r1.entries, 'history kept');
      assert.ok(r1.entries.length <= [...first.values()].filter((d) => d.decision).length);
      for (const entry of r2.entries) {
        if (entry.decision === 'refused') {
          assert.deepEqual(entry.information, []);
          assert.equal(entry.method, undefined, 'a refusal is not given in any way');
        }
      }
      // What holds now is what the last drafts decided.
      for (const [recipient, draft] of second) {
        if (!draft.decision) continue;
        const name = recipient === 'other' ? draft.name.trim().slice(0, 200) || undefined : undefined;
        const key = recipientKey({ recipient: recipient as ConsentRecipient, recipientName: name });
        assert.equal(currentConsents(r2).find((e) => recipientKey(e) === key)?.decision, draft.decision);
      }
      assert.ok(readConsentRecord(JSON.parse(JSON.stringify(r2)), { lang: 'nb' }).ok);
    }),
    { numRuns: 300, seed: 20261207 },
  );
});

test('recording the same drafts twice adds nothing the second time', () => {
  fc.assert(
    fc.property(draftsArb, (drafts) => {
      const once = withDecisions(emptyConsentRecord(), drafts, AT, undefined);
      assert.deepEqual(withDecisions(once, drafts, AT, undefined), once);
    }),
    { numRuns: 200, seed: 7 },
  );
});

test('incomplete drafts are named by code: consent without information first, then a decision not recorded', () => {
  const given = (information: DraftDecision['information']): DraftDecision => ({ decision: 'given', information, informationOther: '', children: [], method: 'verbal', name: '' });
  assert.equal(incompleteDecision(new Map()), undefined);
  assert.equal(hasPendingDecision(new Map([['gp', { ...given([]), decision: '' }]])), false);
  assert.deepEqual(incompleteDecision(new Map([['gp', given(['condition'])], ['school', given([])]])), { problem: 'information-missing', recipient: 'school' });
  assert.deepEqual(incompleteDecision(new Map([['gp', given(['condition'])]])), { problem: 'not-recorded', recipient: 'gp' });
  assert.equal(hasPendingDecision(new Map([['gp', given(['condition'])]])), true);
});
