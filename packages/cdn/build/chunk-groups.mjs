// bsp-all's chunks (used by rollup.config.mjs). bsp-all.ts imports each widget's define module
// on demand; left to itself rollup splits the shared code into one chunk per combination of
// widgets that use it (small helper chunks of 0.4–2 KB a widget chunk imports, found only after
// it is parsed) and would put every widget's text in one chunk per language (12 KB of nynorsk on
// a finder page). Every module is grouped instead:
//  - used by one widget only: that widget's chunk (`finder`, `role-panel`, …);
//  - used by exactly the widgets that contain another widget (the consent form's code: the
//    consent form and the checklist that embeds it): that widget's chunk (`consent`);
//  - anything else shared (Lit, @bsp/ui with the provider, the SDK core, zod, helpers): `core`.
// A widget is then its chunk and the core, fetched side by side (bsp-all.ts asks for both).
// Text modules (`nn.ts`, `labels-en.ts`, imported dynamically) follow the same groups per
// language (`lang-nn-finder`, `lang-nn-core`): a nynorsk finder page fetches no checklist text.
// Other code a widget imports on demand (the validators of host data, with zod) follows the same
// groups as `lazy-<group>` (`lazy-role-panel`, `lazy-core`): fetched when a host hands data.
// Code some widgets load at once and others only on demand gets a chunk of its own
// (`shared-<group>`): in a widget's group it would make the others' on-demand loads fetch,
// and define, that widget.
// "Used by" must be what survives tree-shaking (every widget imports the SDK through its barrel,
// which statically reaches everything), so it is read from a first, default-chunked build.
import { rollup } from 'rollup';

/** `nn` for a text module only ever imported dynamically (`content/nn.ts`, `labels-nn.ts`). */
export function languageOf(id, getModuleInfo) {
  const lang = /[/-]([a-z]{2,3})\.ts$/.exec(id)?.[1];
  const info = getModuleInfo(id);
  return lang && info && !info.importers.length && info.dynamicImporters.length ? lang : undefined;
}

/** The widget a loader chunk defines, named from its module (`packages/finder/src/define.ts`). */
const loaderName = (facade) => (/\/cdn\/src\/define\/([\w-]+)\.ts$/.exec(facade) ?? /packages\/([\w-]+)\/src\//.exec(facade))[1];

/**
 * A `manualChunks` function for bsp-all: builds `inputOptions` once with default chunking and
 * places each module by the group of the widgets that load it.
 */
export async function autoloaderChunks(inputOptions, onDemandFamilies) {
  let loaderModules = [];
  const readLoaders = {
    name: 'bsp-all-loaders',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id).isEntry);
      loaderModules = this.getModuleInfo(entry).dynamicallyImportedIds;
    },
  };
  const bundle = await rollup({ ...inputOptions, plugins: [...inputOptions.plugins, readLoaders], onwarn: () => undefined });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  /** Each widget loader's module and the chunk it is in (a facade or a shared chunk). */
  const chunkOf = (id) => [...chunks.values()].find((c) => Object.hasOwn(c.modules, id)).fileName;
  const loaders = loaderModules.map(chunkOf);
  const names = new Map(loaderModules.map((id, i) => [loaders[i], loaderName(id)]));
  const closures = new Map(
    loaders.map((loader) => {
      const seen = new Set();
      const walk = (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const next of chunks.get(file).imports) walk(next);
      };
      walk(loader);
      return [loader, seen];
    }),
  );
  /** What each loader may load later: chunks reached through a dynamic import in its closure, and theirs. */
  const lazyClosures = new Map(
    loaders.map((loader) => {
      const eager = closures.get(loader);
      const seen = new Set();
      const walk = (file) => {
        if (seen.has(file) || eager.has(file)) return;
        seen.add(file);
        for (const next of [...chunks.get(file).imports, ...chunks.get(file).dynamicImports]) walk(next);
      };
      for (const file of eager) for (const next of chunks.get(file).dynamicImports) walk(next);
      return [loader, seen];
    }),
  );
  /**
   * The loaders that load a chunk: statically (`lazy: false`), only later (`lazy: true`), or some
   * at once and others later (`shared: true`, reach is all of them).
   */
  const reachOf = (file) => {
    const direct = loaders.filter((loader) => closures.get(loader).has(file));
    const later = loaders.filter((loader) => !direct.includes(loader) && lazyClosures.get(loader).has(file));
    if (!direct.length) return { reach: later, lazy: true, shared: false, direct };
    return later.length ? { reach: [...direct, ...later], lazy: false, shared: true, direct } : { reach: direct, lazy: false, shared: false, direct };
  };
  const group = (reach) => {
    if (reach.length === 1) return names.get(reach[0]);
    const owner = reach.find((loader) => reachOf(loader).reach.length === reach.length);
    return owner && reach.length < loaders.length ? names.get(owner) : 'core';
  };
  const families = lazyFamilies(chunks, loaders, onDemandFamilies);
  const groups = new Map();
  for (const chunk of chunks.values()) {
    if (chunk === entry) continue;
    const { reach, lazy, shared, direct } = reachOf(chunk.fileName);
    // The provider's own code: its tag loads it, and a widget under an undefined provider loads
    // the same code on demand (defining it is what that load is for), so it is the provider's chunk.
    const providerOnly = shared && direct.length === 1 && names.get(direct[0]) === 'provider';
    const name = providerOnly ? 'provider' : group(reach);
    for (const id of Object.keys(chunk.modules)) groups.set(id, { name, lazy: lazy && lazyChunkName(name, families.get(chunk.fileName)), shared: shared && !providerOnly });
  }
  return (id, { getModuleInfo }) => {
    if (entry.moduleIds.includes(id)) return undefined;
    const placed = groups.get(id);
    // Not in the first build's output: tree-shaken (a barrel). See treeShakenChunk below.
    if (!placed) return TREE_SHAKEN;
    const lang = languageOf(id, getModuleInfo);
    if (lang) return `lang-${lang}-${placed.name}`;
    // Shared code of the core joins the core: every page fetches the core beside its widget's
    // chunk, while a `shared-core` chunk was found only once that chunk was parsed (a second round
    // trip for the role panel's 0.7 KB of search words, which the finder loads on demand).
    return placed.lazy || (placed.shared && placed.name !== 'core' ? `shared-${placed.name}` : placed.name);
  };
}

/**
 * What a widget imports on demand comes in families that load at different moments, declared in
 * rollup.config.mjs (`onDemandFamilies`, by module); a text module of one language is a family
 * of its own (named by its file). Each family gets chunks of its own.
 * Returns, per chunk of the first build, the families of the on-demand imports that need it.
 */
function lazyFamilies(chunks, loaders, onDemandFamilies) {
  const familyOf = (chunk) => {
    const id = chunk.facadeModuleId;
    if (!id) return undefined; // an import of re-exports only: the chunk it reaches counts for the others
    const declared = Object.entries(onDemandFamilies).find(([path]) => id.endsWith(`/${path}`))?.[1];
    if (declared) return declared;
    const base = id.split('/').pop().replace(/\.[jt]s$/, '');
    if (/^(?:.*-)?[a-z]{2,3}$/.test(base)) return base;
    throw new Error(`${id} is imported on demand but has no family: declare it in rollup.config.mjs (onDemandFamilies)`);
  };
  const families = new Map();
  for (const chunk of chunks.values()) {
    const family = chunk.isDynamicEntry && !loaders.includes(chunk.fileName) ? familyOf(chunk) : undefined;
    if (!family) continue;
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of chunks.get(file).imports) walk(next);
    };
    walk(chunk.fileName);
    for (const file of seen) families.set(file, new Set([...(families.get(file) ?? []), family]));
  }
  return families;
}

/**
 * `lazy-<group>` for checking host data (the names the validators' chunks always had); other
 * families add theirs: `lazy-finder-search`, `lazy-checklist-output`, `lazy-consent-paper`, and
 * `lazy-checklist-check-output` for code a validator and an output share.
 */
function lazyChunkName(group, families = new Set(['check'])) {
  const names = families.size === 1 && families.has('check') ? [] : [...families].sort();
  return ['lazy', group, ...names].join('-');
}

const TREE_SHAKEN = 'tree-shaken';

/**
 * The modules the first build dropped (re-export barrels) get a manual chunk of their own:
 * left out, a manual chunk would take them in with every widget they re-export. That chunk
 * holds no code and nothing imports it; this output plugin removes it, and fails the build if
 * some chunk does import it after all.
 */
export function dropTreeShakenChunk() {
  return {
    name: 'bsp-all-drop-tree-shaken-chunk',
    generateBundle(_options, bundle) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name !== TREE_SHAKEN) continue;
        const importers = Object.values(bundle).filter((c) => c.type === 'chunk' && (c.imports.includes(file) || c.dynamicImports.includes(file)));
        if (importers.length || chunk.code.replace(/import"[^"]+";|\/\/#.*$/gm, '').trim()) {
          this.error(`${file} has code or importers (${importers.map((c) => c.fileName).join(', ')}): chunk-groups.mjs no longer matches the build`);
        }
        delete bundle[file];
        delete bundle[`${file}.map`];
      }
    },
  };
}

/**
 * Writes bsp-all's language chunks into its entry (`LANGUAGE_CHUNKS` in bsp-all.ts, a string
 * placeholder): their hashes, `{ nn: { core: 'BIrv2wXU', finder: … }, en: … }`, so the loader
 * can fetch a widget's text beside its code. Must run before terser, which would fold the
 * placeholder's check away. The replaced string ends its line: the source map stays true.
 */
export function languageChunkMap() {
  const placeholder = /(['"])__BSP_LANGUAGE_CHUNKS__\1/;
  return {
    name: 'bsp-all-language-chunk-map',
    renderChunk(code, chunk, _options, { chunks }) {
      if (!chunk.isEntry) return null;
      if (!placeholder.test(code)) this.error('bsp-all.ts no longer holds the __BSP_LANGUAGE_CHUNKS__ placeholder');
      const map = {};
      for (const other of Object.values(chunks)) {
        const [, lang, group] = /^lang-([a-z]{2,3})-(.+)$/.exec(other.name) ?? [];
        if (!lang) continue;
        // Only the hash: the loader knows the rest of the name (bsp-all.ts `preloadLanguage`).
        const prefix = `bsp-all/${other.name}-`;
        if (!other.fileName.startsWith(prefix) || !other.fileName.endsWith('.js')) this.error(`${other.fileName}: not named as bsp-all.ts expects (${prefix}<hash>.js)`);
        (map[lang] ??= {})[group] = other.fileName.slice(prefix.length, -'.js'.length);
      }
      return { code: code.replace(placeholder, JSON.stringify(JSON.stringify(map))), map: null };
    },
  };
}
