// Writes packages/sdk/dist/schemas/*.schema.json (JSON Schema 2020-12) from the SDK's zod
// schemas (after the SDK is built), so editors like VS Code complete and check configuration
// files through `$schema`. zod 4's toJSONSchema reads zod/mini schemas too (one core).
// Adjustments, because the editor should warn where the widgets would silently ignore input:
//  - objects get `additionalProperties: false` (zod's plain objects strip unknown keys);
//  - provider `messages` list the keys that exist (`<widget>.<key>`);
//  - custom checks (safe links) cannot be expressed: the CLI (`@bsp/cli check`) reports them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJSONSchema } from 'zod';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const sdk = await import(join(repo, 'packages/sdk/dist/index.js'));
const outDir = join(repo, 'packages/sdk/dist/schemas');

function closeObjects(node) {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (!node || typeof node !== 'object') return;
  if (node.type === 'object' && node.properties && node.additionalProperties === undefined) node.additionalProperties = false;
  for (const value of Object.values(node)) closeObjects(value);
}

export function jsonSchemaOf(schema, { title, description }) {
  const json = toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  closeObjects(json);
  return { ...json, title, description };
}

const schemas = {
  config: [sdk.providerConfigSchema, '<bsp-provider> configuration', 'The municipality configuration for every bsp- widget: directory, catalog, procedure overlay, messages.'],
  directory: [sdk.directorySchema, 'Municipal directory', 'Units and their barneansvarlig, for <bsp-role-panel>.'],
  catalog: [sdk.catalogSchema, 'Local support catalog', 'The municipality\'s support services for <bsp-support-finder> (HSDS field names).'],
  service: [sdk.serviceSchema, 'Support service', 'One service in a support catalog (HSDS field names).'],
  overlay: [sdk.procedureOverlaySchema, 'Procedure overlay', 'A municipality\'s rewording and additions to the national procedure, for <bsp-child-checklist>.'],
};

mkdirSync(outDir, { recursive: true });
for (const [name, [schema, title, description]] of Object.entries(schemas)) {
  const json = jsonSchemaOf(schema, { title, description });
  if (name === 'config') {
    const messageKeys = sdk.providerMessageKeys();
    const perLang = { type: 'object', propertyNames: { enum: messageKeys }, additionalProperties: { type: 'string' } };
    json.properties.messages = { type: 'object', properties: { nb: perLang, nn: perLang, en: perLang }, additionalProperties: false };
  }
  // A file may name its schema: `{ "$schema": "…/directory.schema.json", … }`.
  for (const top of [json, ...(json.anyOf ?? [])]) {
    if (top.type === 'object' && top.properties) top.properties = { $schema: { type: 'string' }, ...top.properties };
  }
  writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`json schemas: ${Object.keys(schemas).join(', ')}`);
