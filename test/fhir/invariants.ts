// Checks a resource against the HL7 FHIR R4 (4.0.1) core invariants of its type with a real
// FHIRPath engine (`fhirpath`, R4 model), plus the JSON rules the schema cannot express (no
// empty arrays, objects or strings, no nulls) and well-formed, basic-XHTML narratives
// (txt-1/txt-2: fhirpath.js has no htmlChecks()). Expressions as published in the R4 core
// StructureDefinitions; ppc-2..5 there test the placeholder system 'something' and so can never
// fail, so the intended rule (a privacy consent has a patient) is checked too, as ppc-2-intent.
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';

interface Invariant {
  key: string;
  /** FHIRPath selecting the elements the invariant applies to (from the resource root). */
  context: string;
  expression: string;
}

const domainResource = (type: string): Invariant[] => [
  { key: 'dom-2', context: type, expression: 'contained.contained.empty()' },
  { key: 'dom-4', context: type, expression: 'contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()' },
  { key: 'dom-5', context: type, expression: 'contained.meta.security.empty()' },
  { key: 'dom-6', context: type, expression: 'text.`div`.exists()' },
  { key: 'ele-1', context: `${type}.descendants()`, expression: 'hasValue() or (children().count() > id.count())' },
  { key: 'ext-1', context: `${type}.descendants().extension`, expression: 'extension.exists() != value.exists()' },
];

const byType: Record<string, Invariant[]> = {
  Questionnaire: [
    { key: 'que-0', context: 'Questionnaire', expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')" },
    { key: 'que-2', context: 'Questionnaire', expression: 'descendants().linkId.isDistinct()' },
    ...[
      ['que-1', "(type='group' implies item.empty().not()) and (type='display' implies item.empty())"],
      ['que-3', "type!='display' or code.empty()"],
      ['que-4', 'answerOption.empty() or answerValueSet.empty()'],
      ['que-5', "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'dateTime' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())"],
      ['que-6', "type!='display' or (required.empty() and repeats.empty())"],
      ['que-8', "(type!='group' and type!='display') or initial.empty()"],
      ['que-9', "type!='display' or readOnly.empty()"],
      ['que-10', "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()"],
      ['que-11', 'answerOption.empty() or initial.empty()'],
      // R4 publishes "> 2"; its text says "more than one", which is what we hold ourselves to.
      ['que-12', 'enableWhen.count() > 1 implies enableBehavior.exists()'],
      ['que-13', 'repeats=true or initial.count() <= 1'],
    ].map(([key, expression]) => ({ key: key!, context: 'Questionnaire.repeat(item)', expression: expression! })),
    { key: 'que-7', context: 'Questionnaire.repeat(item).enableWhen', expression: "operator = 'exists' implies (answer is Boolean)" },
  ],
  QuestionnaireResponse: [
    { key: 'qrs-1', context: 'QuestionnaireResponse.repeat(item | answer.item)', expression: '(answer.exists() and item.exists()).not()' },
    { key: 'qrs-2', context: 'QuestionnaireResponse', expression: 'repeat(answer|item).select(item.where(answer.value.exists()).linkId.isDistinct()).allTrue()' },
  ],
  Consent: [
    { key: 'ppc-1', context: 'Consent', expression: 'policy.exists() or policyRule.exists()' },
    ...['patient-privacy', 'research', 'adr', 'treatment'].map((code, i) => ({
      key: `ppc-${i + 2}`,
      context: 'Consent',
      expression: `patient.exists() or scope.coding.where(system='something' and code='${code}').exists().not()`,
    })),
    { key: 'ppc-2-intent', context: 'Consent', expression: "patient.exists() or status = 'draft' or scope.coding.where(code='patient-privacy').exists().not()" },
  ],
  CodeSystem: [
    { key: 'csd-0', context: 'CodeSystem', expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')" },
    { key: 'csd-1', context: 'CodeSystem', expression: 'concept.code.combine(descendants().concept.code).isDistinct()' },
  ],
  ValueSet: [
    { key: 'vsd-0', context: 'ValueSet', expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')" },
    { key: 'vsd-1', context: 'ValueSet.compose.include', expression: 'valueSet.exists() or system.exists()' },
    { key: 'vsd-2', context: 'ValueSet.compose.include', expression: '(concept.exists() or filter.exists()) implies system.exists()' },
    { key: 'vsd-3', context: 'ValueSet.compose.include', expression: 'concept.empty() or filter.empty()' },
  ],
  Task: [{ key: 'inv-1', context: 'Task', expression: 'lastModified.exists().not() or authoredOn.exists().not() or lastModified >= authoredOn' }],
  ServiceRequest: [{ key: 'prr-1', context: 'ServiceRequest', expression: 'orderDetail.empty() or code.exists()' }],
  RelatedPerson: [],
  Bundle: [
    { key: 'bdl-1', context: 'Bundle', expression: "total.empty() or (type = 'searchset') or (type = 'history')" },
    { key: 'bdl-2', context: 'Bundle', expression: "entry.search.empty() or (type = 'searchset')" },
    { key: 'bdl-3', context: 'Bundle', expression: "entry.request.empty() or type = 'batch' or type = 'transaction' or type = 'history'" },
    { key: 'bdl-4', context: 'Bundle', expression: "entry.response.empty() or type = 'batch-response' or type = 'transaction-response' or type = 'history'" },
    { key: 'bdl-7', context: 'Bundle', expression: "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl&resource.meta.versionId).isDistinct()" },
    { key: 'bdl-5', context: 'Bundle.entry', expression: 'resource.exists() or request.exists() or response.exists()' },
    { key: 'bdl-8', context: 'Bundle.entry', expression: "fullUrl.contains('/_history/').not()" },
  ],
};

const ALLOWED_TAGS = new Set(['div', 'p', 'b', 'i', 'em', 'strong', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'span', 'table', 'tr', 'td', 'th', 'thead', 'tbody']);

/** Well-formed XHTML with only basic elements, no attributes but the root's xmlns, some text. */
export function checkNarrativeDiv(div: string): string[] {
  const errors: string[] = [];
  if (!div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')) errors.push('txt: root is not an XHTML div');
  const stack: string[] = [];
  const tokens = div.match(/<[^>]*>|[^<]+/g) ?? [];
  let text = '';
  tokens.forEach((token, i) => {
    if (!token.startsWith('<')) {
      if (/&(?!(amp|lt|gt|quot|#39);)/.test(token)) errors.push(`txt: unescaped & in ${JSON.stringify(token)}`);
      text += token;
      return;
    }
    const m = /^<(\/?)([a-z0-9]+)((?:\s[^>]*)?)(\/?)>$/.exec(token);
    if (!m) return errors.push(`txt: bad tag ${token}`);
    const [, close, name, attrs, selfClose] = m;
    if (!ALLOWED_TAGS.has(name!)) errors.push(`txt-1: element ${name}`);
    if (attrs && !(i === 0 && attrs === ' xmlns="http://www.w3.org/1999/xhtml"')) errors.push(`txt-1: attributes ${attrs}`);
    if (selfClose) return;
    if (close) {
      if (stack.pop() !== name) errors.push(`txt: unbalanced </${name}>`);
    } else stack.push(name!);
  });
  if (stack.length) errors.push('txt: unclosed elements');
  if (!text.trim()) errors.push('txt-2: no text');
  return errors;
}

/** Empty arrays/objects/strings and nulls are invalid FHIR JSON. */
function jsonRules(value: unknown, path: string, errors: string[]): void {
  if (value === null) errors.push(`json: null at ${path}`);
  else if (Array.isArray(value)) {
    if (!value.length) errors.push(`json: empty array at ${path}`);
    value.forEach((v, i) => jsonRules(v, `${path}[${i}]`, errors));
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as object);
    if (!entries.length) errors.push(`json: empty object at ${path}`);
    for (const [k, v] of entries) jsonRules(v, `${path}.${k}`, errors);
  } else if (value === '') errors.push(`json: empty string at ${path}`);
}

/** Every broken invariant as "key: where"; [] when the resource (and any Bundle entries) pass. */
export function checkInvariants(resource: { resourceType: string; [k: string]: unknown }): string[] {
  const errors: string[] = [];
  jsonRules(resource, resource.resourceType, errors);
  const invariants = byType[resource.resourceType];
  if (!invariants) return [...errors, `no invariant table for ${resource.resourceType}`];
  for (const inv of [...domainResource(resource.resourceType), ...invariants]) {
    if (resource.resourceType === 'Bundle' && inv.key.startsWith('dom-')) continue; // Bundle is a Resource, not a DomainResource
    let failing = fhirpath.evaluate(resource, `${inv.context}.where((${inv.expression}).not())`, { resource }, r4) as unknown[];
    // fhirpath.js gives the xhtml `div` no hasValue(); every other string primitive has a value.
    if (inv.key === 'ele-1') failing = failing.filter((node) => typeof node !== 'string' || !node.startsWith('<div'));
    if (failing.length) errors.push(`${inv.key}: ${failing.length} element(s) fail ${inv.expression}`);
  }
  const text = resource['text'] as { div?: string } | undefined;
  if (resource.resourceType !== 'Bundle') errors.push(...(text?.div ? checkNarrativeDiv(text.div) : ['dom-6: no narrative']));
  if (resource.resourceType === 'Bundle') {
    for (const entry of (resource['entry'] as { resource?: { resourceType: string } }[] | undefined) ?? []) {
      if (entry.resource) errors.push(...checkInvariants(entry.resource as { resourceType: string }).map((e) => `${entry.resource!.resourceType}: ${e}`));
    }
  }
  return errors;
}
