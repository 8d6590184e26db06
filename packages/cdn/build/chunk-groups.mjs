// bsp-all's language chunks (used by rollup.config.mjs). bsp-all.ts imports each widget's
// define module on demand and rollup splits the code by itself: one chunk per widget, the shared
// core (Lit, @bsp/ui, the SDK core, with the provider) and a few small helpers shared by some
// widgets. Text modules (`nn.ts`, `labels-en.ts`, each imported dynamically) would otherwise be
// one chunk per language for all widgets (12 KB of nynorsk on a finder page) or one per module
// (a dozen requests); here they join one chunk per language per group:
//  - used by one widget only: that widget's group (`lang-nn-finder`);
//  - used by exactly the widgets that contain another widget (the consent form's text: the
//    consent form and the checklist that embeds it): that widget's group (`lang-nn-consent`);
//  - anything else (error messages, @bsp/ui's text): `lang-nn-core`.
// "Used by" must be what survives tree-shaking (every widget imports the SDK through its barrel,
// which statically reaches everything), so it is read from a first, default-chunked build.
//
// Tried and left out: grouping the code the same way (fewer, larger chunks). A manual chunk
// takes in every static dependency not in another manual chunk, the SDK and @bsp/ui barrels
// included, and those barrels then tied the core to every widget chunk (circular chunks, all
// four widgets loaded for any one).
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
 * places each language module by the group of the widgets that load it.
 */
export async function autoloaderChunks(inputOptions) {
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
  /** The loaders that load a chunk: statically, or (a language chunk) by a dynamic import in their closure. */
  const reachOf = (file) => {
    const direct = loaders.filter((loader) => closures.get(loader).has(file));
    return direct.length
      ? direct
      : loaders.filter((loader) => [...closures.get(loader)].some((f) => chunks.get(f).dynamicImports.includes(file)));
  };
  const group = (reach) => {
    if (reach.length === 1) return names.get(reach[0]);
    const owner = reach.find((loader) => reachOf(loader).length === reach.length);
    return owner && reach.length < loaders.length ? names.get(owner) : 'core';
  };
  const groups = new Map();
  for (const chunk of chunks.values()) {
    if (chunk === entry) continue;
    const name = group(reachOf(chunk.fileName));
    for (const id of Object.keys(chunk.modules)) groups.set(id, name);
  }
  return (id, { getModuleInfo }) => {
    const name = groups.get(id);
    if (!name) return undefined;
    const lang = languageOf(id, getModuleInfo);
    return lang ? `lang-${lang}-${name}` : undefined;
  };
}
