/** One route of a stubbed fetch: a body, held back until `gate` resolves, or never answering (`hang`). */
export interface StubRoute {
  body?: string;
  type?: string;
  gate?: Promise<unknown>;
  hang?: boolean;
  /** HTTP status (default 200). */
  status?: number;
}

/**
 * Replaces `window.fetch` for one test: each URL answers as the table says, a hang honours the
 * abort signal, an unknown URL is unreachable. Returns the function that puts fetch back.
 */
export function stubFetch(routes: Record<string, StubRoute>): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const route = routes[String(input)];
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      if (!route) return reject(new TypeError('unreachable'));
      if (route.hang) return;
      void (route.gate ?? Promise.resolve()).then(() => resolve(new Response(route.body ?? '', { status: route.status ?? 200, headers: { 'content-type': route.type ?? 'text/plain' } })));
    });
  return () => (window.fetch = original);
}
