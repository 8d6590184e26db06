// Writes packages/react/src/index.ts: @lit/react wrappers (for React 18, which sets every prop
// as an attribute and has no custom-element events) of every widget, from the widget packages'
// custom-elements.json: each event becomes an `on<Event>` prop typed with its detail.
// npm run build writes it after the manifests; it is not committed, so it never drifts from them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { elementsOf, pascal } from './framework-types.mjs';

const WRAPPED = ['ui', 'role-panel', 'consent', 'checklist', 'finder'];
const OUT = 'packages/react/src/index.ts';

export function reactWrappers(manifests) {
  let imports = '';
  let body = '';
  for (const [pkg, manifest] of manifests) {
    const elements = elementsOf(manifest);
    if (!elements.length) continue;
    imports += `import '@bsp/${pkg}/define';\nimport { ${elements.map((e) => `${e.className} as ${e.className}Element`).join(', ')} } from '@bsp/${pkg}';\n`;
    for (const e of elements) {
      body += `\n/** \`<${e.tag}>\` as a React component (properties set as properties, events as \`on…\` props). */\n`;
      body += `export const ${e.className} = createComponent({\n  tagName: '${e.tag}',\n  elementClass: ${e.className}Element,\n  react: React,\n  events: {\n`;
      for (const ev of e.events) body += `    on${pascal(ev.name)}: '${ev.name}' as EventName<GlobalEventHandlersEventMap['${ev.name}']>,\n`;
      body += '  },\n});\n';
    }
  }
  return `// Generated from the widgets' custom-elements.json by scripts/react-wrappers.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
${imports}${body}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifests = WRAPPED.map((pkg) => [pkg, JSON.parse(readFileSync(`packages/${pkg}/custom-elements.json`, 'utf8'))]);
  // src/ holds only this generated file, so a fresh clone has no such folder yet.
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, reactWrappers(manifests));
}
