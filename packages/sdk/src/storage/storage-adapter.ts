/**
 * Where a widget may keep a draft. Nothing is stored unless the host passes one of these
 * (privacy: health data stays where the host decides). Async-capable so a host can back it
 * with its own server or IndexedDB.
 *
 * `get`, `set` and `remove` are all an adapter needs. Two optional capabilities let the draft
 * store (draft-store.ts) promise more:
 * - `compareAndSet` writes only when the stored text is still the one expected, atomically (an
 *   ETag on a server, a transaction in IndexedDB): a second writer is caught before it overwrites.
 *   Without it the store reads the key back before each write, which catches the second writer at
 *   the next save but leaves a short window between the read and the write.
 * - `subscribe` tells of changes made elsewhere (another tab, another widget on the key), so the
 *   user hears of a second writer at once rather than at the next save.
 */
export interface StorageAdapter {
  get(key: string): string | null | Promise<string | null>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
  /**
   * Writes `value` (or removes the key when `value` is null) only if the stored text is
   * `expected` (null: nothing stored). Resolves whether it wrote.
   */
  compareAndSet?(key: string, expected: string | null, value: string | null): boolean | Promise<boolean>;
  /** Calls `listener` with the new text whenever the key changes; returns the unsubscribe. */
  subscribe?(key: string, listener: (value: string | null) => void): () => void;
}

/**
 * Keeps drafts in memory for the page's life. Useful for tests and single-page hosts; widgets
 * sharing one memory adapter hear of each other's writes (`subscribe`).
 */
export function createMemoryStorage(): StorageAdapter {
  const store = new Map<string, string>();
  const listeners = new Map<string, Set<(value: string | null) => void>>();
  const notify = (key: string) => listeners.get(key)?.forEach((listener) => listener(store.get(key) ?? null));
  const write = (key: string, value: string | null) => {
    if (value === null) store.delete(key);
    else store.set(key, value);
    notify(key);
  };
  return {
    get: (key) => store.get(key) ?? null,
    set: (key, value) => write(key, value),
    remove: (key) => write(key, null),
    compareAndSet: (key, expected, value) => {
      if ((store.get(key) ?? null) !== expected) return false;
      write(key, value);
      return true;
    },
    subscribe: (key, listener) => {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    },
  };
}

/** A Web Storage area as an adapter: compare-and-set is atomic within a tab (the calls are synchronous). */
function webStorage(area: () => Storage | undefined, prefix: string): StorageAdapter {
  return {
    get: (key) => area()?.getItem(prefix + key) ?? null,
    set: (key, value) => area()?.setItem(prefix + key, value),
    remove: (key) => area()?.removeItem(prefix + key),
    compareAndSet: (key, expected, value) => {
      const storage = area();
      if (!storage || storage.getItem(prefix + key) !== expected) return false;
      if (value === null) storage.removeItem(prefix + key);
      else storage.setItem(prefix + key, value);
      return true;
    },
  };
}

/**
 * Keeps drafts in the tab's sessionStorage: survives a reload, gone when the tab closes.
 * `prefix` separates this product's keys from the host's.
 */
export function createSessionStorage(prefix = 'bsp:'): StorageAdapter {
  return webStorage(() => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage), prefix);
}

/**
 * Keeps drafts in localStorage: shared by the browser's tabs on the origin and kept after the
 * browser closes, so use it only where the device is the professional's own. A change made in
 * another tab is told at once (`subscribe`, through the `storage` event).
 */
export function createLocalStorage(prefix = 'bsp:'): StorageAdapter {
  const area = () => (typeof localStorage === 'undefined' ? undefined : localStorage);
  return {
    ...webStorage(area, prefix),
    subscribe: (key, listener) => {
      if (typeof addEventListener !== 'function') return () => {};
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea === area() && event.key === prefix + key) listener(event.newValue);
      };
      addEventListener('storage', onStorage);
      return () => removeEventListener('storage', onStorage);
    },
  };
}
