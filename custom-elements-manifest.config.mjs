// Analyzer configuration for every widget package (scripts/build.mjs runs the analyzer inside
// each package with `--config` pointing here). The analyzer alone misses what crosses package
// borders; this plugin completes the manifest from the sources, so nothing is hand-written:
//  - events: typed from the event classes (`src/events/*.ts`, `extends CustomEvent<Detail>` and
//    their `GlobalEventHandlersEventMap` entry); nameless or guessed events (`detail`, `metric`,
//    which the analyzer invents from `dispatchEvent(new X(detail))`) are dropped;
//  - CSS custom properties: every `var(--bsp-…, fallback)` the styles read, with its fallback;
//  - inheritance: members, attributes, events, CSS properties and parts of `BspElement`
//    (package @bsp/ui) are copied into each widget with `inheritedFrom`;
//  - private members are left out: the manifest is the public API;
//  - shared type names (`WidgetLang`, `packages/ui/src/types/*.ts`) in members and attributes are
//    written out, so tools see the literal union.
// Then it writes the React and Vue type declarations generated from the finished manifest.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { writeFrameworkTypes } from './scripts/framework-types.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const packagesDir = join(root, 'packages');
const BASE = { name: 'BspElement', package: '@bsp/ui' };

const sourceFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => join(dir, f))
    : [];

/** `bsp-complete` → { typeText: 'CustomEvent<ChecklistCompleteDetail>', className, package, module } */
export function collectEventTypes() {
  const events = {};
  for (const pkg of readdirSync(packagesDir)) {
    for (const file of sourceFiles(join(packagesDir, pkg, 'src', 'events'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const details = {};
      const visit = (node) => {
        if (ts.isClassDeclaration(node) && node.name) {
          const base = node.heritageClauses?.flatMap((c) => c.types).find((t) => t.expression.getText() === 'CustomEvent');
          const detail = base?.typeArguments?.[0];
          if (detail) {
            // A generic event (`BspChangeEvent<R = unknown>`) is listed with its defaults.
            let text = detail.getText();
            for (const param of node.typeParameters ?? []) {
              text = text.replace(new RegExp(`\\b${param.name.text}\\b`, 'g'), param.default?.getText() ?? 'unknown');
            }
            details[node.name.text] = text;
          }
        }
        if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
          for (const member of node.members) {
            if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
            const className = member.type.getText().replace(/<.*$/, '');
            events[member.name.text] = {
              className,
              package: `@bsp/${pkg}`,
              module: relative(join(packagesDir, pkg), file),
              detail: () => details[className],
            };
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      for (const event of Object.values(events)) {
        if (typeof event.detail === 'function') event.detail = event.detail();
      }
    }
  }
  return events;
}

/** `WidgetLang` → `'nb' | 'nn' | 'en' | (string & {})`: the exported type aliases of @bsp/ui's types/. */
export function collectSharedTypes() {
  const aliases = {};
  for (const file of sourceFiles(join(packagesDir, 'ui', 'src', 'types'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const node of source.statements) {
      if (ts.isTypeAliasDeclaration(node) && !node.typeParameters) aliases[node.name.text] = node.type.getText();
    }
  }
  return aliases;
}

function expandSharedTypes(items, aliases) {
  for (const item of items ?? []) {
    const text = item.type?.text;
    if (text && Object.hasOwn(aliases, text)) item.type = { ...item.type, text: aliases[text] };
  }
}

/** Reads `var(--bsp-x, fallback)` with balanced parentheses in the fallback. */
export function collectCssProperties(files) {
  const found = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/var\(\s*(--bsp-[a-z0-9-]+)\s*(,)?/g)) {
      if (found.has(match[1])) continue;
      let fallback = '';
      if (match[2]) {
        let depth = 1;
        let i = match.index + match[0].length;
        for (; i < text.length && depth > 0; i++) {
          if (text[i] === '(') depth++;
          if (text[i] === ')') depth--;
        }
        fallback = text.slice(match.index + match[0].length, i - 1).trim();
      }
      found.set(match[1], fallback);
    }
  }
  return [...found].map(([name, fallback]) => ({
    name,
    description: fallback
      ? `Theme token. Unset, it falls back to \`${fallback}\` (Designsystemet's --ds-* token where one exists).`
      : 'Theme token.',
    ...(fallback ? { default: fallback } : {}),
  }));
}

const byName = (items) => {
  const out = new Map();
  for (const item of items ?? []) {
    if (!item.name) continue;
    // Later entries (the JSDoc) add to earlier ones (what the analyzer saw in the code).
    out.set(item.name, { ...out.get(item.name), ...item });
  }
  return [...out.values()];
};

function completeEvents(declaration, eventTypes) {
  const events = byName(declaration.events).filter((e) => eventTypes[e.name] || e.description);
  return events.map((event) => {
    const known = eventTypes[event.name];
    if (!known?.detail) return event;
    return { ...event, type: { text: `CustomEvent<${known.detail}>` } };
  });
}

/** Adds what `from` declares and `into` lacks, marked as inherited. */
function inherit(into, from) {
  const add = (key) => {
    const own = into[key] ?? [];
    const names = new Set(own.map((x) => x.name));
    const inherited = (from[key] ?? [])
      .filter((x) => !names.has(x.name))
      .map((x) => ({ ...x, inheritedFrom: x.inheritedFrom ?? BASE }));
    const all = [...own, ...inherited];
    if (all.length) into[key] = all;
  };
  for (const key of ['members', 'attributes', 'events', 'cssProperties', 'cssParts', 'cssStates', 'slots']) add(key);
}

function findBaseDeclaration() {
  const file = join(packagesDir, 'ui', 'custom-elements.json');
  if (!existsSync(file)) throw new Error('packages/ui/custom-elements.json is missing: analyze @bsp/ui first');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) if (declaration.name === BASE.name) return declaration;
  }
  throw new Error(`${BASE.name} not found in packages/ui/custom-elements.json`);
}

const completeManifest = () => ({
  name: 'bsp-complete-manifest',
  packageLinkPhase({ customElementsManifest }) {
    const cwd = process.cwd();
    const packageName = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).name;
    const eventTypes = collectEventTypes();
    const sharedTypes = collectSharedTypes();
    const ownCssProperties = collectCssProperties(sourceFiles(join(cwd, 'src')));
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
        }
        if (declaration.attributes) declaration.attributes = byName(declaration.attributes);
        expandSharedTypes(declaration.members, sharedTypes);
        expandSharedTypes(declaration.attributes, sharedTypes);
        if (declaration.events) declaration.events = completeEvents(declaration, eventTypes);
        if (!declaration.events?.length) delete declaration.events;
        const isBase = packageName === BASE.package && declaration.name === BASE.name;
        const extendsBase = declaration.superclass?.name === BASE.name && declaration.superclass.package === BASE.package;
        // The base reads the theme tokens; a widget's own styles may read more.
        if (isBase || extendsBase) declaration.cssProperties = byName([...ownCssProperties, ...(declaration.cssProperties ?? [])]);
        if (!declaration.cssProperties?.length) delete declaration.cssProperties;
        if (extendsBase) inherit(declaration, findBaseDeclaration());
      }
    }
    writeFrameworkTypes(customElementsManifest, { packageName, distDir: join(cwd, 'dist') });
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [completeManifest()],
};
