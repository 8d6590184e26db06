import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BspErrorEvent } from '../events/bsp-error.js';
import { BspError, errorMessages, format, loadFailedError, sniffCatalogFormat, type BspErrorDetail, type Lang } from '@bsp/sdk';

/** What a `src` response holds, by its first character (then its type and file name). */
export type SrcFormat = 'json' | 'csv';

export const DEFAULT_SRC_TIMEOUT_MS = 10_000;
export const DEFAULT_SRC_MAX_BYTES = 5 * 1024 * 1024;

/** Why a load failed (keys of the SDK's error messages), shown after the `src` path in the error's issue line. */
type ReasonKey = 'loadTimeout' | 'loadTooLarge' | 'loadStatus' | 'loadUnreachable';

/** JSON when the text starts like JSON (the SDK's sniffing) or is served as JSON, CSV otherwise. */
export function sniffFormat(text: string, contentType = '', url = ''): SrcFormat {
  if (sniffCatalogFormat(text) === 'json') return 'json';
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

class LoadFailure extends Error {
  constructor(readonly reason: ReasonKey, readonly params: Record<string, string | number> = {}) {
    super(reason);
  }
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
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    try {
      // A failed preparation is the widget's to report (`onLoad` finds its module missing).
      const prepared = Promise.resolve(this.options.prepare?.()).catch(() => undefined);
      const response = await fetch(src, { credentials: 'same-origin', signal: abort.signal });
      if (!response.ok) throw new LoadFailure('loadStatus', { status: response.status });
      const text = await readLimited(response, maxBytes);
      await prepared;
      if (token !== this.token) return;
      const formatFound = this.options.format?.(text, response.headers.get('content-type') ?? '', src) ?? 'json';
      this.error = undefined;
      this.loading = false;
      this.options.onLoad(text, formatFound);
    } catch (error) {
      if (token !== this.token) return;
      const failure =
        error instanceof LoadFailure
          ? error
          : timedOut
            ? new LoadFailure('loadTimeout', { seconds: Math.round(timeoutMs / 100) / 10 })
            : new LoadFailure('loadUnreachable');
      if (failure.reason === 'loadTooLarge') failure.params['mb'] = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
      this.error = this.describe(src, failure);
      this.loading = false;
      this.host.dispatchEvent(new BspErrorEvent(this.error));
    } finally {
      clearTimeout(timer);
      if (token === this.token) {
        this.abort = undefined;
        this.host.requestUpdate();
      }
    }
  }

  private describe(src: string, failure: LoadFailure): BspErrorDetail {
    const lang = this.options.lang();
    const base = loadFailedError(lang, this.options.what(), src);
    const reason = format(errorMessages, lang, failure.reason, failure.params);
    return new BspError({ code: base.code, message: base.message, issues: [{ path: 'src', message: `${src}: ${reason}` }] }).detail;
  }
}

/** The body as text, refusing (by header, then while streaming) anything over `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new LoadFailure('loadTooLarge');
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new LoadFailure('loadTooLarge');
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

// The warning a host shows for `error` lives with the other load warnings; still exported from here.
export { renderLoadWarning } from '../load-failure/load-warning.js';
