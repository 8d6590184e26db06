// Writes dist/react.d.ts, dist/vue.d.ts and dist/svelte.d.ts (with empty .js files so the
// subpaths resolve at run time too) from a package's finished custom-elements.json: React 19
// JSX IntrinsicElements, Vue GlobalComponents and Svelte 5 SvelteHTMLElements with every settable
// property and typed events.
// Called by the analyzer plugin in custom-elements-manifest.config.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

/** `bsp-complete` → `BspComplete` (what Vue's `@bsp-complete` listens through: `onBspComplete`). */
export const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());

const docComment = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');

/** The custom elements of a manifest with what a template may set and listen to. */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const props = (d.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
      );
      // Attributes with no property of the element's own (the native `lang`), typed from the manifest.
      const propNames = new Set(props.map((p) => p.name));
      const attributes = (d.attributes ?? []).filter((a) => !propNames.has(a.fieldName ?? a.name));
      elements.push({ tag: d.tagName, className: d.name, props, attributes, events: d.events ?? [] });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

function propsType(element) {
  const names = element.props.map((p) => `'${p.name}'`);
  return names.length ? `Partial<Pick<${element.className}, ${names.join(' | ')}>>` : '{}';
}

/** `  'lang'?: 'nb' | …;` for each attribute-only attribute. */
const attributeLines = (element) =>
  element.attributes.map((a) => `${docComment(a.description, '  ')}  '${a.name}'?: ${a.type?.text ?? 'string'};\n`).join('');

export function reactTypes(elements) {
  const imports = elements.map((e) => e.className).join(', ');
  let out = `${HEADER}// React 19 sets these props as properties and adds an \`on<event-name>\` prop as a listener.\n`;
  out += `import type { HTMLAttributes, RefAttributes } from 'react';\nimport type { ${imports} } from './index.js';\n\n`;
  for (const e of elements) {
    out += `/** Props of <${e.tag}> in React 19 JSX. */\nexport type ${e.className}JsxProps = ${propsType(e)} & {\n`;
    out += attributeLines(e);
    for (const ev of e.events) {
      out += docComment(ev.description, '  ');
      out += `  'on${ev.name}'?: (event: GlobalEventHandlersEventMap['${ev.name}']) => void;\n`;
    }
    out += '};\n\n';
  }
  out += "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n";
  for (const e of elements) {
    out += `      '${e.tag}': Omit<HTMLAttributes<${e.className}>, keyof ${e.className}JsxProps> & RefAttributes<${e.className}> & ${e.className}JsxProps;\n`;
  }
  return `${out}    }\n  }\n}\n`;
}

export function vueTypes(elements) {
  const imports = elements.map((e) => e.className).join(', ');
  let out = `${HEADER}// Vue 3 templates (vue-tsc, strictTemplates): \`@bsp-complete\` type-checks through \`onBspComplete\`.\n`;
  out += `import type { DefineComponent } from 'vue';\nimport type { ${imports} } from './index.js';\n\n`;
  for (const e of elements) {
    out += `/** Props and events of <${e.tag}> in Vue templates. */\nexport type ${e.className}VueProps = ${propsType(e)} & {\n`;
    out += attributeLines(e);
    for (const ev of e.events) {
      out += docComment(ev.description, '  ');
      out += `  on${pascal(ev.name)}?: (event: GlobalEventHandlersEventMap['${ev.name}']) => void;\n`;
    }
    out += '};\n\n';
  }
  out += "declare module 'vue' {\n  interface GlobalComponents {\n";
  for (const e of elements) out += `    '${e.tag}': DefineComponent<${e.className}VueProps>;\n`;
  return `${out}  }\n}\n`;
}

export function svelteTypes(elements) {
  const imports = elements.map((e) => e.className).join(', ');
  let out = `${HEADER}// Svelte 5 templates (svelte-check): props are set as properties, \`onbsp-complete\` listens to \`bsp-complete\`.\n`;
  out += `import type { HTMLAttributes } from 'svelte/elements';\nimport type { ${imports} } from './index.js';\n\n`;
  for (const e of elements) {
    out += `/** Props and events of <${e.tag}> in Svelte templates. */\nexport type ${e.className}SvelteProps = ${propsType(e)} & {\n`;
    out += attributeLines(e);
    for (const ev of e.events) {
      out += docComment(ev.description, '  ');
      out += `  'on${ev.name}'?: (event: GlobalEventHandlersEventMap['${ev.name}']) => void;\n`;
    }
    out += '};\n\n';
  }
  out += "declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n";
  for (const e of elements) out += `    '${e.tag}': Omit<HTMLAttributes<${e.className}>, keyof ${e.className}SvelteProps> & ${e.className}SvelteProps;\n`;
  return `${out}  }\n}\n`;
}

export function writeFrameworkTypes(manifest, { distDir }) {
  const elements = elementsOf(manifest);
  if (!elements.length) return;
  mkdirSync(distDir, { recursive: true });
  for (const [name, text] of [['react', reactTypes(elements)], ['vue', vueTypes(elements)], ['svelte', svelteTypes(elements)]]) {
    writeFileSync(join(distDir, `${name}.d.ts`), text);
    writeFileSync(join(distDir, `${name}.js`), `${HEADER}// Types only: import type {} from this module (see the package README).\nexport {};\n`);
  }
}
