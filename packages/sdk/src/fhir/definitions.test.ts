// FHIR definitions: CodeSystems, ValueSets, the Questionnaire and the Condition translation.
// Invariants (each tested below, with generated and hostile inputs where they apply):
// 1. Every code of every shipped CodeSystem is printable ASCII and unique in its system; every
//    answer value maps to one code and back.
// 2. Every canonical we mint is an absolute http(s) URL under the configured base.
// 3. Every answerOption coding is a concept of a shipped CodeSystem, with the same display.
// 4. Every resource has 0 JSON-schema errors and 0 R4 invariant errors (FHIRPath engine).
// 5. A Condition means the same in the engine, in enableWhen (R4 semantics) and in the FHIRPath
//    enableWhenExpression (fhirpath.js), for every generated condition and answer set.
// 6. A changed procedure never claims the national url|version; it declares derivedFrom.
// 7. Narratives are well-formed basic XHTML whatever the text; text never becomes markup.
// 8. Translations are the registry's languages where the text has its own wording, and follow the
//    glossary's fixed terms (nn 'barn som pårørande').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { Coding, QuestionnaireItem, QuestionnaireItemEnableWhen, QuestionnaireResponseItemAnswer } from 'fhir/r4.js';
import { validateFhirR4 } from '../../../../test/fhir/validate-fhir.js';
import { checkInvariants, checkNarrativeDiv } from '../../../../test/fhir/invariants.js';
import { allQuestions, defaultProcedure, type Question } from '../routine/procedure.js';
import { evaluateCondition, type Condition } from '../routine/condition.js';
import { applyOverlay } from '../routine/overlay.js';
import { DEFAULT_FHIR_BASE, fhirBase } from './canonical.js';
import { toEnableWhen, toFhirPath } from './enable-when.js';
import { narrative } from './narrative.js';
import { questionnaireFor, questionnaireIdentity } from './questionnaire.js';
import { standardRelationCoding } from './relation.js';
import { answerCodes, answerCoding, answerValue, asciiCode, toFhirCodeSystems, toFhirValueSets } from './terminology.js';
import { toResponseAnswers } from './answers.js';
import { readFileSync, readdirSync } from 'node:fs';
import { fhirExportFiles } from './export-files.js';
import { glossary } from '../i18n/glossary.js';
import { pick } from '../i18n/lang.js';
import { registerLanguage } from '../i18n/registry.js';

const base = 'https://fhir.kommune.example/bsp/';

function* allItems(items: QuestionnaireItem[] = []): Generator<QuestionnaireItem> {
  for (const item of items) {
    yield item;
    yield* allItems(item.item);
  }
}

test('codes are printable ASCII, one meaning each, and map back to the answer value', () => {
  for (const system of toFhirCodeSystems(defaultProcedure)) {
    const codes = system.concept!.map((c) => c.code);
    assert.equal(new Set(codes).size, codes.length, `${system.id}: duplicate code`);
    for (const code of codes) assert.match(code, /^[\x21-\x7E]+$/, `${system.id}: ${code}`);
  }
  for (const q of allQuestions(defaultProcedure)) {
    for (const o of q.options ?? []) assert.equal(answerValue(q, answerCoding(q, o.value).code!), o.value);
  }
  assert.equal(asciiCode('0–2'), '0-2');
  assert.equal(asciiCode('Søsken æ å'), 'Sosken-ae-a');
  assert.throws(() => answerCodes({ id: 'x', type: 'choice', label: { nb: '', nn: '', en: '' }, options: [{ value: 'a–b', label: { nb: '', nn: '', en: '' } }, { value: 'a-b', label: { nb: '', nn: '', en: '' } }] }), /collide/);
  // Generated hostile values: the code is always printable ASCII and never empty.
  for (let i = 0; i < 500; i++) {
    const value = Array.from({ length: 1 + (i % 12) }, (_, j) => String.fromCodePoint(((i * 7919 + j * 104729) % 0x2fff) + 1)).join('');
    assert.match(asciiCode(value), /^[A-Za-z0-9._-]+$/);
  }
});

test('the same answer value means different things in different questions, so each list has its own system', () => {
  const hasChildren = allQuestions(defaultProcedure).find((q) => q.id === 'hasChildren')!;
  const others = allQuestions(defaultProcedure).find((q) => q.id === 'othersFollowedUp')!;
  assert.notEqual(answerCoding(hasChildren, 'unknown').system, answerCoding(others, 'unknown').system);
});

test('canonicals are http(s) under the configured base; a bad base is refused', () => {
  const resources = [questionnaireFor(defaultProcedure, { fhirBase: base }), ...toFhirCodeSystems(defaultProcedure, { fhirBase: base }), ...toFhirValueSets(defaultProcedure, { fhirBase: base })];
  const ours = JSON.stringify(resources).match(/"(url|system|valueSet)":"[^"]*"/g)!.map((m) => m.split('":"')[1]!.slice(0, -1));
  // Extension-internal urls ("lang", "content") are names, not canonicals.
  for (const url of ours.filter((u) => u !== 'lang' && u !== 'content' && u !== 'urn:iso:std:iso:3166')) {
    assert.match(url, /^https?:\/\//);
    if (!/hl7\.org|hl7\.no/.test(url)) assert.ok(url.startsWith('https://fhir.kommune.example/bsp/'), url);
  }
  assert.equal(fhirBase(), DEFAULT_FHIR_BASE);
  for (const bad of ['urn:bsp', 'javascript:alert(1)', '/relative', 'ftp://x.example', 'https://x.example/?q=1', 'not a url']) {
    assert.throws(() => fhirBase({ fhirBase: bad }), /fhirBase/, bad);
  }
});

test('every answerOption is a concept of a shipped CodeSystem with the same display', () => {
  const concepts = new Map<string, string>();
  for (const cs of toFhirCodeSystems(defaultProcedure)) for (const c of cs.concept!) concepts.set(`${cs.url}|${c.code}`, c.display!);
  const options = [...allItems(questionnaireFor(defaultProcedure).item)].flatMap((i) => i.answerOption ?? []);
  assert.ok(options.length > 30);
  for (const o of options) assert.equal(concepts.get(`${o.valueCoding!.system}|${o.valueCoding!.code}`), o.valueCoding!.display);
});

test('every relation has a national or v3 coding, except "cared for"', () => {
  const relation = allQuestions(defaultProcedure).find((q) => q.id === 'relation')!;
  for (const o of relation.options!) {
    const coding = standardRelationCoding(o.value);
    if (o.value === 'cared-for') assert.equal(coding, undefined);
    else assert.match(coding?.system ?? '', /no-basis-family-relation|v3-RoleCode/, o.value);
  }
  assert.equal(standardRelationCoding('child')?.code, 'barn');
  assert.equal(standardRelationCoding('stepchild')?.code, 'STPCHLD');
  assert.equal(standardRelationCoding('__proto__'), undefined);
});

test('all definitions pass the R4 JSON schema and the R4 invariants', () => {
  const resources = [questionnaireFor(defaultProcedure), ...toFhirCodeSystems(defaultProcedure), ...toFhirValueSets(defaultProcedure)];
  for (const resource of resources) {
    assert.deepEqual(validateFhirR4(resource).errors, [], `${resource.resourceType}/${resource.id}`);
    assert.deepEqual(checkInvariants(resource as never), [], `${resource.resourceType}/${resource.id}`);
  }
  // The checker is not blind: a broken Questionnaire fails it.
  const broken = { ...questionnaireFor(defaultProcedure), name: 'lower case', code: [] };
  assert.ok(checkInvariants(broken as never).some((e) => e.startsWith('que-0')));
  assert.ok(checkInvariants(broken as never).some((e) => e.includes('empty array')));
});

test('one Questionnaire: all three languages, help as display items, distinct part-2 and child labels', () => {
  const q = questionnaireFor(defaultProcedure);
  const items = [...allItems(q.item)];
  const withText = items.filter((i) => i.text);
  for (const item of withText) {
    const langs = item._text?.extension?.map((e) => e.extension?.find((x) => x.url === 'lang')?.valueCode);
    assert.deepEqual(langs, ['nn', 'en'], item.linkId);
  }
  const help = items.filter((i) => i.type === 'display');
  assert.ok(help.length >= 3);
  for (const h of help) assert.equal(h.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code, 'help');
  const mapping = items.find((i) => i.linkId === 'mapping')!;
  const child = items.find((i) => i.linkId === 'child')!;
  assert.equal(child.repeats, true);
  assert.notEqual(mapping.text, child.text);
  assert.equal(new Set(items.map((i) => i.text)).size >= items.length - help.length - 2, true);
  assert.ok(items.filter((i) => i.type !== 'group' && i.type !== 'display').every((i) => i.code?.length === 1));
  assert.deepEqual(q.subjectType, ['Patient']);
  assert.ok(q.publisher && q.date && q.url!.startsWith('https://'));
});

test('an overlay gets its own url and version and declares derivedFrom the national Questionnaire', () => {
  const national = questionnaireIdentity(defaultProcedure);
  const overlaid = applyOverlay(defaultProcedure, { wording: [{ id: 'hasChildren', label: 'Har du barn?' }] }, 'nb');
  assert.ok(overlaid.ok);
  const local = questionnaireFor(overlaid.value);
  assert.notEqual(`${local.url}|${local.version}`, national.canonical);
  assert.deepEqual(local.derivedFrom, [national.canonical]);
  const named = questionnaireFor(overlaid.value, { local: { id: 'bsp-oslo', version: '2026.1' } });
  assert.equal(named.url, 'https://example.org/fhir/bsp/Questionnaire/bsp-oslo');
  assert.equal(named.version, '2026.1');
  assert.deepEqual(named.derivedFrom, [national.canonical]);
  const copy = { ...defaultProcedure, steps: defaultProcedure.steps.map((s) => ({ ...s, questions: [...s.questions] })) };
  assert.equal(questionnaireFor(copy).derivedFrom, undefined, 'an unchanged copy is still national');
});

test("issue 31: an overlay's own questions get a local CodeSystem; no url|version names two contents", () => {
  const overlaid = applyOverlay(
    defaultProcedure,
    { wording: [{ id: 'hasChildren', label: 'Har du barn?' }], addQuestions: [{ step: 'followup', question: { id: 'localTeam', type: 'yesno', label: 'Meldt til kommunens barneteam?' } }] },
    'nb',
  );
  assert.ok(overlaid.ok);
  const national = new Map(toFhirCodeSystems(defaultProcedure).map((c) => [`${c.url}|${c.version}`, JSON.stringify(c)]));
  const systems = toFhirCodeSystems(overlaid.value);
  const q = questionnaireFor(overlaid.value);
  // Before: bsp-checklist-question 2.0.0 with 35 concepts and a reworded answer-list title, beside the national one with 34.
  for (const c of systems) {
    const key = `${c.url}|${c.version}`;
    if (national.has(key)) assert.equal(JSON.stringify(c), national.get(key), `${key} is the national CodeSystem as published`);
    else assert.ok(c.url!.includes(q.id!) && c.version === q.version, `${key} is local, versioned with the local Questionnaire`);
  }
  const concepts = new Map(systems.flatMap((c) => (c.concept ?? []).map((k) => [`${c.url}|${k.code}`, k.display])));
  const codes = (items: QuestionnaireItem[] = []): { system?: string; code?: string; display?: string }[] => items.flatMap((i) => [...(i.code ?? []), ...codes(i.item)]);
  for (const code of codes(q.item)) assert.equal(concepts.get(`${code.system}|${code.code}`), code.display, `${code.code} is a concept of the system it names`);
  const local = codes(q.item).find((c) => c.code === 'localTeam')!;
  assert.ok(!national.has(`${local.system}|${defaultProcedure.version}`), 'the local question is not under a national system');
  assert.equal(codes(q.item).find((c) => c.code === 'hasChildren')!.display, pick(allQuestions(defaultProcedure).find((x) => x.id === 'hasChildren')!.label, 'nb'), 'a reworded question keeps its national code and display');
});

// --- Condition translation: engine vs enableWhen vs FHIRPath ---

const label = { nb: 'x', nn: 'x', en: 'x' };
const opt = (value: string) => ({ value, label });
const testQuestions: Question[] = [
  { id: 'a', type: 'yesno', label },
  { id: 'b', type: 'choice', label, options: ['yes', 'no', 'unknown'].map(opt) },
  { id: 't', type: 'multi', label, options: ['x', 'y', 'none'].map(opt) },
  { id: 's', type: 'text', label },
];
const lookup = (id: string) => testQuestions.find((q) => q.id === id);

function random(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

function genCondition(rnd: () => number, depth: number): Condition {
  const r = rnd();
  if (depth > 0 && r < 0.15) return { any: Array.from({ length: Math.floor(rnd() * 4) }, () => genCondition(rnd, depth - 1)) };
  if (depth > 0 && r < 0.3) return { all: Array.from({ length: Math.floor(rnd() * 4) }, () => genCondition(rnd, depth - 1)) };
  if (depth > 0 && r < 0.4) return { not: genCondition(rnd, depth - 1) };
  const q = testQuestions[Math.floor(rnd() * testQuestions.length)]!;
  const kind = rnd();
  if (kind < 0.25) return { question: q.id, answered: true };
  if (q.type === 'multi' && kind < 0.6) return { question: q.id, includesOtherThan: ['none', 'x', 'y'].filter(() => rnd() < 0.5) };
  const values = q.type === 'yesno' ? ['yes', 'no'] : q.options ? q.options.map((o) => o.value) : ["it's", 'b\\c'];
  return { question: q.id, equals: values[Math.floor(rnd() * values.length)]! };
}

function genAnswers(rnd: () => number): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  if (rnd() < 0.7) answers['a'] = rnd() < 0.5 ? 'yes' : 'no';
  if (rnd() < 0.7) answers['b'] = ['yes', 'no', 'unknown'][Math.floor(rnd() * 3)]!;
  if (rnd() < 0.7) answers['t'] = ['x', 'y', 'none'].filter(() => rnd() < 0.5);
  if (rnd() < 0.5) answers['s'] = rnd() < 0.5 ? "it's" : 'b\\c';
  return answers;
}

const sameCoding = (a: Coding | undefined, b: Coding | undefined) => !!a && !!b && a.system === b.system && a.code === b.code;

/** R4 enableWhen semantics (§Questionnaire.item.enableWhen) over answers in response form. */
function r4EnableWhen(entries: QuestionnaireItemEnableWhen[], behavior: string | undefined, answers: Record<string, QuestionnaireResponseItemAnswer[]>): boolean {
  const one = (e: QuestionnaireItemEnableWhen) => {
    const given = answers[e.question] ?? [];
    if (e.operator === 'exists') return given.length > 0 === e.answerBoolean;
    assert.equal(e.operator, '=', 'only = and exists are emitted');
    return given.some((a) =>
      e.answerBoolean !== undefined ? a.valueBoolean === e.answerBoolean : e.answerCoding ? sameCoding(a.valueCoding, e.answerCoding) : e.answerString !== undefined ? a.valueString === e.answerString : a.valueDate === e.answerDate,
    );
  };
  return behavior === 'all' ? entries.every(one) : entries.some(one);
}

test('a Condition means the same in the engine, in enableWhen and in FHIRPath (2,000 generated cases)', () => {
  const rnd = random(20261123);
  let flatCount = 0;
  for (let i = 0; i < 2000; i++) {
    const condition = genCondition(rnd, 3);
    const answers = genAnswers(rnd);
    const expected = evaluateCondition(condition, answers);
    const responseAnswers = Object.fromEntries(testQuestions.map((q) => [q.id, toResponseAnswers(q, answers[q.id])]));
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      item: [{ linkId: 'g', item: testQuestions.filter((q) => responseAnswers[q.id]!.length).map((q) => ({ linkId: q.id, answer: responseAnswers[q.id] })) }],
    };
    const viaPath = fhirpath.evaluate(response, toFhirPath(condition, lookup), { resource: response }, r4) as unknown[];
    assert.deepEqual(viaPath, [expected], `FHIRPath ${JSON.stringify(condition)} on ${JSON.stringify(answers)}`);
    const flat = toEnableWhen(condition, lookup);
    if (flat) {
      flatCount++;
      assert.equal(r4EnableWhen(flat.enableWhen!, flat.enableBehavior, responseAnswers), expected, `enableWhen ${JSON.stringify(condition)} on ${JSON.stringify(answers)}`);
    }
  }
  assert.ok(flatCount > 300, `enough conditions took the enableWhen form (${flatCount})`);
});

test('narratives stay well-formed basic XHTML for hostile text', () => {
  const hostile = ['<script>alert(1)</script>', '</div><div>', '&amp; &lt;', '"\'><img src=x onerror=1>', '\u0000\u0007\uFFFE', '\uD800 lone', ']]>', 'ok'];
  for (const text of hostile) {
    const div = narrative(text, [{ heading: text, lines: [text, '', '   '] }]).div;
    assert.deepEqual(checkNarrativeDiv(div), [], text);
    assert.ok(!div.includes('<script') && !div.includes('<img'));
  }
  assert.ok(checkNarrativeDiv('<div xmlns="http://www.w3.org/1999/xhtml"><script>x</script></div>').length > 0, 'the checker is not blind');
});

test('the shipped JSON files are what the SDK generates, and the manual links the example Bundle', () => {
  const dir = new URL('../../fhir/', import.meta.url);
  const files = fhirExportFiles();
  const onDisk = [...readdirSync(dir).filter((f) => f.endsWith('.json')), ...readdirSync(new URL('examples/', dir)).map((f) => `examples/${f}`)];
  assert.deepEqual(onDisk.sort(), Object.keys(files).sort(), 'run node --import tsx scripts/export-fhir.ts');
  for (const [name, text] of Object.entries(files)) assert.equal(readFileSync(new URL(name, dir), 'utf8'), text, `${name} is stale: run node --import tsx scripts/export-fhir.ts`);
  const manual = readFileSync(new URL('../../../../docs/fhir.md', import.meta.url), 'utf8');
  assert.ok(manual.includes('(../packages/sdk/fhir/examples/Bundle-example.json)'), 'docs/fhir.md links the example Bundle');
  const example = JSON.parse(files['examples/Bundle-example.json']!);
  assert.deepEqual(validateFhirR4(example).errors, []);
  assert.deepEqual(checkInvariants(example), []);
});

test('translations follow the glossary: every language text in the shipped definitions uses its fixed terms', () => {
  const problems: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const parts = Array.isArray(record['extension']) ? (record['extension'] as { url?: string; valueCode?: string; valueString?: string }[]) : [];
    const lang = parts.find((p) => p.url === 'lang')?.valueCode ?? (typeof record['language'] === 'string' ? record['language'] : undefined);
    const text = parts.find((p) => p.url === 'content')?.valueString ?? (typeof record['language'] === 'string' ? record['value'] : undefined);
    if (lang && typeof text === 'string') {
      for (const rule of glossary) if (rule.lang === lang && rule.wrong.test(text)) problems.push(`${lang} "${text}": use ${rule.use}`);
    }
    Object.values(record).forEach(visit);
  };
  for (const text of Object.values(fhirExportFiles())) visit(JSON.parse(text));
  assert.deepEqual(problems, []);
});

test('translations come from the language registry: a registered language is carried where the text has it, never as bokmål under its code', () => {
  registerLanguage({ code: 'se', fallback: 'nb' });
  const sami = { ...defaultProcedure, title: { nb: 'Barn som pårørende', nn: 'Barn som pårørande', se: 'Mánát oapmahažžan' } };
  const q = questionnaireFor(sami);
  const titleLangs = q._title?.extension?.map((e) => e.extension?.find((x) => x.url === 'lang')?.valueCode);
  assert.deepEqual(titleLangs, ['nn', 'se'], 'a language the text lacks (en here) is left out too');
  for (const item of allItems(q.item)) {
    const langs = item._text?.extension?.map((e) => e.extension?.find((x) => x.url === 'lang')?.valueCode);
    assert.ok(!langs?.includes('se'), `${item.linkId} has no Sámi text, so no Sámi translation`);
  }
  const bokmalOnly = questionnaireFor({ ...defaultProcedure, title: { nb: 'Bare bokmål' } });
  assert.equal(bokmalOnly._title, undefined, 'no empty translation element (ele-1)');
  assert.deepEqual(checkInvariants(bokmalOnly as never), []);
});
