import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { BspError, errorMessages, format, type BspErrorDetail, type Lang } from '@bsp/sdk';
import { BspErrorEvent } from '../events/bsp-error.js';

/**
 * One `import()` shared by every widget on the page: loads once however many ask, never
 * rejects, keeps why the last load failed (offline, a file a newer deploy removed), and the next
 * load after a failure tries again. Each widget uses it through its own `OnDemand` controller.
 */
export class LazyModule<M> {
  /** The module, once loaded. */
  module?: M;
  /** Why the last load failed; cleared by a good load. */
  failure?: unknown;
  private loading?: Promise<void>;

  constructor(private readonly importer: () => Promise<M>) {}

  /** Whether a load is in progress. */
  get pending(): boolean {
    return this.loading !== undefined;
  }

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
 * Something a widget waits for before an update (the language, the provider's code, a module the
 * update needs), and an error that replaces its content. `BspElement` asks each gate before each
 * update; it knows nothing of what they load.
 */
export interface UpdateGate {
  /** What this update must wait for, or undefined to go ahead now. */
  beforeUpdate(): Promise<unknown> | undefined;
  /** Loads this gate started whose arrival brings another update: `updateComplete` waits for them. */
  readonly settling?: Promise<unknown>;
  /** An error to show instead of the widget's content (the error view), while there is one. */
  readonly contentError?: BspErrorDetail;
}

/** A widget: it updates, dispatches events and knows the reader's language. */
export type OnDemandHost = ReactiveControllerHost & EventTarget & { readonly locale: Lang };

const gates = new WeakMap<object, UpdateGate[]>();

/** Registers `gate` with `host` (from a gate's constructor): `BspElement` asks it before each update. */
export function addUpdateGate(host: object, gate: UpdateGate): void {
  gates.set(host, [...(gates.get(host) ?? []), gate]);
}

/** The gates registered with `host`, in the order they were added. */
export function updateGates(host: object): readonly UpdateGate[] {
  return gates.get(host) ?? [];
}

export interface OnDemandOptions<M> {
  /** The shared import. */
  module: LazyModule<M>;
  /** Whether the widget needs the module now, judged from its state (the summary step shows, a query is typed). Default: only when asked (`load`, `require`). */
  needed?: () => boolean;
  /** While needed, updates wait for it: what it brings is in the first render that has it, never the defaults first. */
  blocksRender?: boolean | (() => boolean);
  /** Names it in the reader's language ("the search") for the failure; without it a failure is silent (the widget has a full fallback). */
  what?: () => string;
  /** The host property it was to check (`record`): the failure names it. */
  property?: () => string | undefined;
  /** The failure shows in the error view instead of the content (the widget cannot work without it); otherwise the widget shows `error` where it chooses. */
  errorView?: boolean | (() => boolean);
  /** Per widget, once the module is here and before the update it gates (the provider: ask for its context again). */
  onLoad?: (module: M) => unknown;
}

/**
 * The `load-failed` error for code loaded on demand that did not arrive: "Could not load {what}."
 * in `lang`. With `property`, the host's property that code was to check, as the issue the error
 * view and the warning show ("record: could not be checked…").
 */
export function moduleLoadFailed(lang: Lang, what: string, property?: string): BspError {
  const issues = property === undefined ? [] : [{ path: property, message: format(errorMessages, lang, 'checkUnavailable') }];
  return new BspError({ code: 'load-failed', message: format(errorMessages, lang, 'load-failed', { what }), issues });
}

export type OnDemandStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * A module one widget loads on demand, as a reactive controller (after `@lit/task` and Spectrum's
 * `DependencyManagerController`): it owns when the module is needed (`needed`), whether updates
 * wait for it (`blocksRender`), its failure (`error`, one `bsp-error` per outage however often
 * it is retried) and its retry. A needed module that does not block loads after the update and
 * brings another; each update it is still needed in after a failure tries again.
 */
export class OnDemand<M> implements ReactiveController, UpdateGate {
  private reported = false;
  /** A load asked for (`load`, `retry`): `updateComplete` waits for it and the update it brings. */
  private inFlight?: Promise<unknown>;
  /** A load started because an update found the module needed: updates when it arrives. */
  private following?: Promise<unknown>;

  constructor(
    private readonly host: OnDemandHost,
    private readonly options: OnDemandOptions<M>,
  ) {
    host.addController(this);
    addUpdateGate(host, this);
  }

  /** The module, once loaded (by this widget or another). */
  get value(): M | undefined {
    return this.options.module.module;
  }

  get status(): OnDemandStatus {
    const lazy = this.options.module;
    if (lazy.module) return 'ready';
    if (lazy.pending) return 'loading';
    return lazy.failure === undefined ? 'idle' : 'failed';
  }

  get needed(): boolean {
    return this.options.needed?.() ?? false;
  }

  /** While the module is needed and its last load failed: why, in the reader's language. */
  get error(): BspErrorDetail | undefined {
    const { what, property } = this.options;
    if (!what || this.status !== 'failed' || !this.needed) return undefined;
    return moduleLoadFailed(this.host.locale, what(), property?.()).detail;
  }

  get contentError(): BspErrorDetail | undefined {
    const { errorView } = this.options;
    return (typeof errorView === 'function' ? errorView() : errorView) ? this.error : undefined;
  }

  get settling(): Promise<unknown> | undefined {
    return this.inFlight;
  }

  beforeUpdate(): Promise<unknown> | undefined {
    const { blocksRender } = this.options;
    if (isServer || this.value || !this.needed || !(typeof blocksRender === 'function' ? blocksRender() : blocksRender)) return undefined;
    return this.arrive();
  }

  hostUpdated(): void {
    const error = this.error;
    if (error && !this.reported) this.host.dispatchEvent(new BspErrorEvent(error));
    // Not needed and not loaded: what was reported stays reported (typing again does not repeat it).
    if (error || this.value) this.reported = !!error;
    // Needed and not here (never tried, or on its way without an update to follow: a prefetch):
    // load it and update when it arrives. After a failure, "try again" (`retry`) or the next
    // blocking update tries again.
    if (this.needed && !this.inFlight && !this.following && (this.status === 'idle' || this.status === 'loading')) {
      const following = this.arrive().then(() => {
        this.following = undefined;
        this.host.requestUpdate();
      });
      this.following = following;
    }
  }

  /** Loads the module and updates the widget when it arrives (or fails). Resolves with it, or undefined. */
  load(): Promise<M | undefined> {
    if (isServer) return Promise.resolve(this.value);
    if (this.value) return Promise.resolve(this.value);
    const done = this.arrive().then(() => {
      if (this.inFlight === done) this.inFlight = undefined;
      this.host.requestUpdate();
      return this.value;
    });
    this.inFlight = done;
    return done;
  }

  /** The module, loaded if need be, for a public method that returns a Promise (`toFhir()`): rejects with `load-failed` when it cannot load. */
  async require(): Promise<M> {
    await this.options.module.load();
    const module = this.value;
    if (module) return module;
    throw moduleLoadFailed(this.host.locale, this.options.what?.() ?? '');
  }

  /** "Try again": load once more and update (the error stays reported until the module arrives). */
  retry(): Promise<M | undefined> {
    return this.load();
  }

  /** Fetches ahead, without an update when it arrives (what a later step will need). Resolves with the module, or undefined. */
  async prefetch(): Promise<M | undefined> {
    if (!isServer) await this.options.module.load();
    return this.value;
  }

  private async arrive(): Promise<void> {
    await this.options.module.load();
    const module = this.value;
    if (module) await this.options.onLoad?.(module);
  }
}
