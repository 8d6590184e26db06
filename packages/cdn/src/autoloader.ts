/**
 * Defines custom elements on demand: finds known tags under a root (now, and whenever nodes are
 * added later) and runs each tag's loader once. No DOM work beyond `querySelectorAll` and one
 * MutationObserver per observed root; no network of its own (the loaders are the bundle's own
 * relative `import()`s).
 *
 * A document observer does not see into shadow roots, so a host that renders widgets inside its
 * own shadow root calls `observe(shadowRoot)` or `load([...tags])` (bsp-all.ts exports both).
 */

/** One loader per tag: resolves once the module that defines the tag has run. */
export type TagLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/** Anything that can hold elements: a document, a shadow root, an element, a fragment. */
export type ElementRoot = Document | DocumentFragment | Element;

export interface Autoloader {
  /** Loads the given tags (unknown ones reject with a RangeError naming the known tags). */
  load(tags: string | readonly string[]): Promise<void>;
  /** Loads every known tag under `root` (and `root` itself); resolves when they are defined. */
  discover(root: ElementRoot): Promise<void>;
  /**
   * Discovers now and on every later addition under `root` (subtree). Returns a function that
   * stops watching. Every root stops being watched by itself once every known tag is loaded.
   */
  observe(root: Document | ShadowRoot | Element): () => void;
}

/** "Could not load the widget", by language: the loader carries no other text. */
const LOAD_FAILED: Readonly<Record<string, string>> = {
  nb: 'Kunne ikke hente komponenten {tag}.',
  nn: 'Kunne ikkje hente komponenten {tag}.',
  en: 'Could not load the widget {tag}.',
};

/**
 * Tells the page that `tag` could not be defined: a `bsp-error` (the widgets' own event, same
 * detail shape) from every such element under `root`, so a host can show its fallback. The
 * element itself stays undefined; its light-DOM children (a host's fallback link) stay visible.
 */
function reportLoadFailure(root: Node, tag: string, error: unknown): void {
  const elements = [...(root instanceof Element && root.localName === tag ? [root] : []), ...('querySelectorAll' in root ? (root as ParentNode).querySelectorAll(tag) : [])];
  for (const element of elements) {
    const lang = (element.closest('[lang]')?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
    const message = (LOAD_FAILED[lang] ?? LOAD_FAILED['nb']!).replace('{tag}', tag);
    const reason = error instanceof Error ? error.message : String(error);
    element.dispatchEvent(
      new CustomEvent('bsp-error', { bubbles: true, composed: true, detail: { code: 'load-failed', message, issues: [{ path: tag, message: reason.slice(0, 300) }] } }),
    );
  }
}

export function createAutoloader(loaders: TagLoaders): Autoloader {
  const known = Object.keys(loaders);
  const selector = known.join(',');
  const started = new Map<string, Promise<void>>();
  const loaded = new Set<string>();
  const observers = new Set<MutationObserver>();

  const allLoaded = (): boolean => loaded.size === known.length;

  function loadTag(tag: string): Promise<void> {
    let promise = started.get(tag);
    if (!promise) {
      const loader = loaders[tag]!;
      // A failed load (offline, a chunk missing) is forgotten, so the next discovery retries.
      promise = loader().then(
        () => {
          loaded.add(tag);
          // Nothing left to find: every observer can stop.
          if (allLoaded()) for (const observer of observers) observer.disconnect();
        },
        (error: unknown) => {
          started.delete(tag);
          throw error;
        },
      );
      started.set(tag, promise);
    }
    return promise;
  }

  /** The known tags of `root` and its descendants (light DOM only). */
  function tagsUnder(root: Node, found: Set<string>): void {
    if (root instanceof Element && Object.hasOwn(loaders, root.localName)) found.add(root.localName);
    if ('querySelectorAll' in root) {
      for (const element of (root as ParentNode).querySelectorAll(selector)) found.add(element.localName);
    }
  }

  const loadAll = (tags: Iterable<string>): Promise<void> =>
    Promise.all([...tags].map(loadTag)).then(() => undefined);

  return {
    load(tags) {
      const list = typeof tags === 'string' ? [tags] : [...tags];
      const unknown = list.filter((tag) => !Object.hasOwn(loaders, tag));
      if (unknown.length) {
        return Promise.reject(new RangeError(`Unknown widget tag ${unknown.join(', ')}; known: ${known.join(', ')}`));
      }
      return loadAll(list);
    },

    discover(root) {
      const found = new Set<string>();
      tagsUnder(root, found);
      return loadAll(found);
    },

    observe(root) {
      // Nobody awaits these loads: a failure is reported on the elements, never left unhandled.
      const loadReporting = (tag: string, where: Node) => loadTag(tag).catch((error: unknown) => reportLoadFailure(where, tag, error));
      const found = new Set<string>();
      tagsUnder(root, found);
      for (const tag of found) void loadReporting(tag, root);
      if (allLoaded()) return () => undefined;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            const added = new Set<string>();
            tagsUnder(node, added);
            for (const tag of added) void loadReporting(tag, node);
          }
        }
      });
      observer.observe(root, { childList: true, subtree: true });
      observers.add(observer);
      return () => {
        observer.disconnect();
        observers.delete(observer);
      };
    },
  };
}
