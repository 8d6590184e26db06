// The directory's schema and its parser: the only part of the directory that needs zod, so a
// widget imports it when a host hands it a directory (role panel: ./directory-validator.ts).
import {
  array,
  email,
  maxLength,
  minLength,
  object,
  optional,
  refine,
  regex,
  string,
  superRefine,
  trim,
  type infer as Infer,
} from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { errorIssueMessages } from '../errors/issue-messages.js';
import { format } from '../i18n/messages.js';
import { addPathWords, parseJson, type ParseResult } from '../errors/parse.js';
import type { BspIssue } from '../errors/bsp-error.js';
import { issueAt } from '../errors/findings.js';
import { unknownKeyIssues } from '../errors/unknown-keys.js';
import { parseWith } from '../errors/parse-with.js';
import { l, w, type PathWord } from '../errors/path-words.js';
import { safeHref } from '../shared/safe-href.js';
import { shownValue } from '../errors/values.js';
import { deferred } from '../shared/deferred.js';

// A name or label, not a pasted document: 100,000 characters would make the panel unreadable.
const text = () => string().check(trim(), minLength(1), maxLength(500));

/** http(s), tel: or mailto: only. */
const safeUrl = () =>
  string().check(
    refine((value) => safeHref(value) !== undefined, { message: 'unsafe-link' }),
  );

export const contactPersonSchema = deferred(() =>
  object({
    name: text(),
    title: optional(string()),
    phone: optional(string().check(regex(/^\+?[\d ()-]{3,20}$/, { message: 'formatPhone' }))),
    email: optional(email()),
    /** When and how they can be reached, e.g. "Mån–fre 08–15". */
    reachable: optional(string()),
  }),
);

export const directoryLinkSchema = deferred(() => object({ label: text(), href: safeUrl() }));

export const unitSchema = deferred(() =>
  object({
    // An id is typed in the role panel's `unit` attribute and in other units' parentId: no spaces.
    id: text().check(regex(/^\S+$/, { message: 'formatNoSpaces' })),
    name: text(),
    /** The agency or service area, e.g. "Hjemmebaserte tjenester". */
    agency: optional(string()),
    parentId: optional(string()),
    barneansvarlig: optional(array(contactPersonSchema)),
    deputy: optional(contactPersonSchema),
    /** Asked when the unit has no barneansvarlig. */
    leader: optional(contactPersonSchema),
    links: optional(array(directoryLinkSchema)),
  }),
);

/**
 * Two units with one id make "who do I ask?" show the wrong person: the second is refused,
 * naming the first (`duplicate-id` is worded by the error module).
 */
function uniqueUnitIds() {
  return superRefine<{ id: string }[]>((units, ctx) => {
    const first = new Map<string, number>();
    units.forEach((unit, index) => {
      const earlier = first.get(unit.id);
      if (earlier === undefined) first.set(unit.id, index);
      else ctx.addIssue({ code: 'custom', message: 'duplicate-id', path: [index, 'id'], input: unit.id, params: { id: unit.id, firstPath: ['units', earlier] } });
    });
  });
}

export const directorySchema = deferred(() =>
  object({
    municipality: text(),
    coordinator: optional(contactPersonSchema),
    /** The municipality's own procedure page and documents. */
    links: optional(array(directoryLinkSchema)),
    units: array(unitSchema).check(uniqueUnitIds()),
  }),
);

type MunicipalDirectory = Infer<typeof directorySchema>;

/** How a web editor reads the directory's fields in error messages ("enhet 2, e-post"). */
export const directoryPathWords: Record<string, PathWord> = {
  municipality: w('kommune', 'kommune', 'municipality'),
  coordinator: w('koordinator', 'koordinator', 'coordinator'),
  units: w('enhet', 'eining', 'unit', l('enheter', 'einingar', 'units')),
  id: w('id', 'id', 'id'),
  name: w('navn', 'namn', 'name'),
  agency: w('virksomhet', 'verksemd', 'agency'),
  parentId: w('overordnet enhet', 'overordna eining', 'parent unit'),
  barneansvarlig: w('barneansvarlig', 'barneansvarleg', 'child-responsible staff member', l('barneansvarlige', 'barneansvarlege', 'child-responsible staff members')),
  deputy: w('stedfortreder', 'stadfortredar', 'deputy'),
  leader: w('leder', 'leiar', 'leader'),
  title: w('tittel', 'tittel', 'title'),
  phone: w('telefon', 'telefon', 'phone'),
  email: w('e-post', 'e-post', 'email'),
  reachable: w('når de kan nås', 'når dei kan nåast', 'when they can be reached'),
  links: w('lenke', 'lenkje', 'link', l('lenker', 'lenkjer', 'links')),
  label: w('lenketekst', 'lenkjetekst', 'link text'),
  href: w('adresse', 'adresse', 'address'),
};

/**
 * What the schema lets through but a reader would be misled by: unknown keys (the typo
 * `barneansvarleg` would make the panel say the unit has no barneansvarlig), a `parentId` naming
 * no unit, and parents that lead back to the unit (the fallback to the parent's barneansvarlig
 * then goes round). `input` is the value as given (the parsed one has unknown keys dropped).
 */
export function directoryFindings(input: unknown, directory: MunicipalDirectory, lang: Lang): BspIssue[] {
  return [...unknownKeyIssues(directorySchema, input, lang), ...directoryContradictions(directory, lang)];
}

/** Parents that do not exist or lead back to the unit (see `directoryFindings`). */
export function directoryContradictions(directory: MunicipalDirectory, lang: Lang): BspIssue[] {
  const findings: BspIssue[] = [];
  const byId = new Map(directory.units.map((unit) => [unit.id, unit]));
  const reported = new Set<string>();
  directory.units.forEach((unit, index) => {
    if (unit.parentId === undefined) return;
    if (!byId.has(unit.parentId)) {
      findings.push(issueAt(['units', index, 'parentId'], lang, 'unknownParent', { id: shownValue(unit.parentId) }));
      return;
    }
    // Follow the parents; a ring is reported once, at its first unit in file order.
    const chain = [unit.id];
    for (let parent = byId.get(unit.parentId); parent; parent = parent.parentId === undefined ? undefined : byId.get(parent.parentId)) {
      if (parent.id === unit.id) {
        if (!chain.some((id) => reported.has(id))) {
          chain.forEach((id) => reported.add(id));
          findings.push(issueAt(['units', index, 'parentId'], lang, 'parentCycle', { ids: [...chain, unit.id].map((id) => shownValue(id)).join(' → ') }));
        }
        break;
      }
      if (chain.includes(parent.id) || chain.length > directory.units.length) break;
      chain.push(parent.id);
    }
  });
  return findings;
}

/**
 * Validates a directory (object or JSON text); errors name the field path. What is valid but not
 * used as written comes back as `warnings` (see `directoryFindings`).
 */
export function parseDirectory(input: unknown, lang: Lang): ParseResult<MunicipalDirectory> {
  addPathWords(directoryPathWords);
  const what = format(errorIssueMessages, lang, 'directoryName');
  let value = input;
  if (typeof input === 'string') {
    const json = parseJson(input, { what, lang });
    if (!json.ok) return json;
    value = json.value;
  }
  const parsed = parseWith(directorySchema, value, { what, lang });
  if (!parsed.ok) return parsed;
  const warnings = directoryFindings(value, parsed.value, lang);
  return warnings.length ? { ...parsed, warnings } : parsed;
}
