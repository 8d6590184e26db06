// Writes packages/sdk/dist/schemas/*.schema.json (JSON Schema 2020-12) from the SDK's zod
// schemas (after the SDK is built), so editors like VS Code complete and check configuration
// files through `$schema`. zod 4's toJSONSchema reads zod/mini schemas too (one core).
// Adjustments, because the editor should refuse what the CLI and the widgets refuse:
//  - objects get `additionalProperties: false` (zod's plain objects strip unknown keys);
//  - link fields (`href`, `url`) get the SDK's own link pattern (`SAFE_LINK_PATTERN`,
//    `HTTP_LINK_PATTERN`): no `javascript:`, no user name before the host, tel:/mailto: checked;
//  - provider `messages` list the keys that exist (`<widget>.<key>`).
// What JSON Schema cannot say (an id used twice, a parentId naming no unit, age_min above
// age_max, an overlay naming an unknown step) only the CLI (`bsp check`) reports; the parity
// test (test/robustness/schema-parity.fuzz.ts) lists those cases.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJSONSchema } from 'zod';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

function closeObjects(node) {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (!node || typeof node !== 'object') return;
  if (node.type === 'object' && node.properties && node.additionalProperties === undefined) node.additionalProperties = false;
  for (const value of Object.values(node)) closeObjects(value);
}

/** `href` (directory and overlay links: http(s), tel:, mailto:) and `url` (catalog: http(s) only). */
function linkPatterns(node, sdk) {
  if (Array.isArray(node)) return node.forEach((n) => linkPatterns(n, sdk));
  if (!node || typeof node !== 'object') return;
  for (const [key, pattern] of [['href', sdk.SAFE_LINK_PATTERN], ['url', sdk.HTTP_LINK_PATTERN]]) {
    const field = node.properties?.[key];
    if (field?.type === 'string') field.pattern = pattern;
  }
  for (const value of Object.values(node)) linkPatterns(value, sdk);
}

/**
 * Text per language (`{ nb, nn, en }`) is a loose object in zod (a language registered later is
 * kept); the CLI and the widgets read only registered languages, so the schema lists those and
 * refuses other keys (`nbb`) and non-text values (`en: 42`), as the CLI does.
 */
function closeLanguageTexts(node, sdk) {
  if (Array.isArray(node)) return node.forEach((n) => closeLanguageTexts(n, sdk));
  if (!node || typeof node !== 'object') return;
  const nb = node.properties?.nb;
  if (node.type === 'object' && nb && node.additionalProperties && typeof node.additionalProperties === 'object') {
    node.properties = Object.fromEntries(sdk.languages().map((lang) => [lang, { ...nb }]));
    node.additionalProperties = false;
  }
  for (const value of Object.values(node)) closeLanguageTexts(value, sdk);
}

function jsonSchemaOf(schema, { title, description }, sdk) {
  const json = toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  closeLanguageTexts(json, sdk);
  closeObjects(json);
  linkPatterns(json, sdk);
  return { ...json, title, description };
}

/** Every schema by file name, from an SDK module (the built one, or the source in tests). */
export function buildSchemas(sdk) {
  const schemas = {
    config: [sdk.providerConfigSchema, '<bsp-provider> configuration', 'The municipality configuration for every bsp- widget: directory, catalog, procedure overlay, messages.'],
    directory: [sdk.directorySchema, 'Municipal directory', 'Units and their barneansvarlig, for <bsp-role-panel>.'],
    catalog: [sdk.catalogSchema, 'Local support catalog', 'The municipality\'s support services for <bsp-support-finder> (HSDS field names).'],
    service: [sdk.serviceSchema, 'Support service', 'One service in a support catalog (HSDS field names).'],
    overlay: [sdk.procedureOverlaySchema, 'Procedure overlay', 'A municipality\'s rewording and additions to the national procedure, for <bsp-child-checklist>.'],
  };
  const out = {};
  for (const [name, [schema, title, description]] of Object.entries(schemas)) {
    const json = jsonSchemaOf(schema, { title, description }, sdk);
    if (name === 'config') {
      const messageKeys = sdk.providerMessageKeys();
      const perLang = { type: 'object', propertyNames: { enum: messageKeys }, additionalProperties: { type: 'string' } };
      json.properties.messages = { type: 'object', properties: { nb: perLang, nn: perLang, en: perLang }, additionalProperties: false };
    }
    // A file may name its schema: `{ "$schema": "…/directory.schema.json", … }`.
    for (const top of [json, ...(json.anyOf ?? [])]) {
      if (top.type === 'object' && top.properties) top.properties = { $schema: { type: 'string' }, ...top.properties };
    }
    out[name] = json;
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sdk = await import(join(repo, 'packages/sdk/dist/index.js'));
  const outDir = join(repo, 'packages/sdk/dist/schemas');
  mkdirSync(outDir, { recursive: true });
  const schemas = buildSchemas(sdk);
  for (const [name, json] of Object.entries(schemas)) writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`json schemas: ${Object.keys(schemas).join(', ')}`);
}
