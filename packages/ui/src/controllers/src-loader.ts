import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BspErrorEvent } from '../events/bsp-error.js';
import { fetchSrc, type SrcFailureReason } from './src-fetch.js';
import { BspError, errorMessages, format, catalogTextFormat, loadFailedError, type BspErrorDetail, type Lang } from '@bsp/sdk';

/** What a `src` response holds, by its first character (then its type and file name). */
export type SrcFormat = 'json' | 'csv';

export const DEFAULT_SRC_TIMEOUT_MS = 10_000;
export const DEFAULT_SRC_MAX_BYTES = 5 * 1024 * 1024;

/** JSON when the text starts like JSON (the SDK's sniffing) or is served as JSON, CSV otherwise. */
export function sniffFormat(text: string, contentType = '', url = ''): SrcFormat {
  if (catalogTextFormat(text) === 'json') return 'json';
  if (/json/i.test(contentType) || /\.json($|[?#])/i.test(url)) return 'json';
  return 'csv';
}

export interface SrcLoaderOptions {
  /** The host's language now (for error text). */
  lang: () => Lang;
  /** What is loaded, in the host's language ("katalogen", "the directory"). */
  what: () => string;
  /** Milliseconds before giving up (default 10 s). */
  timeoutMs?: () => number | undefined;
  /** Largest response accepted in bytes (default 5 MB). */
  maxBytes?: () => number | undefined;
  /** How to tell JSON from CSV (the finder: `sniffFormat`); without it every response is JSON. */
  format?: (text: string, contentType: string, url: string) => SrcFormat;
  /** What must be there before `onLoad` runs (the widget's validator), loaded alongside the fetch. */
  prepare?: () => Promise<unknown>;
  /** The text of the current load, once; a superseded load never gets here. */
  onLoad: (text: string, format: SrcFormat) => void;
}

/**
 * Loads a widget's `src` (shared by the role panel and the finder): with a timeout, a size
 * limit, JSON/CSV sniffing and a load token, so a superseded load never wins and never leaves
 * the host "loading". A failure is dispatched as `bsp-error` and kept in `error` (shown by the
 * host with `renderLoadWarning` above its working content) until the next good load.
 * Nothing is fetched unless `load` is called.
 */
export class SrcLoader implements ReactiveController {
  loading = false;
  error?: BspErrorDetail;
  private token = 0;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: SrcLoaderOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Stops any load in progress and forgets its error (e.g. the host now gives inline data). */
  cancel(): void {
    const hadError = this.error !== undefined;
    this.error = undefined;
    this.supersede();
    if (hadError) this.host.requestUpdate();
  }

  /** Makes any load in progress stale (its result is dropped) and aborts its request. */
  private supersede(): void {
    this.token++;
    this.abort?.abort();
    this.abort = undefined;
    if (this.loading) {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  /** Starts loading `src`; resolves when this load is done or superseded. Never rejects. */
  async load(src: string): Promise<void> {
    this.supersede();
    const token = this.token;
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.host.requestUpdate();
    const timeoutMs = this.options.timeoutMs?.() || DEFAULT_SRC_TIMEOUT_MS;
    const maxBytes = this.options.maxBytes?.() || DEFAULT_SRC_MAX_BYTES;
    const timer = setTimeout(() => abort.abort(new DOMException('src', 'TimeoutError')), timeoutMs);
    // A failed preparation is the widget's to report (`onLoad` finds its module missing).
    const prepared = Promise.resolve(this.options.prepare?.()).catch(() => undefined);
    const result = await fetchSrc(src, abort.signal, timeoutMs, maxBytes);
    if (result.ok) await prepared;
    clearTimeout(timer);
    if (token !== this.token) return;
    this.abort = undefined;
    this.loading = false;
    this.error = undefined;
    try {
      if (result.ok) this.options.onLoad(result.text, this.options.format?.(result.text, result.contentType, src) ?? 'json');
      else this.fail(src, result.reason, result.params);
    } catch {
      // What the host does with the text is its own; load() still never rejects.
      this.fail(src, 'loadUnreachable', {});
    }
    this.host.requestUpdate();
  }

  /** Keeps and dispatches the failure of a load of `src`, in the host's language. */
  private fail(src: string, reason: SrcFailureReason, params: Record<string, string | number>): void {
    const lang = this.options.lang();
    const base = loadFailedError(lang, this.options.what(), src);
    const issue = { path: 'src', message: `${src}: ${format(errorMessages, lang, reason, params)}` };
    this.error = new BspError({ code: base.code, message: base.message, issues: [issue] }).detail;
    this.host.dispatchEvent(new BspErrorEvent(this.error));
  }
}
