// Issue 30: municipal inputs name unknown keys ("did you mean …") and contradictions across
// fields instead of dropping them. Each test here fails on the code before (zod stripped the
// keys; nothing compared fields).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, suggestKey } from './suggest-key.js';
import { findUnknownKeys } from './unknown-keys.js';
import { checkHostConfig } from './host-config.js';
import { parseDirectory } from '../directory/directory-schema.js';
import { importCatalog } from '../catalog/import.js';
import { applyOverlay } from '../routine/overlay.js';
import { defaultProcedure } from '../routine/default-procedure.js';
import { directorySchema } from '../directory/directory-schema.js';
import '../languages/en.js';

test('suggestKey: the closest known key within a few edits, none when far or tied', () => {
  assert.equal(editDistance('barneansvarleg', 'barneansvarlig'), 1);
  assert.equal(editDistance('wordign', 'wording'), 1);
  assert.equal(suggestKey('barneansvarleg', ['id', 'name', 'barneansvarlig', 'leader']), 'barneansvarlig');
  assert.equal(suggestKey('directroy', ['directory', 'catalog']), 'directory');
  assert.equal(suggestKey('ParentID', ['parentId']), 'parentId');
  assert.equal(suggestKey('eligibilty', ['eligibility']), 'eligibility');
  assert.equal(suggestKey('xyz', ['directory', 'catalog']), undefined);
  assert.equal(suggestKey('ab', ['aa', 'bb']), undefined, 'a tie suggests nothing');
});

test('findUnknownKeys: every key the schema drops, at its path', () => {
  const found = findUnknownKeys(directorySchema, { municipality: 'X', extra: 1, units: [{ id: 'a', name: 'A', barneansvarleg: [] }] });
  assert.deepEqual(found, [
    { path: ['extra'], key: 'extra' },
    { path: ['units', 0, 'barneansvarleg'], key: 'barneansvarleg', suggestion: 'barneansvarlig' },
  ]);
});

test('directory: the typo barneansvarleg is never silent; dangling and circular parents are named', () => {
  const result = parseDirectory(
    {
      municipality: 'Eksempel',
      units: [
        { id: 'a', name: 'A', barneansvarleg: [{ name: 'Kari' }] },
        { id: 'b', name: 'B', parentId: 'finnes-ikke' },
        { id: 'c', name: 'C', parentId: 'd' },
        { id: 'd', name: 'D', parentId: 'c' },
        { id: 'e', name: 'E', parentId: 'e' },
      ],
    },
    'nb',
  );
  assert.ok(result.ok);
  assert.deepEqual(
    result.warnings?.map((w) => `${w.path}: ${w.message}`),
    [
      'units.0.barneansvarleg: er et ukjent felt og blir ikke lest; mente du «barneansvarlig»?',
      'units.1.parentId: viser til enheten «finnes-ikke», som ikke finnes',
      'units.2.parentId: gir en ring av overordnede enheter: c → d → c',
      'units.4.parentId: gir en ring av overordnede enheter: e → e',
    ],
  );
  assert.equal(result.warnings?.[0]?.field, 'enhet 1, barneansvarleg');
  const en = parseDirectory({ municipality: 'X', units: [{ id: 'a', name: 'A', barneansvarleg: [] }] }, 'en');
  assert.ok(en.ok);
  assert.match(en.warnings?.[0]?.message ?? '', /did you mean “barneansvarlig”/);
  const spaced = parseDirectory({ municipality: 'X', units: [{ id: 'hjemme nord', name: 'A' }] }, 'nb');
  assert.ok(!spaced.ok);
  assert.equal(spaced.error.issues[0]!.message, 'kan ikke ha mellomrom');
  const clean = parseDirectory({ municipality: 'X', units: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', parentId: 'a' }] }, 'nb');
  assert.ok(clean.ok);
  assert.equal(clean.warnings, undefined);
});

test('catalog: age_min above age_max and unknown keys are warnings; out-of-range and malformed values are refused', () => {
  const base = { name: 'Gruppe', description: 'Om gruppen', audience: ['children'], format: ['group'], area: ['4601'] };
  const result = importCatalog(
    [
      { ...base, id: 'a', eligibility: { age_min: 12, age_max: 6 } },
      { ...base, id: 'b', eligibilty: { age_min: 6 } },
      { ...base, id: 'c', eligibility: { age_min: 500 } },
      { ...base, id: 'd', area: ['46O1'] },
      { ...base, id: 'e', languages: ['Norsk'] },
      { ...base, id: 'f', last_checked: 'i fjor' },
      { ...base, id: 'g', phones: [{ number: 'ring oss' }] },
    ],
    'nb',
  );
  assert.deepEqual(result.services.map((s) => s.id), ['a', 'b']);
  assert.deepEqual(
    result.warnings.map((w) => [w.row, w.issues.map((i) => `${i.path}: ${i.message}`)]),
    [
      [1, ['eligibility.age_min: laveste alder (12) er høyere enn høyeste alder (6), så tilbudet passer ingen alder']],
      [2, ['eligibilty: er et ukjent felt og blir ikke lest; mente du «eligibility»?']],
    ],
  );
  assert.deepEqual(
    result.rejected.map((r) => [r.row, r.issues.map((i) => i.message)]),
    [
      [3, ['er for stor: høyst 120']],
      [4, ['må være et kommunenummer med fire sifre, for eksempel 4601']],
      [5, ['må være en språkkode på to eller tre små bokstaver']],
      [6, ['må være en dato skrevet år-måned-dag, for eksempel 2026-12-07']],
      [7, ['må være et telefonnummer med sifre, for eksempel +47 22 22 22 22']],
    ],
  );
  const wrapped = importCatalog({ services: [], servises: [{ ...base, id: 'x' }] }, 'en');
  assert.match(wrapped.warnings[0]?.issues[0]?.message ?? '', /did you mean “services”/);
});

test('overlay: a misspelt key (wordign) is named, not a silent no-op; ids with spaces are refused in words', () => {
  const result = applyOverlay(defaultProcedure, { wordign: [{ id: 'screening', title: 'Kartlegging' }] }, 'nb');
  assert.ok(result.ok);
  assert.deepEqual(result.warnings?.map((w) => `${w.path}: ${w.message}`), ['wordign: er et ukjent felt og blir ikke lest; mente du «wording»?']);
  const nested = applyOverlay(defaultProcedure, { addSteps: [{ id: 'lokalt', after: 'screening', title: 'Lokalt', questions: [{ id: 'q1', type: 'yesno', label: 'Spørsmål?', enableWhen: { question: 'nope', equals: 'yes' } }] }] }, 'nb');
  assert.ok(nested.ok);
  assert.deepEqual(nested.warnings?.map((w) => w.path), ['addSteps.0.questions.0.enableWhen']);
  const spaced = applyOverlay(defaultProcedure, { addSteps: [{ id: 'hjemme nord', after: 'screening', title: 'X' }] }, 'nb');
  assert.ok(!spaced.ok);
  assert.match(spaced.error.issues[0]!.message, /ingen mellomrom/);
});

test('provider configuration: an unknown key (directroy) is a warning naming the key meant', () => {
  const checked = checkHostConfig({ config: { municipality: 'X', directroy: { units: [] } } }, 'nb');
  assert.equal(checked.error, undefined);
  assert.equal(checked.warning?.severity, 'warning');
  assert.deepEqual(checked.warning?.issues.map((i) => `${i.path}: ${i.message}`), ['config.directroy: er et ukjent felt og blir ikke lest; mente du «directory»?']);
  assert.equal(checkHostConfig({ config: { municipality: 'X', $schema: 'x' } }, 'nb').warning, undefined);
});
