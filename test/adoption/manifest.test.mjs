// custom-elements.json of every widget package, as `npm run build` generates it.
// Invariants:
//  - each manifest validates against the custom-elements-manifest JSON Schema (1.0.0);
//  - each element lists the members every widget inherits (lang, storage, messages, metrics),
//    and every event has a name and a detail type that is neither `unknown` nor `any` (also
//    not inside: `BspChangeDetail<unknown>`);
//  - `lang` (attribute and property, on every widget and the provider) has the type of
//    `WidgetLang` in @bsp/ui's source, whose literals are exactly the languages the SDK
//    registers at start (so they autocomplete) and which accepts any other string;
//  - every part a widget's source renders (`part="…"`, incl. the shared error view's) and every
//    `--bsp-*` custom property it reads is documented in its manifest: a part or property added
//    without JSDoc fails here instead of going missing from docs, Storybook and the framework types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const WIDGETS = ['checklist', 'consent', 'finder', 'role-panel'];
const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const sources = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => /\.ts$/.test(file) && !/\.(test|stories)\.ts$/.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
const found = (text, pattern) => new Set([...text.matchAll(pattern)].map((m) => m[1]));
const shared = sources('packages/ui/src');

for (const pkg of WIDGETS) {
  const manifest = JSON.parse(readFileSync(`packages/${pkg}/custom-elements.json`, 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

  test(`${pkg}: custom-elements.json is valid and complete`, () => {
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 1));
    assert.ok(elements.length >= 1);
    for (const element of elements) {
      const members = new Set((element.members ?? []).map((m) => m.name));
      for (const name of ['lang', 'storage', 'messages', 'metrics']) assert.ok(members.has(name), `${element.tagName} lacks ${name}`);
      assert.ok((element.events ?? []).length >= 2, element.tagName);
      for (const event of element.events) {
        assert.match(event.name ?? '', /^bsp-[a-z-]+$/, `${element.tagName}: ${JSON.stringify(event)}`);
        assert.match(event.type?.text ?? '', /^CustomEvent<.+>$/, `${element.tagName} ${event.name}`);
        assert.doesNotMatch(event.type.text, /\b(unknown|any)\b/, `${element.tagName} ${event.name}: a loose detail type`);
      }
    }
  });

  test(`${pkg}: every part and --bsp-* property its source uses is documented`, () => {
    const own = sources(`packages/${pkg}/src`);
    const parts = new Set(elements.flatMap((e) => (e.cssParts ?? []).map((p) => p.name)));
    const properties = new Set(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
    const usedParts = found(own, /\bpart="([a-z-]+)"/g);
    usedParts.add('error'); // the shared error view every widget renders
    const usedProperties = found(`${own}\n${shared}`, /var\((--bsp-[a-z0-9-]+)/g);
    assert.deepEqual([...usedParts].filter((p) => !parts.has(p)), [], 'parts without @csspart');
    assert.deepEqual([...usedProperties].filter((p) => !properties.has(p)), [], 'custom properties without @cssprop');
  });
}

test('lang is typed as WidgetLang everywhere: the shipped codes, then any string', async () => {
  const source = readFileSync('packages/ui/src/types/widget-lang.ts', 'utf8');
  const widgetLang = source.match(/export type WidgetLang = (.+);/)?.[1];
  assert.ok(widgetLang, 'WidgetLang not found in packages/ui/src/types/widget-lang.ts');
  const literals = [...widgetLang.matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
  assert.match(widgetLang, /\| \(string & \{\}\)$/, 'other registered codes must type-check');
  // The languages the SDK registers before any host code runs (registerLanguage in registry.ts).
  const registry = readFileSync('packages/sdk/src/i18n/registry.ts', 'utf8');
  const registered = [...registry.matchAll(/^registerLanguage\(\{ code: '([a-z]+)'/gm)].map((m) => m[1]);
  assert.deepEqual(literals, registered);
  for (const pkg of ['ui', ...WIDGETS]) {
    const manifest = JSON.parse(readFileSync(`packages/${pkg}/custom-elements.json`, 'utf8'));
    for (const element of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName)) {
      const attribute = (element.attributes ?? []).find((a) => a.name === 'lang');
      assert.equal(attribute?.type?.text, widgetLang, `${element.tagName} attribute lang`);
      const member = (element.members ?? []).find((m) => m.name === 'lang');
      if (element.tagName !== 'bsp-provider') assert.equal(member?.type?.text, widgetLang, `${element.tagName} property lang`);
    }
  }
  // The generated framework types carry the same text where `lang` is no property of the class.
  assert.ok(readFileSync('packages/ui/dist/vue.d.ts', 'utf8').includes(`'lang'?: ${widgetLang};`));
  assert.ok(readFileSync('packages/ui/dist/react.d.ts', 'utf8').includes(`'lang'?: ${widgetLang};`));
});
