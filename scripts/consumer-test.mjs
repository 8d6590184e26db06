// Consumer test and release dry run (part of npm test, after the build): every package is
// versioned by changesets in a temporary copy and packed as npm would
// publish it, linted as a tarball (publint --strict, arethetypeswrong with the ESM-only profile),
// installed from the tarballs into fresh apps and built and type-checked there with
// `skipLibCheck: false`:
//   vite-ts  the README's "From npm" recipes (typed elements and event details) + negative checks
//   react    the README's React recipe (typed JSX props and `on<event>` props) + negative checks
//   react    also the README's @bsp/react recipe (@lit/react wrappers, typed on… props) + negative checks
//   react18  the same @bsp/react recipe and checks against React 18 and @types/react 18 (a second
//            install, shared with Angular, run while the tarballs are linted), then rendered with
//            react-dom/server
//   angular  the README's Angular recipe compiled by ngc (Angular 21, strictTemplates, from that
//            second install, with the repository's TypeScript) and a component with
//            deliberate mistakes that must give exactly the expected errors (no @ts-expect-error
//            in Angular templates)
//   svelte   a Svelte 5 component type-checked by svelte-check (from the second install) through
//            the generated `@bsp/<pkg>/svelte` types, and one with deliberate mistakes that must
//            give exactly the expected errors (no @ts-expect-error in Svelte markup)
//   node     a journal system's TypeScript back end: the SDK's FHIR types, journal note and prefill
//            type-checked under moduleResolution bundler, node16 and nodenext, with a deliberate
//            FHIR type error that must be caught in each (FHIR types that do not resolve become
//            `any` and pass silently)
//   vue      the README's Vue recipe and env.d.ts, type-checked by vue-tsc with strictTemplates
//            (typed props and `@bsp-*` event handlers) + negative checks; not built (that would
//            need @vitejs/plugin-vue; the types are what the issue asks for)
// The README recipes are extracted from README.md (the block after `<!-- consumer-test: FILE -->`),
// so what the README shows is exactly what compiles here.
// The apps live in the repository's own .tmp/ (removed afterwards) so Vite, TypeScript and React
// come from the repository's node_modules; only the tarballs and their dependencies (lit,
// @lit/context, zod) are installed, with an npm cache inside that temp dir.
//
// Invariants: a consumer resolves every @bsp/* import from the tarballs, never from the
// workspace; no tarball carries src/, tests, .tsbuildinfo or a `source` export condition;
// each widget tarball carries README.md, LICENSE, custom-elements.json and its React/Vue types;
// a wrong type in a recipe-like use fails the type-check (the @ts-expect-error lines), also a
// misnamed event detail field; every event's `type.text` in the installed custom-elements.json is
// the detail type of its GlobalEventHandlersEventMap entry, named by exports of the element's
// package (generated checks: src/event-types.ts).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { elementsOf, pascal } from './framework-types.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['sdk', 'ui', 'role-panel', 'consent', 'checklist', 'finder', 'cdn', 'cli', 'react'].filter((p) =>
  existsSync(join(repo, 'packages', p, 'package.json')),
);
const WIDGETS = ['ui', 'role-panel', 'consent', 'checklist', 'finder'];
const keep = process.argv.includes('--keep');
/** `--only=node,vite-ts`: just those apps (the packing and linting of tarballs always run). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

function run(cmd, args, { cwd = repo, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${cmd} ${args.join(' ')} (in ${relative(repo, cwd) || '.'}) failed:\n${output}`)),
    );
  });
}
const bin = (pkg, file) => join(repo, 'node_modules', pkg, file);

/** Runs `task` over `items`, three at a time (2 cores; most of the time is process start-up and I/O). */
async function pool(items, task, width = 3) {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    while (queue.length) await task(queue.shift());
  }));
}

/** The fenced code block that follows each `<!-- consumer-test: FILE -->` marker (docs/embedding.md). */
export function readmeRecipes(readme) {
  const recipes = {};
  for (const match of readme.matchAll(/<!-- consumer-test: (\S+) -->\s*\n```[a-z]*\n([\s\S]*?)\n```/g)) {
    recipes[match[1]] = `${match[2]}\n`;
  }
  return recipes;
}

const tsconfig = (extra = {}) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'bundler',
        strict: true, skipLibCheck: false, noEmit: true, isolatedModules: true, verbatimModuleSyntax: true,
        // Only what the app imports: the repository's @types/* above this directory stay out.
        types: [], ...extra,
      },
      include: ['src'],
    },
    null,
    2,
  );

/** Type identity (not mere assignability), for the generated checks. */
const SAME = 'export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;\n';

const VITE_CHECKS = `import type { BspChangeDetail, BspChildChecklist, BspErrorDetail, ChecklistCompleteDetail } from '@bsp/checklist';
import type { Same } from './event-types.js';
import type { BspRolePanel } from '@bsp/role-panel';
import type { BspSupportFinder, FinderSelectDetail } from '@bsp/finder';
import type { BspConsentForm } from '@bsp/consent';
import type { BspProvider } from '@bsp/ui';
import type { load as loadWidgets, observe as observeWidgets } from '@bsp/cdn/bsp-all.js';
import '@bsp/role-panel/define';
import '@bsp/finder/define';
import '@bsp/consent/define';

export const elements: [BspChildChecklist, BspRolePanel, BspSupportFinder, BspConsentForm, BspProvider] = [
  document.createElement('bsp-child-checklist'),
  document.createElement('bsp-role-panel'),
  document.createElement('bsp-support-finder'),
  document.createElement('bsp-consent-form'),
  document.createElement('bsp-provider'),
];
const [checklist, , finder] = elements;
// @bsp/cdn's loader is typed (types beside dist/bsp-all.js): tags in, a stop function out.
export const autoload: [typeof loadWidgets, typeof observeWidgets] = [
  (tags: string | readonly string[]) => Promise.resolve(void tags),
  (root: Document | ShadowRoot | Element) => () => void root,
];
// @ts-expect-error observe takes a root, not a tag list
void autoload[1](['bsp-role-panel']);
checklist.addEventListener('bsp-complete', (event) => {
  const detail: ChecklistCompleteDetail = event.detail;
  // @ts-expect-error the note is a string
  const wrong: number = detail.note;
  void wrong;
});
finder.addEventListener('bsp-select', (event) => {
  const detail: FinderSelectDetail = event.detail;
  // @ts-expect-error misnamed field (it is \`name\`)
  void detail.title;
});
checklist.addEventListener('bsp-change', (event) => {
  const detail: BspChangeDetail = event.detail;
  // The checklist also hears the consent form it embeds: \`widget\` tells which record it is.
  if (detail.widget === 'checklist') void Object.keys(detail.record.answers);
  else void detail.record.entries.map((entry) => entry.decision);
  // @ts-expect-error misnamed field (it is \`record\`)
  void detail.records;
  // @ts-expect-error a consent record has no answers until narrowed to the checklist's
  void detail.record.answers;
  // @ts-expect-error only the checklist and the consent form send bsp-change
  if (detail.widget === 'finder') void detail;
});
checklist.addEventListener('bsp-error', (event) => {
  const detail: BspErrorDetail = event.detail;
  // @ts-expect-error misnamed field (it is \`issues\`)
  void detail.errors;
});
checklist.addEventListener('bsp-metric', (event) => {
  // @ts-expect-error misnamed field (it is \`count\`)
  void event.detail.amount;
});
// Any registered language code is accepted; the shipped ones are literals in the type.
checklist.lang = 'se';
const shippedLang: Same<BspChildChecklist['lang'], 'nb' | 'nn' | 'en' | (string & {})> = true;
void shippedLang;
// @ts-expect-error lang is a string
finder.lang = 42;
// @ts-expect-error no such property
checklist.draftKeyTypo = 'x';
// @ts-expect-error audience is a union of strings
finder.audience = 42;
`;

const REACT_MAIN = `import { createRoot } from 'react-dom/client';
import { ChecklistPanel } from './app.js';
import { FinderPanel } from './wrappers.js';
import './checks.js';
import './wrapper-checks.js';

createRoot(document.getElementById('root')!).render(<><ChecklistPanel patientId="1" /><FinderPanel /></>);
`;

const REACT_CHECKS = `import type {} from '@bsp/finder/react';
import type {} from '@bsp/role-panel/react';
import type {} from '@bsp/ui/react';

export const checks = (
  <bsp-provider lang="nn">
    <bsp-role-panel view="roles" unit="x" onbsp-error={(event) => event.detail.issues} />
    <bsp-support-finder audience="youth" onbsp-select={(event) => event.detail.id.toUpperCase()} />
    {/* @ts-expect-error view is a union of strings */}
    <bsp-role-panel view={1} />
    <bsp-child-checklist
      lang="se"
      onbsp-complete={(event) => {
        // @ts-expect-error the note is a string
        const wrong: number = event.detail.note;
        return wrong;
      }}
      onbsp-change={(event) => {
        if (event.detail.widget === 'consent') return event.detail.record.entries.length;
        // @ts-expect-error misnamed field (it is \`record\`)
        return event.detail.records;
      }}
    />
    {/* @ts-expect-error lang is a string */}
    <bsp-support-finder lang={1} />
  </bsp-provider>
);
`;

const VUE_CHECKS = `<script setup lang="ts">
import type {} from '@bsp/role-panel/vue';
import type {} from '@bsp/consent/vue';
import type {} from '@bsp/ui/vue';
function onSelect(event: HTMLElementEventMap['bsp-select']) { return event.detail.id.toUpperCase(); }
function wrongDetail(event: CustomEvent<number>) { return event.detail + 1; }
function onChange(event: HTMLElementEventMap['bsp-change']) {
  return event.detail.widget === 'consent' ? event.detail.record.entries : event.detail.record.answers;
}
</script>
<template>
  <bsp-provider lang="nn">
    <bsp-role-panel view="roles" unit="x" @bsp-error="(event) => event.detail.issues" />
    <bsp-support-finder audience="youth" @bsp-select="onSelect" />
    <bsp-consent-form subject="Ola" />
    <!-- @vue-expect-error view is a union of strings -->
    <bsp-role-panel view="nope" />
    <!-- @vue-expect-error the detail of bsp-select is not a number -->
    <bsp-support-finder @bsp-select="wrongDetail" />
    <!-- @vue-expect-error no such property -->
    <bsp-child-checklist subjekt="x" />
    <bsp-consent-form lang="se" @bsp-change="onChange" />
    <!-- @vue-expect-error misnamed detail field (it is record) -->
    <bsp-consent-form @bsp-change="(event) => event.detail.records" />
    <!-- @vue-expect-error lang is a string -->
    <bsp-provider :lang="1" />
  </bsp-provider>
</template>
`;

const REACT_WRAPPER_CHECKS = `import { BspChildChecklist, BspRolePanel, BspSupportFinder } from '@bsp/react';

export const wrapperChecks = (
  <>
    <BspRolePanel view="roles" onBspError={(event) => event.detail.issues.length} />
    {/* @ts-expect-error view is a union of strings */}
    <BspRolePanel view="nope" />
    <BspChildChecklist
      lang="se"
      onBspComplete={(event) => {
        // @ts-expect-error the note is a string
        const wrong: number = event.detail.note;
        return wrong;
      }}
      onBspChange={(event) => {
        if (event.detail.widget === 'checklist') return event.detail.record.answers;
        // @ts-expect-error misnamed field (it is \`record\`)
        return event.detail.records;
      }}
    />
    {/* @ts-expect-error misnamed detail field (it is \`id\`) */}
    <BspSupportFinder onBspSelect={(event) => event.detail.serviceId} />
  </>
);
`;

/**
 * src/event-types.ts: for every event of every element in the installed manifests, its
 * `type.text` (`CustomEvent<Detail>`, `Detail` imported from the element's package) is exactly the
 * detail type of the event's GlobalEventHandlersEventMap entry.
 */
export function eventTypeChecks(manifests) {
  let imports = '';
  let checks = '';
  for (const [pkg, manifest] of manifests) {
    const namespace = pkg.replace(/-/g, '_');
    imports += `import type * as ${namespace} from '@bsp/${pkg}';\n`;
    for (const element of elementsOf(manifest)) {
      for (const event of element.events) {
        const detail = event.type?.text?.match(/^CustomEvent<(.+)>$/)?.[1];
        if (!detail) throw new Error(`@bsp/${pkg} custom-elements.json: <${element.tag}> ${event.name} has no CustomEvent<…> type`);
        const named = detail.replace(/\b[A-Z]\w*/g, (name) => `${namespace}.${name}`);
        checks += `export const ${namespace}_${element.className}_${pascal(event.name)}: Same<GlobalEventHandlersEventMap['${event.name}']['detail'], ${named}> = true;\n`;
      }
    }
  }
  return `${imports}\n${SAME}\n${checks}`;
}

/**
 * A Node back end in TypeScript: what a journal vendor's server does with the SDK. The FHIR types
 * must be real under every module resolution a Node project uses: if \`fhir/r4\` does not resolve
 * from the SDK's declarations they become \`any\` (with skipLibCheck, the default of \`tsc --init\`)
 * and the @ts-expect-error lines below are reported as unused.
 */
const NODE_SERVER = `import { defaultProcedure, emptyRecord, journalNote, recordFromFhir, toFhirBundle, type ChecklistRecord, type FhirBundle, type FhirQuestionnaireResponse } from '@bsp/sdk';
import '@bsp/sdk/languages/nn';

const record: ChecklistRecord = { ...emptyRecord(), answers: { hasChildren: 'yes' } };
export const bundle: FhirBundle = toFhirBundle(record, defaultProcedure, 'nn', { subject: { reference: 'Patient/1' } });
export const kind: 'Bundle' = bundle.resourceType;
// @ts-expect-error a Bundle's resourceType is 'Bundle', not a number
export const wrong: number = bundle.resourceType;
const response = bundle.entry?.[0]?.resource as FhirQuestionnaireResponse;
// @ts-expect-error status is a code, not a boolean
export const status: boolean = response.status;
export const note: string = journalNote(record, defaultProcedure, 'nn');
export const prefill: ChecklistRecord = recordFromFhir(bundle, { patient: 'Patient/1' }).record;
`;
const NODE_RESOLUTIONS = { bundler: { module: 'ESNext', moduleResolution: 'bundler' }, node16: { module: 'node16', moduleResolution: 'node16' }, nodenext: { module: 'nodenext', moduleResolution: 'nodenext' } };

/** The back end type-checks under each resolution; skipLibCheck on, as \`tsc --init\` writes it. */
async function checkNode(dir) {
  for (const [name, options] of Object.entries(NODE_RESOLUTIONS)) {
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { ...options, skipLibCheck: true } }, null, 2));
    await run(process.execPath, [bin('typescript', 'bin/tsc'), '-p', `tsconfig.${name}.json`], { cwd: dir }).catch((error) => {
      throw new Error(`node (${name}): ${error.message}`);
    });
  }
}

/** React 18 with its own types (the other apps use the repository's React 19): type-check, then render on the server. */
const REACT18_RENDER = `import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';
import { BspSupportFinder } from '@bsp/react';

if (!version.startsWith('18.')) throw new Error(\`React \${version}, expected 18\`);
const html = renderToString(createElement(BspSupportFinder, { lang: 'nn', audience: 'youth', onBspSelect: () => {} }));
if (!/^<bsp-support-finder\\b[^>]*\\blang="nn"/.test(html)) throw new Error(\`React 18 rendered \${html}\`);
`;

/** Each must fail ngc with the message given, and nothing else may. */
const ANGULAR_MISTAKES = [
  /Property 'notes' does not exist on type 'ChecklistCompleteDetail'/,
  /Property 'records' does not exist on type/,
  /Argument of type 'Event' is not assignable to parameter of type 'BspSelectEvent'/,
];
const ANGULAR_CHECKS = `import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import '@bsp/consent/define';
import '@bsp/finder/define';

@Component({
  selector: 'app-checks',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <bsp-consent-form lang="se" (bsp-change)="changed = $event.detail.widget === 'consent' ? $event.detail.record.entries.length : 0"></bsp-consent-form>
    <bsp-child-checklist (bsp-complete)="note = $event.detail.notes" (bsp-change)="changed = $event.detail.records"></bsp-child-checklist>
    <bsp-support-finder (bsp-select)="chosen = $event.detail.id" (bsp-selct)="onSelect($event)"></bsp-support-finder>
  \`,
})
export class ChecksComponent {
  changed: unknown;
  note = '';
  chosen = '';
  onSelect(event: HTMLElementEventMap['bsp-select']) {
    this.chosen = event.detail.name;
  }
}
`;

const SVELTE_APP = `<script lang="ts">
  import type {} from '@bsp/finder/svelte';
  import type {} from '@bsp/checklist/svelte';
  import type {} from '@bsp/ui/svelte';
  let chosen = $state('');
  const storage = { get: () => null, set: () => {}, remove: () => {} };
</script>

<bsp-provider lang="nn">
  <bsp-support-finder audience="youth" onbsp-select={(event) => (chosen = event.detail.id.toUpperCase())}></bsp-support-finder>
  <bsp-child-checklist draftKey="p1" {storage} onbsp-complete={(event) => event.detail.note.length}></bsp-child-checklist>
</bsp-provider>
<p>{chosen}</p>
`;

/** Each line a mistake svelte-check must report, in Mistakes.svelte, and nothing else. */
const SVELTE_MISTAKES = [
  [/'string' is not assignable to type 'StorageAdapter'/, '<bsp-child-checklist storage="session"></bsp-child-checklist>'],
  [/'number' is not assignable to type '"youth" \| "families" \| "staff" \| undefined'/, '<bsp-support-finder audience={42}></bsp-support-finder>'],
  [/Property 'title' does not exist on type 'FinderSelectDetail'/, '<bsp-support-finder onbsp-select={(event) => event.detail.title}></bsp-support-finder>'],
  [/'number' is not assignable to type 'string'/, '<bsp-child-checklist draftKey={1}></bsp-child-checklist>'],
];
const SVELTE_CHECKS = `<script lang="ts">
  import type {} from '@bsp/finder/svelte';
  import type {} from '@bsp/checklist/svelte';
</script>

${SVELTE_MISTAKES.map(([, line]) => line).join('\n')}
`;

/** svelte-check finds SVELTE_MISTAKES in Mistakes.svelte and nothing in App.svelte. */
async function checkSvelte(dir) {
  const output = await run(process.execPath, [join(dir, '../node_modules/svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: dir }).then(
    () => { throw new Error('svelte: svelte-check passed a component with deliberate mistakes'); },
    (error) => String(error.message),
  );
  // The machine output escapes the quotes inside messages (\"youth\").
  const errors = output.split('\n').filter((line) => /\sERROR\s/.test(line)).map((line) => line.replace(/\\"/g, '"'));
  const found = SVELTE_MISTAKES.filter(([pattern]) => errors.some((line) => line.includes('Mistakes.svelte') && pattern.test(line)));
  if (errors.length !== SVELTE_MISTAKES.length || found.length !== SVELTE_MISTAKES.length) {
    throw new Error(`svelte: expected exactly ${SVELTE_MISTAKES.length} errors in Mistakes.svelte; svelte-check printed:\n${output}`);
  }
}

/** ngc fails on ANGULAR_MISTAKES and on nothing else. */
async function checkAngular(dir) {
  const output = await run(process.execPath, [join(dir, '../node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'), '-p', 'tsconfig.json'], { cwd: dir }).then(
    () => { throw new Error('angular: ngc passed a component with deliberate mistakes'); },
    (error) => String(error.message).replace(/\x1b\[[0-9;]*m/g, ''),
  );
  const errors = output.split('\n').filter((line) => /error TS|error NG/.test(line));
  const expected = ANGULAR_MISTAKES.filter((mistake) => errors.some((line) => mistake.test(line)));
  if (errors.length !== ANGULAR_MISTAKES.length || expected.length !== ANGULAR_MISTAKES.length) {
    throw new Error(`angular: expected exactly ${ANGULAR_MISTAKES.join(', ')}; ngc printed:\n${output}`);
  }
}

const html = (entry) =>
  `<!doctype html>\n<html lang="nb"><head><meta charset="utf-8"><title>consumer</title></head>\n<body><div id="root"></div><script type="module" src="${entry}"></script></body></html>\n`;

async function main() {
  const started = Date.now();
  const recipes = readmeRecipes(readFileSync(join(repo, 'docs/embedding.md'), 'utf8'));
  for (const file of ['vite-ts/src/main.ts', 'vite-ts/src/change.ts', 'react/src/app.tsx', 'react/src/wrappers.tsx', 'vue/src/App.vue', 'vue/src/env.d.ts', 'angular/src/app.component.ts']) {
    if (!recipes[file]) throw new Error(`docs/embedding.md has no <!-- consumer-test: ${file} --> recipe`);
  }
  mkdirSync(join(repo, '.tmp'), { recursive: true });
  const tmp = mkdtempSync(join(repo, '.tmp', 'consumer-'));
  try {
    // 1. Release dry run: `changeset version` in a copy of what a release touches, then pack
    //    every package from it (prepack strips the workspace-only `source` condition and adds
    //    LICENSE). The fixed group must give every package, and every internal range, one version.
    const release = join(tmp, 'release');
    const copy = (path) => cpSync(join(repo, path), join(release, path), { recursive: true, filter: (f) => !/node_modules|[/\\]src([/\\]|$)/.test(f) });
    for (const path of ['package.json', 'LICENSE', '.changeset', 'dist/cdn', 'scripts/pack-manifest.mjs', 'scripts/cdn-package.mjs', ...PACKAGES.map((p) => `packages/${p}`)]) copy(path);
    await run(process.execPath, [bin('@changesets/cli', 'bin.js'), 'version'], { cwd: release });
    const versions = PACKAGES.map((p) => JSON.parse(readFileSync(join(release, 'packages', p, 'package.json'), 'utf8')));
    const version = versions[0].version;
    for (const pkg of versions) {
      const internal = Object.entries(pkg.dependencies ?? {}).filter(([name]) => name.startsWith('@bsp/'));
      if (pkg.version !== version || internal.some(([, range]) => range !== `^${version}`)) {
        throw new Error(`changeset version: ${pkg.name}@${pkg.version} ${JSON.stringify(Object.fromEntries(internal))}, expected all at ${version}`);
      }
    }
    const tarballs = join(tmp, 'tarballs');
    mkdirSync(tarballs);
    await pool(PACKAGES, (p) => run('npm', ['pack', '--silent', '--pack-destination', tarballs], { cwd: join(release, 'packages', p) }));
    const files = Object.fromEntries(
      readdirSync(tarballs).map((f) => [PACKAGES.find((p) => f === `bsp-${p}-${f.match(/-(\d[^-]*)\.tgz$/)[1]}.tgz`), join(tarballs, f)]),
    );

    // React 18, Angular and Svelte share one more install, started now so it runs while the tarballs are
    // linted: React 18's react and @types/react must not meet the repository's 19, which the other
    // apps use, so the two apps live in folders below it. --legacy-peer-deps: Angular's compiler
    // uses the repository's TypeScript 5.9 (no second copy); React 18's peers are listed.
    const tarballDeps = (from) => Object.fromEntries(PACKAGES.map((p) => [`@bsp/${p}`, `file:${relative(from, files[p])}`]));
    const npmInstall = (cwd, extra = []) =>
      run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--cache', join(tmp, 'npm-cache'), '--loglevel', 'error', ...extra], {
        cwd,
        env: { npm_config_workspaces: 'false' },
      });
    const frameworks = join(tmp, 'frameworks');
    mkdirSync(frameworks);
    writeFileSync(join(frameworks, 'package.json'), JSON.stringify({
      name: 'frameworks', private: true, type: 'module',
      dependencies: {
        ...tarballDeps(frameworks), react: '^18.3.1', 'react-dom': '^18.3.1', '@types/react': '^18.3.0', '@types/react-dom': '^18.3.0',
        '@angular/core': '^21.0.0', '@angular/compiler': '^21.0.0', '@angular/compiler-cli': '^21.0.0', rxjs: '^7.8.0',
        svelte: '^5.0.0', 'svelte-check': '^4.0.0',
      },
    }, null, 2));
    const frameworksInstalled = only && !only.some((a) => ['react18', 'angular', 'svelte'].includes(a)) ? Promise.resolve('') : npmInstall(frameworks, ['--legacy-peer-deps']);
    frameworksInstalled.catch(() => {}); // awaited in step 4; this only keeps an early failure from going unhandled

    // 2. What each tarball carries, then publint and attw on the tarballs themselves.
    for (const p of PACKAGES) {
      const list = (await run('tar', ['tzf', files[p]])).split('\n').filter(Boolean);
      const problems = [];
      for (const bad of [/^package\/src\//, /\.test\.(ts|js)$/, /\.tsbuildinfo$/]) {
        if (list.some((f) => bad.test(f))) problems.push(`carries ${bad}`);
      }
      const required = ['package/README.md', 'package/LICENSE', 'package/package.json'];
      if (WIDGETS.includes(p)) required.push('package/custom-elements.json', 'package/dist/react.d.ts', 'package/dist/vue.d.ts', 'package/dist/svelte.d.ts');
      for (const file of required) if (!list.includes(file)) problems.push(`lacks ${file}`);
      const manifest = await run('tar', ['xzOf', files[p], 'package/package.json']);
      if (/"source"\s*:/.test(manifest)) problems.push('exports still has a "source" condition');
      if (problems.length) throw new Error(`@bsp/${p} tarball: ${problems.join('; ')}`);
    }
    // @bsp/cdn has no import entry (its files are fetched by URL): nothing for attw to check.
    await pool(
      [...PACKAGES.map((p) => [bin('publint', 'src/cli.js'), 'run', '--strict', files[p]]),
        ...PACKAGES.filter((p) => p !== 'cdn').map((p) => [bin('@arethetypeswrong/cli', 'dist/index.js'), files[p], '--profile', 'esm-only', '--format', 'ascii'])],
      (args) => run(process.execPath, args),
    );

    // 3. One install of every tarball; both apps resolve from it.
    writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: tarballDeps(tmp) }, null, 2));
    await npmInstall(tmp);
    const resolveFrom = createRequire(join(tmp, 'vite-ts', 'index.js'));
    for (const p of PACKAGES) {
      const where = resolveFrom.resolve(`@bsp/${p}/package.json`);
      if (!where.startsWith(join(tmp, 'node_modules'))) throw new Error(`@bsp/${p} resolved to ${where}, not the installed tarball`);
    }

    // The CLI as `npx @bsp/cli check` runs it: installed bin, exit code 1 on an error.
    writeFileSync(join(tmp, 'directory.json'), '{\n  "municipality": "X",\n  "units": [{ "id": "a", "name": "" }]\n}\n');
    const cliRun = await run(join(tmp, 'node_modules', '.bin', 'bsp'), ['check', 'directory.json', '--lang', 'en'], { cwd: tmp }).then(
      () => { throw new Error('bsp check exited 0 on an invalid directory'); },
      (error) => String(error.message),
    );
    if (!/directory\.json:3:34: error: units\.0\.name/.test(cliRun)) throw new Error(`bsp check printed:\n${cliRun}`);

    // 4. The apps: type-check (skipLibCheck false) and build.
    const apps = {
      'vite-ts': {
        files: { 'src/main.ts': recipes['vite-ts/src/main.ts'], 'src/change.ts': recipes['vite-ts/src/change.ts'], 'src/checks.ts': VITE_CHECKS, 'index.html': html('/src/main.ts') },
        tsconfig: tsconfig(),
      },
      react: {
        files: {
          'src/app.tsx': recipes['react/src/app.tsx'], 'src/main.tsx': REACT_MAIN, 'src/checks.tsx': REACT_CHECKS,
          'src/wrappers.tsx': recipes['react/src/wrappers.tsx'], 'src/wrapper-checks.tsx': REACT_WRAPPER_CHECKS,
          'index.html': html('/src/main.tsx'),
        },
        tsconfig: tsconfig({ jsx: 'react-jsx', types: ['react', 'react-dom'] }),
      },
      vue: {
        files: { 'src/App.vue': recipes['vue/src/App.vue'], 'src/env.d.ts': recipes['vue/src/env.d.ts'], 'src/Checks.vue': VUE_CHECKS },
        tsconfig: JSON.stringify({ ...JSON.parse(tsconfig()), vueCompilerOptions: { strictTemplates: true }, include: ['src/**/*.ts', 'src/**/*.vue'] }, null, 2),
        typesOnly: true,
      },
      react18: {
        files: { 'src/wrappers.tsx': recipes['react/src/wrappers.tsx'], 'src/wrapper-checks.tsx': REACT_WRAPPER_CHECKS, 'render.mjs': REACT18_RENDER },
        tsconfig: tsconfig({ jsx: 'react-jsx', types: ['react', 'react-dom'] }),
        dir: join(frameworks, 'react18'),
        ownInstall: frameworksInstalled,
        check: (dir) => run(process.execPath, ['render.mjs'], { cwd: dir }),
      },
      angular: {
        files: { 'src/app.component.ts': recipes['angular/src/app.component.ts'], 'src/checks.component.ts': ANGULAR_CHECKS },
        // skipLibCheck here only: the other apps check the @bsp declarations; checking Angular's own
        // would double ngc's time and test nothing of ours.
        tsconfig: JSON.stringify({ ...JSON.parse(tsconfig({ skipLibCheck: true })), angularCompilerOptions: { strictTemplates: true } }, null, 2),
        dir: join(frameworks, 'angular'),
        ownInstall: frameworksInstalled,
        typeCheck: checkAngular,
      },
      node: {
        files: { 'src/server.ts': NODE_SERVER },
        tsconfig: tsconfig({ lib: ['ES2023'] }),
        typeCheck: checkNode,
      },
      svelte: {
        files: { 'src/App.svelte': SVELTE_APP, 'src/Mistakes.svelte': SVELTE_CHECKS },
        tsconfig: tsconfig(),
        dir: join(frameworks, 'svelte'),
        ownInstall: frameworksInstalled,
        typeCheck: checkSvelte,
      },
    };
    apps['vite-ts'].files['src/main.ts'] += "import './change.js';\nimport './checks.js';\n";
    apps['vite-ts'].files['src/event-types.ts'] = eventTypeChecks(
      WIDGETS.map((p) => [p, JSON.parse(readFileSync(join(tmp, 'node_modules', '@bsp', p, 'custom-elements.json'), 'utf8'))]),
    );
    for (const name of Object.keys(apps)) if (only && !only.includes(name)) delete apps[name];
    for (const [name, app] of Object.entries(apps)) {
      const dir = app.dir ?? join(tmp, name);
      for (const [file, text] of Object.entries(app.files)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      writeFileSync(join(dir, 'tsconfig.json'), app.tsconfig);
      if (!app.ownInstall) writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
    }
    const checkApp = async (name, app, dir) => {
      if (app.typeCheck && !app.ownInstall) return app.typeCheck(dir);
      if (app.typesOnly) return run(process.execPath, [bin('vue-tsc', 'bin/vue-tsc.js'), '-p', 'tsconfig.json'], { cwd: dir });
      if (app.ownInstall) {
        await app.ownInstall;
        await (app.typeCheck ? app.typeCheck(dir) : run(process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir }));
        return app.check?.(dir);
      }
      await run(process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir });
      await run(process.execPath, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: dir });
      if (!readdirSync(join(dir, 'dist', 'assets')).some((f) => f.endsWith('.js'))) throw new Error(`${name}: vite build wrote no JS`);
    };
    const appsStarted = Date.now();
    const appSeconds = {};
    await Promise.all(
      Object.entries(apps).map(async ([name, app]) => {
        await checkApp(name, app, app.dir ?? join(tmp, name));
        appSeconds[name] = Math.round((Date.now() - appsStarted) / 1000);
      }),
    );
    if (only) console.log(`consumer test: ${PACKAGES.length} tarballs clean (publint --strict, attw esm-only); only the apps ${only.join(', ')}, which pass (${Math.round((Date.now() - started) / 1000)} s)`);
    else console.log(`consumer test: ${PACKAGES.length} tarballs clean (publint --strict, attw esm-only); vite-ts and react apps type-check and build, the vue app type-checks with strictTemplates, the React 18 app type-checks and renders on the server, the Angular app compiles with strictTemplates and its mistakes are caught, the Svelte app type-checks with svelte-check and its mistakes are caught, the Node back end's FHIR types hold under bundler, node16 and nodenext (${Math.round((Date.now() - started) / 1000)} s; apps done after, in s: ${JSON.stringify(appSeconds)})`);
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
    else console.log(`kept ${tmp}`);
  }
}

await main();
