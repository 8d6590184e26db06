/**
 * Generated mistakes in a municipality's files (issue 30). Each mutation class, at every path of
 * every schema's sample where the class applies:
 *   unknown key · misspelt key · wrong type · out of range (numbers, links, formats) ·
 *   dangling reference · cycle · duplicate · contradiction across fields
 * Invariants, for every mutated file:
 * - the CLI (`bsp check`) reports at least one error (nothing accepted silently where files
 *   are authored);
 * - the run-time parser the widget uses refuses it, or accepts it with `warnings` (the widget
 *   shows them): never a silent success;
 * - parity: a file the CLI refuses is refused by the shipped JSON Schema too, except the classes
 *   JSON Schema cannot say (`SCHEMA_CANNOT`, with the reason).
 * Validated with Ajv 6 (draft-07, the one in the tree): the keywords the generated schemas use
 * (type, properties, required, additionalProperties, items, anyOf, enum, pattern, min/max,
 * format email) mean the same there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import * as sdk from '@bsp/sdk';
import { checkText, type ConfigKind } from '../../packages/cli/src/check.js';
// @ts-expect-error: a plain .mjs build script, no types
import { buildSchemas } from '../../scripts/json-schemas.mjs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type MistakeClass = 'unknown key' | 'misspelt key' | 'wrong type' | 'out of range' | 'dangling reference' | 'cycle' | 'duplicate' | 'contradiction';

/** What JSON Schema cannot express, and why; everything else the schema must refuse as the CLI does. */
const SCHEMA_CANNOT: Partial<Record<MistakeClass, string>> = {
  'dangling reference': 'a parentId or step id must name another part of the file: JSON Schema compares no two values',
  cycle: 'a ring of parents needs following references',
  duplicate: 'uniqueItems compares whole items, not one field (id) of each',
  contradiction: 'age_min ≤ age_max compares two fields ($data is not in JSON Schema 2020-12)',
};

const example = (file: string): Json => JSON.parse(readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), 'utf8')) as Json;
const directory = example('sample-directory.json');
const catalog = example('local-catalog.json');
const overlay: Json = {
  wording: [{ id: 'hasChildren', label: { nb: 'Har pasienten barn under 18 år?', nn: 'Har pasienten born under 18 år?', en: 'Does the patient have children under 18?' } }],
  addSteps: [{ id: 'lokalt', after: 'screening', title: { nb: 'Lokalt', nn: 'Lokalt', en: 'Local' }, questions: [{ id: 'lokaltSporsmal', type: 'yesno', label: { nb: 'Er familien kjent?', nn: 'Er familien kjend?', en: 'Is the family known?' } }] }],
  addQuestions: [{ step: 'screening', question: { id: 'tolk', type: 'yesno', label: { nb: 'Trengs tolk?', nn: 'Trengst tolk?', en: 'Is an interpreter needed?' } } }],
  links: [{ step: 'screening', link: { label: { nb: 'Prosedyre', nn: 'Prosedyre', en: 'Procedure' }, href: 'https://eksempel.invalid/prosedyre' } }],
};
const config: Json = { municipality: 'Eksempel kommune', rolePanelUrl: '#hvem', directory, procedure: overlay };

interface Kind {
  name: string;
  cli: ConfigKind;
  sample: Json;
  schema: string;
  /** True when the run-time parser refuses the value or accepts it with warnings. */
  runtimeNotices(value: Json): boolean;
}

const procedure = sdk.defaultProcedure;
const overlayNotices = (value: unknown) => {
  const result = sdk.applyOverlay(procedure, value, 'nb');
  return !result.ok || !!result.warnings?.length;
};
const directoryNotices = (value: unknown) => {
  const result = sdk.parseDirectory(value, 'nb');
  return !result.ok || !!result.warnings?.length;
};
const catalogNotices = (value: unknown) => {
  const result = sdk.importCatalog(value, 'nb');
  return result.rejected.length > 0 || result.warnings.length > 0;
};
const KINDS: Kind[] = [
  { name: 'directory', cli: 'directory', sample: directory, schema: 'directory', runtimeNotices: directoryNotices },
  { name: 'catalog', cli: 'catalog', sample: catalog, schema: 'catalog', runtimeNotices: catalogNotices },
  { name: 'overlay', cli: 'overlay', sample: overlay, schema: 'overlay', runtimeNotices: overlayNotices },
  {
    name: 'provider config',
    cli: 'config',
    sample: config,
    schema: 'config',
    // The provider checks its own keys and plain parts; each widget checks the part it uses.
    runtimeNotices: (value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
      const checked = sdk.checkHostConfig({ config: value }, 'nb');
      if (checked.error || checked.warning || Object.keys(checked.partErrors).length) return true;
      if (value.directory !== undefined && directoryNotices(value.directory)) return true;
      return value.procedure !== undefined && overlayNotices(value.procedure);
    },
  },
];

const clone = <T extends Json>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const at = (root: Json, path: Path): Json => path.reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, root);
function set(root: Json, path: Path, value: Json): Json {
  const copy = clone(root);
  if (!path.length) return value;
  (at(copy, path.slice(0, -1)) as Record<string, Json>)[path.at(-1) as string] = value;
  return copy;
}

/** Every path in a sample, parents before children. */
function paths(node: Json, base: Path = []): Path[] {
  if (Array.isArray(node)) return [base, ...node.flatMap((item, i) => paths(item, [...base, i]))];
  if (node && typeof node === 'object') return [base, ...Object.entries(node).flatMap(([k, v]) => paths(v, [...base, k]))];
  return [base];
}

/** A key with two neighbouring letters swapped, or one letter doubled: a typo a person makes. */
const misspell = (key: string) => (key.length > 3 ? `${key.slice(0, 1)}${key[2]}${key[1]}${key.slice(3)}` : `${key}${key.at(-1)}`);
const isLanguageKey = (key: string | number | undefined) => typeof key === 'string' && /^(nb|nn|en)$/.test(key);

interface Mistake {
  kind: Kind;
  cls: MistakeClass;
  label: string;
  value: Json;
}

function* mistakes(kind: Kind): Generator<Mistake> {
  const { sample } = kind;
  for (const path of paths(sample)) {
    const node = at(sample, path);
    const label = path.join('.') || '(root)';
    const last = path.at(-1);
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      yield { kind, cls: 'unknown key', label: `${label}+zzz`, value: set(sample, path, { ...node, zzzUkjent: 'x' }) };
      for (const key of Object.keys(node)) {
        if (isLanguageKey(key) || misspell(key) === key) continue;
        const { [key]: moved, ...rest } = node;
        // Misspelling a required key also makes it missing; an optional one only the typo shows.
        yield { kind, cls: 'misspelt key', label: `${label}.${key}→${misspell(key)}`, value: set(sample, path, { ...rest, [misspell(key)]: moved! }) };
      }
    }
    if (!path.length) continue;
    // Wrong type at every value (the language texts too): a number for text, text for the rest.
    // (Not text for an object: a text per language may be one string for all languages.)
    const wrong: Json = typeof node === 'string' ? 42 : typeof node === 'number' ? 'abc' : typeof node === 'boolean' ? 'ja' : Array.isArray(node) ? 'x' : 42;
    if (!(last === '$schema')) yield { kind, cls: 'wrong type', label: `${label}=${JSON.stringify(wrong)}`, value: set(sample, path, wrong) };
    if (typeof node === 'number') for (const n of [-1, 500, 2.5]) yield { kind, cls: 'out of range', label: `${label}=${n}`, value: set(sample, path, n) };
    if (last === 'href' || last === 'url') {
      for (const bad of ['javascript:alert(1)', 'https://helsenorge.no@evil.example/', 'tel:ring oss']) yield { kind, cls: 'out of range', label: `${label}=${bad}`, value: set(sample, path, bad) };
    }
    const formats: Record<string, string[]> = { email: ['hei'], phone: ['ring oss'], last_checked: ['i fjor'] };
    for (const bad of formats[String(last)] ?? []) yield { kind, cls: 'out of range', label: `${label}=${bad}`, value: set(sample, path, bad) };
    if (path.at(-2) === 'area' || path.at(-2) === 'languages') yield { kind, cls: 'out of range', label: `${label}=46O1`, value: set(sample, path, '46O1') };
    if (last === 'id' && kind.name === 'overlay' && path[0] !== 'wording') yield { kind, cls: 'out of range', label: `${label}=has space`, value: set(sample, path, 'hjemme nord') };
    // References to another part of the file.
    if (last === 'parentId' || last === 'after' || (last === 'step' && kind.name !== 'catalog') || (last === 'id' && path[0] === 'wording')) {
      yield { kind, cls: 'dangling reference', label: `${label}=finnes-ikke`, value: set(sample, path, 'finnes-ikke') };
    }
  }
  // Classes about the relation of parts, once per place they can occur.
  const unitsAt = kind.name === 'directory' ? ['units'] : kind.name === 'provider config' ? ['directory', 'units'] : undefined;
  if (unitsAt) {
    const units = at(sample, unitsAt) as { id: string }[];
    for (let i = 0; i < units.length; i++) {
      const j = (i + 1) % units.length;
      yield { kind, cls: 'cycle', label: `unit ${i} is its own parent`, value: set(sample, [...unitsAt, i, 'parentId'], units[i]!.id) };
      const ring = set(set(sample, [...unitsAt, i, 'parentId'], units[j]!.id), [...unitsAt, j, 'parentId'], units[i]!.id);
      yield { kind, cls: 'cycle', label: `units ${i} ↔ ${j}`, value: ring };
      if (i > 0) yield { kind, cls: 'duplicate', label: `unit ${i} has unit 0's id`, value: set(sample, [...unitsAt, i, 'id'], units[0]!.id) };
    }
  }
  if (kind.name === 'catalog') {
    const services = at(sample, ['services']) as { id: string }[];
    for (let i = 0; i < services.length; i++) {
      if (i > 0) yield { kind, cls: 'duplicate', label: `service ${i} has service 0's id`, value: set(sample, ['services', i, 'id'], services[0]!.id) };
      yield { kind, cls: 'contradiction', label: `service ${i} ages 15–6`, value: set(sample, ['services', i, 'eligibility'], { age_min: 15, age_max: 6 }) };
    }
  }
  if (kind.name === 'overlay' || kind.name === 'provider config') {
    const base: Path = kind.name === 'overlay' ? [] : ['procedure'];
    yield { kind, cls: 'duplicate', label: 'an added question takes an added step question\'s id', value: set(sample, [...base, 'addQuestions', 0, 'question', 'id'], 'lokaltSporsmal') };
    yield { kind, cls: 'duplicate', label: 'an added step takes a national step id', value: set(sample, [...base, 'addSteps', 0, 'id'], 'children') };
  }
}

const ajv = new Ajv({ allErrors: false, schemaId: 'auto' });
const schemas = buildSchemas(sdk) as Record<string, Record<string, unknown>>;
const validators = Object.fromEntries(
  Object.entries(schemas).map(([name, { $schema: _draft, ...json }]) => [name, ajv.compile(json)]),
) as Record<string, (value: unknown) => boolean>;

test('the samples are clean everywhere: CLI, run time and JSON Schema', () => {
  for (const kind of KINDS) {
    assert.deepEqual(checkText(`${kind.name}.json`, JSON.stringify(kind.sample), 'nb', kind.cli).filter((p) => p.severity === 'error'), [], kind.name);
    assert.equal(kind.runtimeNotices(kind.sample), false, kind.name);
    assert.equal(validators[kind.schema]!(kind.sample), true, `${kind.name}: ${JSON.stringify((validators[kind.schema] as unknown as { errors: unknown }).errors)}`);
  }
});

test('every generated mistake is reported by the CLI, noticed at run time, and refused by the JSON Schema where it can say so', () => {
  const silent: string[] = [];
  const counts: Record<string, number> = {};
  for (const kind of KINDS) {
    for (const mistake of mistakes(kind)) {
      const where = `${kind.name} · ${mistake.cls} · ${mistake.label}`;
      counts[mistake.cls] = (counts[mistake.cls] ?? 0) + 1;
      const cli = checkText(`${kind.name}.json`, JSON.stringify(mistake.value), 'nb', kind.cli).some((p) => p.severity === 'error');
      if (!cli) silent.push(`CLI: ${where}`);
      if (!kind.runtimeNotices(mistake.value)) silent.push(`run time: ${where}`);
      if (cli && !SCHEMA_CANNOT[mistake.cls] && validators[kind.schema]!(mistake.value)) silent.push(`JSON Schema: ${where}`);
    }
  }
  assert.deepEqual(silent, [], `${silent.length} mistakes accepted silently`);
  for (const cls of ['unknown key', 'misspelt key', 'wrong type', 'out of range', 'dangling reference', 'cycle', 'duplicate', 'contradiction']) assert.ok(counts[cls]! > 0, cls);
  console.log(`municipal mistakes: ${Object.values(counts).reduce((a, b) => a + b, 0)} generated (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}), 0 accepted silently`);
});
