// Invariants of the procedure's two parts (issue 12: a checklist's first load carries part 1 only):
// 1. `defaultProcedure`, composed from the parts, is the procedure as it was before the split:
//    the same structure with every text as `area:key`, the same text for every key in every
//    language, and the same note, review, guidance and FHIR for 200 generated records in each
//    language (default-procedure.snapshot.json, taken from the code before the split); the
//    guidance library likewise, and part 1's rule is the composed procedure's.
// 2. Part 1 never needs part 2: its steps and rule use only part 1's words and ids; part 2 holds
//    only mapping steps; the two word tables share no key and together are the whole table.
// 3. Text a host gives under the area `routine` (any key, either part) reaches both parts, and a
//    partial language falls back per key; hostile keys are never text.
// 4. With part 1's guidance only (the checklist before part 2 arrives), the guidance is exactly
//    the whole library's for part 1's steps, for generated records.
// 5. `composeProcedure` puts part 2's steps between part 1's steps and its summary, keeps every
//    other field, and changes neither input, for generated parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
// Text in every shipped language, registered statically as a Node host would (no on-demand loading).
import '../../languages/nn.js';
import '../../languages/en.js';
import { randomRecord, rng } from '../../../../../test/fixtures/checklist-records.js';
import { pick, type ContentRef } from '../../i18n/lang.js';
import { languages, registerLanguage } from '../../i18n/registry.js';
import { activeGuidance, guidanceFrom, guidanceLibrary, screeningGuidance } from '../guidance.js';
import { journalNote } from '../note.js';
import { reviewMessage, reviewRecord } from '../review.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../fhir.js';
import { composeProcedure, defaultProcedure, type Procedure, type Step } from '../procedure.js';
import { routineNb } from '../content/nb.js';
import { routineMappingNb } from '../content/mapping-nb.js';
import { routineScreeningNb } from '../content/screening-nb.js';
import { mappingPart, type MappingPart } from './mapping-part.js';
import { screeningPart } from './screening-part.js';

interface ProcedureSnapshot {
  structure: unknown;
  texts: Record<string, Record<string, string>>;
  outputs: string;
  guidance: { structure: unknown; texts: Record<string, Record<string, string>> };
}

function isRef(value: unknown): value is ContentRef {
  return typeof value === 'object' && value !== null && typeof (value as Partial<ContentRef>).area === 'object' && typeof (value as Partial<ContentRef>).key === 'string';
}

/** Plain data, each content reference written as `area:key`; the references met, by that name. */
function structureOf(value: unknown, refs: Map<string, ContentRef>): unknown {
  if (isRef(value)) {
    const name = `${value.area.name}:${value.key}`;
    refs.set(name, value);
    return { ref: name };
  }
  if (Array.isArray(value)) return value.map((v) => structureOf(v, refs));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structureOf(v, refs)]));
  return value;
}

/** What a procedure is and produces, comparable across versions of the code. */
/** A value's structure and its texts in every language. */
function textsOf(value: unknown): { structure: unknown; texts: Record<string, Record<string, string>> } {
  const refs = new Map<string, ContentRef>();
  const structure = structureOf(value, refs);
  const texts: Record<string, Record<string, string>> = {};
  for (const lang of languages()) {
    texts[lang] = Object.fromEntries([...refs].sort(([a], [b]) => a.localeCompare(b)).map(([name, ref]) => [name, pick(ref, lang)]));
  }
  return { structure, texts };
}

function procedureSnapshot(procedure: Procedure, seeds: number): Omit<ProcedureSnapshot, 'guidance'> {
  const { structure, texts } = textsOf(procedure);
  const digest = createHash('sha256');
  digest.update(JSON.stringify(toFhirQuestionnaire(procedure)));
  for (let seed = 1; seed <= seeds; seed++) {
    const record = randomRecord(seed);
    const review = reviewRecord(record, procedure);
    digest.update(JSON.stringify(activeGuidance(record, procedure).map((g) => g.id)));
    for (const lang of languages()) {
      digest.update(journalNote(record, procedure, lang));
      digest.update(JSON.stringify(review.map((issue) => [issue, reviewMessage(issue, record, procedure, lang)])));
      digest.update(JSON.stringify(toFhirQuestionnaireResponse(record, procedure, lang, { subject: { reference: 'Patient/1' }, authored: '2026-01-01T00:00:00.000Z' })));
    }
  }
  return { structure, texts, outputs: digest.digest('hex') };
}

const before = JSON.parse(readFileSync(new URL('./default-procedure.snapshot.json', import.meta.url), 'utf8')) as ProcedureSnapshot;

test('the composed procedure is the one before the split: structure, text in every language, outputs', () => {
  const now = procedureSnapshot(defaultProcedure, 200);
  // A deliberate change of the procedure rewrites the snapshot (BSP_UPDATE_PROCEDURE_SNAPSHOT=1),
  // said in its commit; otherwise any change to structure, text or outputs fails here.
  if (process.env['BSP_UPDATE_PROCEDURE_SNAPSHOT'] === '1') {
    writeFileSync(new URL('./default-procedure.snapshot.json', import.meta.url), `${JSON.stringify({ ...now, guidance: textsOf(guidanceLibrary) }, null, 1)}\n`);
    return;
  }
  assert.deepEqual(now.structure, before.structure);
  assert.deepEqual(Object.keys(now.texts), ['nb', 'nn', 'en']);
  assert.deepEqual(now.texts, before.texts);
  assert.equal(now.outputs, before.outputs, 'note, review, guidance and FHIR of 200 generated records in nb, nn and en');
  assert.deepEqual(textsOf(guidanceLibrary), before.guidance);
  assert.equal(screeningPart.mappingOpensWhen, defaultProcedure.mappingOpensWhen);
});

test("part 1's guidance alone is the whole library's on part 1's steps (generated records)", () => {
  const part1Steps = new Set(screeningPart.steps.map((s) => s.id));
  let shown = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const record = randomRecord(seed);
    const whole = activeGuidance(record, defaultProcedure).filter((g) => part1Steps.has(g.step));
    const part1 = guidanceFrom(screeningGuidance, record, screeningPart);
    assert.deepEqual(part1, whole, `seed ${seed}`);
    shown += part1.length;
  }
  assert.ok(shown > 600, `the generator called for guidance (${shown})`);
});

/** Every content reference inside a value. */
function refsIn(value: unknown): ContentRef[] {
  const refs = new Map<string, ContentRef>();
  structureOf(value, refs);
  return [...refs.values()];
}

test('part 1 uses only its own words; part 2 only mapping steps; the word tables split the whole', () => {
  for (const ref of refsIn(screeningPart)) assert.ok(Object.hasOwn(routineScreeningNb, ref.key), `part 1 uses ${ref.key}, not in its words`);
  assert.deepEqual(screeningPart.steps.map((s) => s.part), ['screening', 'summary']);
  assert.ok(mappingPart.steps.length > 0 && mappingPart.steps.every((s) => s.part === 'mapping'));
  const part1 = Object.keys(routineScreeningNb);
  const part2 = Object.keys(routineMappingNb);
  assert.deepEqual(part1.filter((key) => part2.includes(key)), [], 'no key in both parts');
  assert.deepEqual([...part1, ...part2].sort(), Object.keys(routineNb).sort());
  for (const name of Object.keys(before.texts['nb']!)) assert.ok(Object.hasOwn(routineNb, name.replace(/^routine:/, '')), `${name} kept`);
  // Every text of part 2 is part 2's, apart from the answer words and legal references of part 1.
  for (const ref of refsIn(mappingPart)) assert.ok(Object.hasOwn(routineMappingNb, ref.key) || ['yes', 'no', 'dontKnow'].includes(ref.key) || ref.key.startsWith('legal.'), ref.key);
});

test('text a host gives under `routine` reaches both parts; a partial language falls back; hostile keys are not text', () => {
  const hostile = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' '];
  registerLanguage({
    code: 'zz',
    fallback: 'nn',
    content: { routine: { 'screening.title': 'ZZ part 1', 'children.title': 'ZZ part 2', 'guidance.sibling.title': 'ZZ guidance', ...Object.fromEntries(hostile.map((k) => [k, 'HOSTILE'])) } },
  });
  const step = (id: string): Step => defaultProcedure.steps.find((s) => s.id === id)!;
  assert.equal(pick(step('screening').title, 'zz'), 'ZZ part 1');
  assert.equal(pick(step('children').title, 'zz'), 'ZZ part 2');
  assert.equal(pick(screeningPart.steps[0]!.title, 'zz'), 'ZZ part 1');
  assert.equal(pick(mappingPart.steps[0]!.title, 'zz'), 'ZZ part 2');
  // Not given: nynorsk (its fallback), then bokmål.
  assert.equal(pick(step('consent').title, 'zz'), pick(step('consent').title, 'nn'));
  for (const ref of [...refsIn(screeningPart), ...refsIn(mappingPart)]) {
    const text = pick(ref, 'zz');
    assert.ok(text && text !== 'HOSTILE', `${ref.key} in zz`);
  }
});

test('composeProcedure: part 2 between part 1 and its summary, other fields kept, inputs unchanged (generated parts)', () => {
  const parts: Step['part'][] = ['screening', 'mapping', 'summary'];
  for (let seed = 1; seed <= 300; seed++) {
    const random = rng(seed);
    const steps = (n: number, only?: Step['part']): Step[] =>
      Array.from({ length: n }, (_, i) => ({ id: `s${seed}-${i}-${random().toString(36).slice(2, 6)}`, title: { nb: `T${i}` }, part: only ?? parts[Math.floor(random() * 3)]!, questions: [] }));
    const screening: Procedure = { id: `p${seed}`, version: String(seed), title: { nb: 'P' }, mappingOpensWhen: { question: 'q', equals: 'yes' }, steps: steps(Math.floor(random() * 5)) };
    const mapping: MappingPart = { steps: steps(Math.floor(random() * 5), 'mapping') };
    const copies = structuredClone({ screening, mapping });
    const composed = composeProcedure(screening, mapping);
    assert.deepEqual({ screening, mapping }, copies, 'inputs unchanged');
    assert.deepEqual({ ...composed, steps: [] }, { ...screening, steps: [] }, 'other fields kept');
    const expected = [...screening.steps.filter((s) => s.part !== 'summary'), ...mapping.steps, ...screening.steps.filter((s) => s.part === 'summary')];
    assert.deepEqual(composed.steps.map((s) => s.id), expected.map((s) => s.id));
  }
});
