/**
 * The widget fuzz cases, one table: each row is an entry point of a widget (a property, an
 * attribute, provider input) and the generated inputs it gets. Add rows here (or pass your
 * own table to `runWidgetCases`) when a widget gains a public property.
 */
import { html } from 'lit';
import { safeHref, type BspIssue, type MunicipalDirectory } from '@bsp/sdk';
import { MAX_PROPERTY_TEXT } from '@bsp/ui';
import { HOSTILE_KINDS, hostileAttributeValues, mutations, pathConcerns, sampleHostile, type Hostile } from './hostile.js';
import type { CaseInput, WidgetCase } from './widget-harness.js';

export const sampleDirectory: MunicipalDirectory = {
  municipality: 'Testvik',
  coordinator: { name: 'Kim Koordinator', phone: '+47 12 34 56 78', reachable: 'Hverdager' },
  links: [{ label: 'Prosedyren', href: 'https://eksempel.invalid/prosedyre' }],
  units: [
    { id: 'sykehjem', name: 'Solsiden sykehjem', agency: 'Sykehjem', barneansvarlig: [{ name: 'Åse Ærlig', phone: '+47 00 00 00 30', email: 'ase@eksempel.invalid' }] },
    { id: 'rus', name: 'Rusteamet', parentId: 'sykehjem', leader: { name: 'Lise Leder' } },
  ],
};

export const sampleServices = [
  { id: 'lokal-gruppe', name: { nb: 'Lokal sorggruppe', nn: 'Lokal sorggruppe' }, description: 'For barn i sorg.', audience: ['children'], format: ['group'], area: ['4601'], eligibility: { age_min: 8, age_max: 12, situations: ['bereavement'] }, phones: [{ number: '+47 22 00 00 00' }] },
  { id: 'kurs', name: 'Kurs', description: 'Kurs for foreldre.', audience: ['parents'], format: ['course'], area: 'national', cost: 'free' },
];

const WIDGETS = [
  { tag: 'bsp-role-panel', render: () => html`<bsp-role-panel .directory=${sampleDirectory}></bsp-role-panel>` },
  { tag: 'bsp-child-checklist', render: () => html`<bsp-child-checklist></bsp-child-checklist>` },
  { tag: 'bsp-consent-form', render: () => html`<bsp-consent-form></bsp-consent-form>` },
  { tag: 'bsp-support-finder', render: () => html`<bsp-support-finder></bsp-support-finder>` },
] as const;

const setProperty = (name: string) => (el: HTMLElement, value: unknown) => {
  (el as unknown as Record<string, unknown>)[name] = value;
};
const setAttribute = (name: string) => (el: HTMLElement, value: unknown) => el.setAttribute(name, String(value));

/** Values a shared property accepts among the generated ones (null and undefined mean "unset"). */
const acceptedShared: Record<string, (input: Hostile) => boolean> = {
  messages: (input) => ['null', 'empty object', 'null prototype'].includes(input.label),
  storage: (input) => input.label === 'null',
  metrics: (input) => input.label === 'null' || input.label === 'function',
};

/** Recognised language tags: anything else in an own `lang` is reported. */
const SPOKEN = /^(nb|nn|no|en)(-|$)/i;

/** messages, storage, metrics and the `lang` attribute on each of the four widgets. */
export const sharedPropertyCases: WidgetCase[] = WIDGETS.flatMap(({ tag, render }, n) => [
  ...(['messages', 'storage', 'metrics'] as const).map((name, m): WidgetCase => ({
    name: `<${tag}> ${name} property`,
    render,
    property: name,
    inputs: () => sampleHostile(1000 + n * 10 + m, 10),
    apply: setProperty(name),
    invalid: (input) => !acceptedShared[name]!(input),
  })),
  {
    name: `<${tag}> lang attribute`,
    render,
    property: 'lang',
    inputs: () => [...hostileAttributeValues(1100 + n, 8), { label: 'nn-NO', value: 'nn-NO' }, { label: 'EN', value: 'EN' }],
    apply: setAttribute('lang'),
    invalid: (input) => !SPOKEN.test(String(input.value)) && String(input.value).trim() !== '',
  },
]);

/** An issue about the changed place of a mutated sample, or any named place for other input. */
const aboutChangedPlace = (prefix: Path) => (issue: BspIssue, input: CaseInput) =>
  input.path ? pathConcerns(issue.path, input.path.slice(prefix.length)) : issue.path !== '';
type Path = (string | number)[];

/** Values a checked property accepts: null and undefined are "unset" (the default applies). */
const unset = (input: Hostile) => input.value === null || input.value === undefined;
const isText = (input: Hostile) => unset(input) || typeof input.value === 'string';
// zod's number(): finite numbers only.
const isNumber = (input: Hostile) => unset(input) || (typeof input.value === 'number' && Number.isFinite(input.value));
const isOneOf = (values: readonly unknown[]) => (input: Hostile) => unset(input) || values.includes(input.value);

/**
 * A widget's own checked properties (`checkProperty`): each gets hostile values as a property,
 * and as an attribute where it has one (attribute text goes through Lit's converter first).
 */
function ownPropertyCases(
  tag: string,
  render: () => ReturnType<typeof html>,
  seed: number,
  properties: { name: string; valid: (input: Hostile) => boolean; attribute?: string; validText?: (text: string) => boolean }[],
): WidgetCase[] {
  return properties.flatMap(({ name, valid, attribute, validText }, n): WidgetCase[] => [
    { name: `<${tag}> ${name} property`, render, property: name, inputs: () => sampleHostile(seed + n, 10), apply: setProperty(name), invalid: (input) => !valid(input) },
    ...(attribute && validText
      ? [{ name: `<${tag}> ${attribute} attribute`, render, property: name, inputs: () => hostileAttributeValues(seed + 50 + n, 8), apply: setAttribute(attribute), invalid: (input: Hostile) => !validText(String(input.value)) }]
      : []),
  ]);
}

const finiteNumberText = (text: string) => Number.isFinite(Number(text));

export const rolePanelCases: WidgetCase[] = [
  {
    name: '<bsp-role-panel> directory property: hostile values',
    render: WIDGETS[0].render,
    inputs: () => sampleHostile(1200, 20),
    apply: setProperty('directory'),
    invalid: (input) => input.label !== 'null',
    names: aboutChangedPlace([]),
  },
  {
    name: '<bsp-role-panel> directory property: directories with one field changed',
    render: WIDGETS[0].render,
    inputs: () => mutations(sampleDirectory, 1201, 30),
    apply: setProperty('directory'),
    names: aboutChangedPlace([]),
  },
  ...(['role-id', 'unit'] as const).map((name): WidgetCase => ({
    name: `<bsp-role-panel> ${name} attribute`,
    render: WIDGETS[0].render,
    inputs: () => hostileAttributeValues(1210 + name.length, 8),
    apply: setAttribute(name),
    // Any text is a possible id: an unknown one is not an error, but must not break the widget.
    invalid: () => false,
  })),
  ...ownPropertyCases('bsp-role-panel', WIDGETS[0].render, 1220, [
    { name: 'view', valid: isOneOf(['ask', 'roles', 'role']), attribute: 'view', validText: (text) => ['ask', 'roles', 'role'].includes(text) },
    { name: 'roleId', valid: isText },
    { name: 'unit', valid: isText },
    { name: 'src', valid: isText },
    { name: 'srcTimeout', valid: isNumber, attribute: 'src-timeout', validText: finiteNumberText },
    { name: 'srcMaxBytes', valid: isNumber, attribute: 'src-max-bytes', validText: finiteNumberText },
  ]),
];

/** Finder issues are numbered by row (`2.name`): compare the part after the row. */
const finderNames = (issue: BspIssue, input: CaseInput) => {
  if (!input.path) return issue.path !== '';
  const [, row, ...rest] = input.path;
  const [issueRow, ...issueRest] = issue.path.split('.');
  return Number(issueRow) === Number(row) + 1 && pathConcerns(issueRest.join('.'), rest as Path);
};

export const finderCases: WidgetCase[] = [
  {
    name: '<bsp-support-finder> services property: hostile values',
    render: WIDGETS[3].render,
    inputs: () => sampleHostile(1300, 20),
    apply: setProperty('services'),
    invalid: (input) => !['null', 'empty array'].includes(input.label),
    names: finderNames,
  },
  {
    name: '<bsp-support-finder> services property: catalogs with one field changed',
    render: WIDGETS[3].render,
    inputs: () => mutations({ services: sampleServices }, 1301, 30),
    apply: setProperty('services'),
    names: finderNames,
  },
  {
    name: '<bsp-support-finder> no-national attribute',
    render: WIDGETS[3].render,
    inputs: () => hostileAttributeValues(1302, 8),
    apply: setAttribute('no-national'),
    invalid: () => false,
  },
  ...ownPropertyCases('bsp-support-finder', WIDGETS[3].render, 1320, [
    { name: 'audience', valid: isOneOf(['families', 'youth', 'staff']), attribute: 'audience', validText: (text) => ['families', 'youth', 'staff'].includes(text) },
    { name: 'src', valid: isText },
    { name: 'noNational', valid: (input) => unset(input) || typeof input.value === 'boolean' },
    // The attribute: present alone is `true`, else its text.
    { name: 'syncUrl', valid: isOneOf([true, false, 'facets', 'all']), attribute: 'sync-url', validText: (text) => ['', 'facets', 'all'].includes(text) },
    { name: 'srcTimeout', valid: isNumber, attribute: 'src-timeout', validText: finiteNumberText },
    { name: 'srcMaxBytes', valid: isNumber, attribute: 'src-max-bytes', validText: finiteNumberText },
    { name: 'exitUrl', valid: (input) => unset(input) || (typeof input.value === 'string' && (safeHref(input.value)?.startsWith('http') ?? false)), attribute: 'exit-url', validText: (text) => safeHref(text)?.startsWith('http') ?? false },
  ]),
];

const providerWith = (child: string) => (root: HTMLElement) => root.querySelector<HTMLElement>(child)!;

/** Inline JSON a web editor might write, and the path each must be reported under. */
const inlineJson: CaseInput[] = [
  ...['{ "municipality": ', '{ "municipality": "X",, }', '{ municipality: "X" }', "{ 'a': 1 }", '{ "a": 1 } trailing', '', '\u0000', '{"a": "\\x"}', '[', '{'.repeat(3000)].map(
    (value): CaseInput => ({ label: `broken JSON ${JSON.stringify(value.slice(0, 20))}`, value, expectPath: 'script[type="application/json"]' }),
  ),
  ...['42', '"text"', '[]', 'true', '[{"municipality": "X"}]'].map((value): CaseInput => ({ label: `JSON ${value}`, value, expectPath: 'config' })),
  ...['{"messages": 5}', '{"messages": {"de": {}}}', '{"messages": {"nb": {"heading": 5}}}', '{"messages": []}'].map((value): CaseInput => ({ label: value, value, expectPath: 'messages' })),
  { label: 'municipality 42', value: '{"municipality": 42}', expectPath: 'config.municipality' },
  { label: '__proto__ in JSON', value: '{"__proto__": {"polluted": 1}, "municipality": "X"}', surelyInvalid: false },
  { label: 'rolePanelUrl for another widget', value: '{"rolePanelUrl": 5}', surelyInvalid: false },
];

export const providerCases: WidgetCase[] = [
  {
    name: '<bsp-provider> inline JSON configuration',
    // An empty outer provider as the fixture (a Lit element: no wait for an animation frame,
    // which never comes while the runner keeps this page in the background); the provider
    // under test, with its script, goes inside it.
    render: () => html`<bsp-provider></bsp-provider>`,
    widget: providerWith('bsp-provider bsp-support-finder'),
    inputs: () => inlineJson,
    apply: (root, value) => {
      const provider = document.createElement('bsp-provider');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = String(value);
      provider.append(script, document.createElement('bsp-support-finder'));
      root.append(provider);
    },
  },
  ...(['config', 'messages', 'storage', 'metrics'] as const).map((name, n): WidgetCase => ({
    name: `<bsp-provider> ${name} property`,
    render: () => html`<bsp-provider><bsp-support-finder></bsp-support-finder></bsp-provider>`,
    widget: providerWith('bsp-support-finder'),
    property: name,
    inputs: () => sampleHostile(1400 + n, 12),
    apply: (root, value) => setProperty(name)(root, value),
    invalid: (input) =>
      name === 'config'
        ? !['null', 'empty object', '__proto__ key', 'toString keys', 'null prototype', 'frozen object', 'deep object'].includes(input.label)
        : !acceptedShared[name]!(input),
  })),
];

/** A valid checklist record with two children and consent, for one-field mutations. */
const sampleChecklistRecord = {
  version: 2,
  procedure: 'bsp-national-default',
  answers: { hasChildren: 'yes', triggers: ['somatic-illness'], neglectConcern: 'yes', reportAction: 'report-sent' },
  children: [
    { id: 'c1', label: 'Eldste', answers: { relation: 'child', age: '6-9', followUpWhere: ['health-station'] } },
    { id: 'c2', answers: { relation: 'sibling', age: '13-15' } },
  ],
  excluded: ['child:c2:network'],
  noteEdits: { 'answer:hasChildren': { text: 'Ja, to barn.', basedOn: 'x' } },
  addendum: 'Samtale 23.11.',
  consent: { version: 2, entries: [{ id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'health-station', decision: 'refused', information: [], children: ['c1'] }] },
};
const sampleConsentRecord = sampleChecklistRecord.consent;

/** The hostile kinds with these labels, made fresh: the ones a boundary must always meet. */
const kinds = (...labels: string[]): Hostile[] =>
  HOSTILE_KINDS.map((make) => make()).filter((hostile) => labels.includes(hostile.label));

/**
 * Data past the size and depth limits at the widget boundary, each in a different shape:
 * expanded naively (JSON.stringify, a recursive walk, a render) each would hang or crash the
 * page. Every one must be refused with the error view, quickly.
 */
function oversized(sample: Record<string, unknown>, listKey: string, item: unknown): CaseInput[] {
  const cyclic: Record<string, unknown> = structuredClone(sample);
  cyclic['self'] = cyclic;
  const shared = 'å'.repeat(200_000);
  return [
    ...kinds('deep object', 'deep array', 'huge string', 'throwing Proxy', 'throwing getters'),
    { label: 'cycle', value: cyclic, surelyInvalid: true },
    { label: `${listKey}: 20,000 items`, value: { ...sample, [listKey]: Array.from({ length: 20_000 }, () => item) }, surelyInvalid: true },
    { label: `${listKey}: one 200,000-character text in 10 places`, value: { ...sample, [listKey]: Array.from({ length: 10 }, () => ({ ...(item as object), label: shared })) }, surelyInvalid: true },
  ];
}

/** Any named place: records are reported from their root ("(hele objektet)") inwards. */
const anyPlace = (issue: BspIssue) => issue.path !== '';
/** String properties take text up to MAX_PROPERTY_TEXT; null and undefined mean "unset". */
const notPropertyText = (input: CaseInput) =>
  input.value !== null && input.value !== undefined && (typeof input.value !== 'string' || input.value.length > MAX_PROPERTY_TEXT);
/** `heading-level` is read as a Number: only 1–6 is a level. */
const notHeadingLevel = (input: CaseInput) => {
  const level = Number(input.value);
  return !(Number.isInteger(level) && level >= 1 && level <= 6);
};

const checklist = WIDGETS[1].render;
const consent = WIDGETS[2].render;

export const checklistCases: WidgetCase[] = [
  { name: '<bsp-child-checklist> record property: hostile values', render: checklist, inputs: () => sampleHostile(1500, 8), apply: setProperty('record'), names: anyPlace },
  { name: '<bsp-child-checklist> record property: too deep, too big, unreadable', render: checklist, inputs: () => oversized(sampleChecklistRecord, 'children', sampleChecklistRecord.children[0]), apply: setProperty('record'), names: anyPlace },
  { name: '<bsp-child-checklist> record property: records with one field changed', render: checklist, inputs: () => mutations(sampleChecklistRecord, 1501, 16), apply: setProperty('record'), names: aboutChangedPlace([]) },
  {
    name: '<bsp-child-checklist> overlay property: hostile values',
    render: checklist,
    inputs: () => [...kinds('deep object', 'huge string', 'throwing Proxy'), ...sampleHostile(1502, 5)],
    apply: setProperty('overlay'),
    invalid: (input) => !['null', 'empty object'].includes(input.label),
    names: anyPlace,
  },
  ...(['rolePanelUrl', 'subject', 'draftKey'] as const).map((name, n): WidgetCase => ({
    name: `<bsp-child-checklist> ${name} property`,
    render: checklist,
    property: name,
    inputs: () => [...kinds('null', 'huge string'), ...sampleHostile(1510 + n, 4)],
    apply: setProperty(name),
    invalid: notPropertyText,
  })),
  { name: '<bsp-child-checklist> heading-level attribute', render: checklist, property: 'headingLevel', inputs: () => [...hostileAttributeValues(1520, 6), { label: '3', value: '3' }], apply: setAttribute('heading-level'), invalid: notHeadingLevel },
];

export const consentCases: WidgetCase[] = [
  { name: '<bsp-consent-form> record property: hostile values', render: consent, inputs: () => sampleHostile(1600, 8), apply: setProperty('record'), names: anyPlace },
  { name: '<bsp-consent-form> record property: too deep, too big, unreadable', render: consent, inputs: () => oversized(sampleConsentRecord, 'entries', sampleConsentRecord.entries[0]), apply: setProperty('record'), names: anyPlace },
  { name: '<bsp-consent-form> record property: records with one field changed', render: consent, inputs: () => mutations(sampleConsentRecord, 1601, 12), apply: setProperty('record'), names: aboutChangedPlace([]) },
  {
    name: '<bsp-consent-form> childOptions property',
    render: consent,
    property: 'childOptions',
    inputs: () => [
      ...kinds('null', 'deep object', 'throwing Proxy'),
      ...sampleHostile(1602, 5),
      { label: '31 children', value: Array.from({ length: 31 }, (_, n) => ({ id: `c${n}`, label: `Barn ${n + 1}` })) },
      { label: 'two children', value: [{ id: 'a', label: 'Eldste' }, { id: 'b', label: 'Yngste' }] },
    ],
    apply: setProperty('childOptions'),
    invalid: (input) => !['null', 'empty array', 'two children'].includes(input.label),
  },
  ...(['recordedBy', 'rolePanelUrl', 'name'] as const).map((name, n): WidgetCase => ({
    name: `<bsp-consent-form> ${name} property`,
    render: consent,
    property: name,
    inputs: () => [...kinds('huge string'), ...sampleHostile(1610 + n, 4)],
    apply: setProperty(name),
    invalid: notPropertyText,
  })),
  { name: '<bsp-consent-form> heading-level attribute', render: consent, property: 'headingLevel', inputs: () => hostileAttributeValues(1620, 6), apply: setAttribute('heading-level'), invalid: notHeadingLevel },
];
