import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BspError, errorMessages, format, type BspErrorDetail, type Lang } from '@bsp/sdk';
import { BspErrorEvent } from '../events/bsp-error.js';
import type { LazyModule } from '../lazy/lazy-module.js';

/**
 * The `load-failed` error for code loaded on demand that did not arrive (offline, a chunk a newer
 * deploy removed): "Could not load {what}." in `lang`. With `property`, the host's property that
 * code was to check, as the issue the error view and the warning show ("record: could not be
 * checked…").
 */
export function moduleLoadFailed(lang: Lang, what: string, property?: string): BspError {
  const issues = property === undefined ? [] : [{ path: property, message: format(errorMessages, lang, 'checkUnavailable') }];
  return new BspError({ code: 'load-failed', message: format(errorMessages, lang, 'load-failed', { what }), issues });
}

/**
 * The module, loaded if need be, for a public method that returns a Promise (`toFhir()`):
 * rejects with `moduleLoadFailed(lang, what)` when it cannot load; the next call tries again.
 */
export async function loadedOrReject<M>(lazy: LazyModule<M>, lang: Lang, what: string): Promise<M> {
  await lazy.load();
  if (lazy.module) return lazy.module;
  throw moduleLoadFailed(lang, what);
}

/**
 * Host data waiting for its validator (the checklist's and the consent form's `record`): `take`
 * runs with the validator once it is here, or with `undefined` when it could not load. `use` is
 * the widget's `BspElement.use` for that validator, so the load and its failure (the error view
 * naming the property; the data is refused, setting it again retries) are the base element's;
 * `retry` runs this again when a load it started ends.
 */
export function takeWhenLoaded<M>(lazy: LazyModule<M>, use: (retry: () => void) => M | undefined, take: (validator: M | undefined) => void): void {
  const validator = use(() => takeWhenLoaded(lazy, use, take));
  if (validator || lazy.failure !== undefined) take(validator);
}

export interface LoadFailureReporterOptions {
  /** Whether the widget needs the module now (the summary step shows, a query is typed); always when left out. */
  needed?: () => boolean;
  /** The error to report, worded in the host's language now (`moduleLoadFailed`). */
  error: () => BspError;
}

/**
 * Reports a module a widget needs that did not load: one `bsp-error` per failure, not one per
 * render while it still fails (each update the module is needed in tries again). Once the module
 * is there a later failure is new; `retry` makes the next one new too (the reader pressed "try
 * again"). Checked after each update of the host; on the server nothing is reported.
 */
export class LoadFailureReporter implements ReactiveController {
  private reported = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly lazy: LazyModule<unknown>,
    private readonly options: LoadFailureReporterOptions,
  ) {
    host.addController(this);
  }

  /** While the module is needed and its last load failed: the error, for the warning shown instead of what it brings. */
  get error(): BspErrorDetail | undefined {
    return this.failed() ? this.options.error().detail : undefined;
  }

  private failed(): boolean {
    return !this.lazy.module && this.lazy.failure !== undefined && (this.options.needed?.() ?? true);
  }

  hostUpdated(): void {
    const failed = this.failed();
    if (failed && !this.reported) this.host.dispatchEvent(new BspErrorEvent(this.options.error().detail));
    // Not needed and not loaded: what was reported stays reported (typing again does not repeat it).
    if (failed || this.lazy.module) this.reported = failed;
  }

  /** The reader asked to try again: if that load fails too, it is reported. */
  retry(): void {
    this.reported = false;
  }
}
