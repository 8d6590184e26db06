// TypeDoc: the API reference of @bsp/sdk and @bsp/ui, made from the sources' doc comments by
// `npm run build` into docs/api/ (not committed; `npm start` serves it at /docs/api/).
// Read from the sources (the `source` condition), so it needs no earlier build step.
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'Barn som pårørende: API reference',
  entryPoints: ['packages/sdk/src/index.ts', 'packages/ui/src/index.ts'],
  tsconfig: 'tsconfig.typedoc.json',
  out: 'docs/api',
  readme: 'none',
  excludePrivate: true,
  excludeInternal: true,
  // LitElement's own members (requestUpdate, styles…) are Lit's API: lit.dev documents them.
  excludeExternals: true,
  // The custom-elements manifest's tags (@attr, @slot, @csspart…): the widget pages in
  // docs/widgets/ are made from them; TypeDoc only has to accept them.
  blockTags: [...OptionDefaults.blockTags, '@attr', '@tagname', '@slot', '@fires', '@event', '@csspart', '@cssprop', '@cssproperty', '@cssstate', '@summary'],
  highlightLanguages: [...OptionDefaults.highlightLanguages, 'vue', 'http'],
  // A public type may name an internal one (a message key table, a host interface): not a fault.
  validation: { notExported: false, invalidLink: true, rewrittenLink: true },
  // answerCodes is internal; the comment that names it still reads well without a link.
  externalSymbolLinkMappings: { '@bsp/sdk': { answerCodes: '#' } },
  // Back to the manual and the examples, as `npm start` serves them.
  navigationLinks: { Manual: '/docs/', Examples: '/examples/' },
  githubPages: false,
  hideGenerator: true,
  logLevel: 'Warn',
};
