/**
 * A module a widget imports only when it needs it: the validators of host data (zod, the
 * schemas, their error wording) are most of a widget's first load, yet most pages hand a widget
 * no data at all. The widget lists what its next update needs (`BspElement.modulesNeeded`) and
 * rendering waits for it, as for a language, so the host's data is never preceded by a flash
 * of the defaults. In a drop-in bundle the module is a chunk beside it, fetched from the
 * bundle's own origin; from npm, the host's bundler splits it the same way.
 */
export class LazyModule<M> {
  /** The module, once loaded. */
  module?: M;
  /** Why the last load failed (offline, a chunk a newer deploy removed); cleared by a good load. */
  failure?: unknown;
  private loading?: Promise<void>;

  constructor(private readonly importer: () => Promise<M>) {}

  /** Loads once; resolves when loaded or failed, never rejects. After a failure, the next call tries again. */
  load(): Promise<void> {
    if (this.module) return Promise.resolve();
    this.loading ??= this.importer()
      .then(
        (module) => {
          this.module = module;
          this.failure = undefined;
        },
        (error: unknown) => {
          this.failure = error ?? new Error('load failed');
        },
      )
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}

/**
 * The wording of what is wrong with what a host set (a property, the provider's configuration):
 * loaded only when a plain check has failed. Until it is there, the widget waits to render.
 */
export const errorWording = new LazyModule(() => import('./error-wording.js'));
