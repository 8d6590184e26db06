/**
 * Fetching a widget's `src` for `SrcLoader` (src-loader.ts): the request, the timeout, the size
 * limit and the streaming read.
 */

/** Why a load failed: keys of the SDK's error messages, with the figures their text needs. */
export type SrcFailureReason = 'loadTimeout' | 'loadTooLarge' | 'loadStatus' | 'loadUnreachable' | 'loadRedirected';

export type SrcFetchResult =
  | { ok: true; text: string; contentType: string }
  | { ok: false; reason: SrcFailureReason; params: Record<string, string | number> };

import { decodeCatalogBytes } from '@bsp/sdk';

class TooLarge extends Error {}

/**
 * Fetches `src` as text, refusing anything over `maxBytes`; never rejects. `signal` is the
 * loader's: aborted with a `TimeoutError` when `timeoutMs` has passed (as `AbortSignal.timeout`
 * does), otherwise when the load is superseded.
 */
export async function fetchSrc(src: string, signal: AbortSignal, timeoutMs: number, maxBytes: number): Promise<SrcFetchResult> {
  try {
    // Timed out while this code was loading: fetch would start a request only to drop it.
    signal.throwIfAborted();
    const response = await fetch(src, { credentials: 'same-origin', signal });
    // A redirect to another site is refused, its data never shown: the host named one address,
    // and a hijacked path or an open redirect must not put a stranger's services on the page.
    // `redirect: 'follow'` and a check of where the response came from, rather than
    // `redirect: 'error'` (which also refuses http → https or a trailing slash on the same site)
    // or 'manual' (an opaque response: not even a same-site redirect could be read).
    const asked = new URL(src, document.baseURI).origin;
    if (response.redirected && response.url && new URL(response.url).origin !== asked) {
      await response.body?.cancel();
      return { ok: false, reason: 'loadRedirected', params: { origin: new URL(response.url).origin } };
    }
    if (!response.ok) return { ok: false, reason: 'loadStatus', params: { status: response.status } };
    return { ok: true, text: await readLimited(response, maxBytes), contentType: response.headers.get('content-type') ?? '' };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'loadTooLarge', params: { mb: Math.round((maxBytes / 1024 / 1024) * 10) / 10 } };
    if (signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError') return { ok: false, reason: 'loadTimeout', params: { seconds: Math.round(timeoutMs / 100) / 10 } };
    return { ok: false, reason: 'loadUnreachable', params: {} };
  }
}

/**
 * The body as text, refusing (by header, then while streaming) anything over `maxBytes`. Bytes
 * are decoded as the SDK decodes a catalog file: UTF-8, or Windows-1252 (Excel's CSV), decided
 * once for the file, so `src` reads what `importCatalogCsv(bytes)` and `bsp check` read.
 */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return decodeCatalogBytes(bytes).text;
}
