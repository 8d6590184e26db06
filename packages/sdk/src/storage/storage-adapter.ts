/**
 * Where a widget may keep a draft. Nothing is stored unless the host passes one of these
 * (privacy: health data stays where the host decides). Async-capable so a host can back it
 * with its own server or IndexedDB.
 */
export interface StorageAdapter {
  get(key: string): string | null | Promise<string | null>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

/** Keeps drafts in memory for the page's life. Useful for tests and single-page hosts. */
export function createMemoryStorage(): StorageAdapter {
  const store = new Map<string, string>();
  return {
    get: (key) => store.get(key) ?? null,
    set: (key, value) => void store.set(key, value),
    remove: (key) => void store.delete(key),
  };
}

/**
 * Keeps drafts in the tab's sessionStorage: survives a reload, gone when the tab closes.
 * `prefix` separates this product's keys from the host's.
 */
export function createSessionStorage(prefix = 'bsp:'): StorageAdapter {
  const area = (): Storage | undefined =>
    typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  return {
    get: (key) => area()?.getItem(prefix + key) ?? null,
    set: (key, value) => area()?.setItem(prefix + key, value),
    remove: (key) => area()?.removeItem(prefix + key),
  };
}
