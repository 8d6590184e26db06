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

/** A widget (a `BspElement`): it updates, dispatches events and knows the reader's language. */
type LoadFailureHost = ReactiveControllerHost & EventTarget & { readonly locale: Lang };

/**
 * Reports a module a widget needs that did not load: one `bsp-error` per failure, not one per
 * render while it still fails (each update the module is needed in tries again, a "try again"
 * button too): the same outage is reported once, and only once the module is there is a later
 * failure new. Checked after each update of the host; on the server nothing is reported.
 */
export class LoadFailureReporter implements ReactiveController {
  private reported = false;

  /**
   * `what` names the module in the host's language now ("the search"); `needed` says whether the
   * widget needs it now (the summary step shows, a query is typed).
   */
  constructor(
    private readonly host: LoadFailureHost,
    private readonly lazy: LazyModule<unknown>,
    private readonly what: () => string,
    private readonly needed: () => boolean,
  ) {
    host.addController(this);
  }

  /** While the module is needed and its last load failed: the error (`moduleLoadFailed`), for the warning shown instead of what it brings. */
  get error(): BspErrorDetail | undefined {
    return !this.lazy.module && this.lazy.failure !== undefined && this.needed() ? moduleLoadFailed(this.host.locale, this.what()).detail : undefined;
  }

  hostUpdated(): void {
    const error = this.error;
    if (error && !this.reported) this.host.dispatchEvent(new BspErrorEvent(error));
    // Not needed and not loaded: what was reported stays reported (typing again does not repeat it).
    if (error || this.lazy.module) this.reported = !!error;
  }
}
