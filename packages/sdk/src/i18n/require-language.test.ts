// A server process: no language module imported at first (each test file runs in its own process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BspError } from '../errors/bsp-error.js';
import { toFhirConsent } from '../consent/consent-fhir.js';
import { addConsentEntry, emptyConsentRecord } from '../consent/consent.js';
import { toFhirQuestionnaireResponse } from '../routine/fhir.js';
import { journalNote } from '../routine/note.js';
import { defaultProcedure as P } from '../routine/procedure.js';
import { emptyRecord } from '../routine/record.js';
import { defineArea, isLanguageLoaded, languageReady, loadLanguage, registerLanguage } from './registry.js';

const record = { ...emptyRecord(), answers: { hasChildren: 'yes' } };
const consent = addConsentEntry(emptyConsentRecord(), { at: '2026-12-01T10:00:00.000Z', recipient: 'gp', decision: 'given', information: ['condition'], children: [] });
const notLoaded = (lang: string) => (error: unknown) => error instanceof BspError && error.code === 'invalid-config' && error.message.includes(`"${lang}" is not loaded`) && error.issues[0]?.path === 'lang';

test('a text function asked for a language that is not loaded says so instead of giving bokmål', () => {
  assert.throws(() => journalNote(record, P, 'nn'), notLoaded('nn'));
  assert.throws(() => journalNote(record, P, 'en'), /import '@bsp\/sdk\/languages\/en'/);
  assert.throws(() => toFhirQuestionnaireResponse(record, P, 'nn'), notLoaded('nn'));
  assert.throws(() => toFhirConsent(consent, 'en'), notLoaded('en'));
  // Bokmål is always there.
  assert.match(journalNote(record, P, 'nb'), /Barn som pårørende/);
});

test('a host-registered language falls back to bokmål as before; a few overrides do not make nynorsk loaded', () => {
  registerLanguage({ code: 'se', fallback: 'nb', messages: { checklist: { noteTitle: 'Mánát' } } });
  assert.ok(languageReady('se'));
  assert.match(journalNote(record, P, 'se'), /^Mánát\n/);
  assert.match(journalNote(record, P, 'se'), /Pasienten har barn/);
  registerLanguage({ code: 'nn', messages: { checklist: { noteTitle: 'Eigen tittel' } } });
  assert.throws(() => journalNote(record, P, 'nn'), notLoaded('nn'));
});

test('a load started but not awaited is not loaded yet; awaited, it is', async () => {
  const pending = loadLanguage('en');
  assert.ok(pending);
  assert.throws(() => journalNote(record, P, 'en'), notLoaded('en'));
  await pending;
  assert.ok(languageReady('en'));
  assert.match(journalNote(record, P, 'en'), /The patient has children/);
});

test('a language module import is enough: synchronous nynorsk on a server, no load', async () => {
  await import('../languages/nn.js');
  assert.ok(languageReady('nn'));
  assert.match(journalNote(record, P, 'nn'), /Barn som pårørande/);
  assert.equal(toFhirQuestionnaireResponse(record, P, 'nn').language, 'nn');
});

test('a widget area still loading does not hold the SDK back; a failed load falls back without an error', async () => {
  // Like a widget's own words (the checklist's UI chunk): an area the language module cannot include.
  let fail!: (error: Error) => void;
  defineArea({ name: 'widget-words', nb: { hello: 'Hei' }, load: { nn: () => new Promise<Record<string, string>>((_resolve, reject) => (fail = reject)) } });
  assert.equal(isLanguageLoaded('nn'), false, 'a widget waits for its own words');
  assert.ok(languageReady('nn'), 'the SDK text is there');
  // A language whose only load failed (offline): a widget shows the fallback, the SDK does too.
  defineArea({ name: 'offline-words', nb: { bye: 'Ha det' }, load: { xx: () => Promise.reject(new Error('offline')) } });
  registerLanguage({ code: 'xx', fallback: 'nb' });
  assert.equal(languageReady('xx'), false);
  await loadLanguage('xx');
  assert.ok(languageReady('xx'));
  assert.match(journalNote(record, P, 'xx'), /Pasienten har barn/);
  const nn = loadLanguage('nn');
  fail(new Error('offline'));
  await nn;
});
