import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BspErrorCode, ParseResult, StorageAdapter } from '@bsp/sdk';
import { BspErrorEvent } from '../events/bsp-error.js';

/** What a widget keeps in storage: its record and where the user was. */
export interface StoredDraft<T> {
  record: T;
  step: number;
}

/**
 * `idle`: nothing to say. `restored`: a draft was read back. `failed`: the adapter threw,
 * rejected or timed out, so the draft is not being saved. `set-aside`: a stored draft could not
 * be read; it was copied to `<key>:unreadable` and the widget started empty.
 */
export type DraftStatus = 'idle' | 'restored' | 'failed' | 'set-aside';

export interface DraftControllerOptions<T> {
  storage: () => StorageAdapter | undefined;
  /** The storage key for the current draft (one per patient). */
  key: () => string;
  /**
   * Loads what `read` needs (a validator loaded on demand) once a stored draft is there to read;
   * false when it could not load: the draft is then neither read, set aside nor written over.
   */
  prepare?: () => Promise<boolean>;
  /** Validates and migrates a stored record (e.g. `readChecklistRecord`). */
  read: (value: unknown) => ParseResult<T>;
  /** Hands a restored draft to the widget; only called when the user has not typed meanwhile. */
  restore: (draft: StoredDraft<T>) => void;
  /** Each adapter call gets this long before it counts as failed. */
  timeoutMs?: number;
}

const TIMEOUT = Symbol('timeout');

/** Resolves the call's result, or rejects when it throws, rejects or takes longer than `ms`. */
async function guarded<R>(call: () => R | Promise<R>, ms: number): Promise<R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => (timer = setTimeout(() => resolve(TIMEOUT), ms)));
  try {
    const result = await Promise.race([Promise.resolve().then(call), timeout]);
    if (result === TIMEOUT) throw new Error('timeout');
    return result as R;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The one storage path for widget drafts (issue 11). Every adapter call is guarded with a
 * timeout; a failure never throws into the host or a click handler: it dispatches `bsp-error`
 * (`code: 'storage-failed'`) once and sets `status` so the widget can show a quiet line while
 * work continues. A `get` that answers after the user has changed something is ignored, so a
 * slow adapter never overwrites newer answers.
 */
export class DraftController<T> implements ReactiveController {
  status: DraftStatus = 'idle';
  /** The key a draft that could not be read was copied to. */
  setAsideKey?: string;

  private loadedFor?: string;
  /** Bumped by every local change: a load that started before it is stale. */
  private generation = 0;
  private reportedFailure = false;
  /** After a failed `get` we cannot know what is stored, so we never write over it. */
  private readFailed = false;
  private lastSaved?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftControllerOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get timeout(): number {
    return this.options.timeoutMs ?? 3000;
  }

  private setStatus(status: DraftStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  private fail(error: unknown): void {
    this.setStatus('failed');
    if (this.reportedFailure) return;
    this.reportedFailure = true;
    const message = error instanceof Error ? error.message : String(error);
    // 'storage-failed' is not in the SDK's BspErrorCode union yet (requested from lane A).
    const code = 'storage-failed' as BspErrorCode;
    this.host.dispatchEvent(new BspErrorEvent({ code, message, issues: [{ path: 'storage', message }] }));
  }

  /** Marks a local change: any `get` still under way must not overwrite it. */
  touch(): void {
    this.generation++;
  }

  /** Reads the draft once per key. Safe to call on every update. */
  async load(): Promise<void> {
    const storage = this.options.storage();
    const key = this.options.key();
    if (!storage || this.loadedFor === key) return;
    this.loadedFor = key;
    this.readFailed = false;
    const started = this.generation;
    let text: string | null;
    try {
      text = await guarded(() => storage.get(key), this.timeout);
    } catch (error) {
      this.readFailed = true;
      this.fail(error);
      return;
    }
    if (this.generation !== started || this.loadedFor !== key) return;
    if (typeof text !== 'string' || text === '') return;
    if (this.options.prepare && !(await this.options.prepare())) {
      this.readFailed = true;
      return;
    }
    if (this.generation !== started || this.loadedFor !== key) return;
    const draft = this.parse(text);
    if (draft) {
      this.options.restore(draft);
      this.setStatus('restored');
      return;
    }
    // Never delete what we cannot read: copy it aside, then start afresh under the key.
    this.setAsideKey = `${key}:unreadable`;
    try {
      await guarded(() => storage.set(this.setAsideKey!, text), this.timeout);
      await guarded(() => storage.remove(key), this.timeout);
      this.setStatus('set-aside');
    } catch (error) {
      this.fail(error);
    }
  }

  private parse(text: string): StoredDraft<T> | undefined {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (typeof json !== 'object' || json === null) return undefined;
    const result = this.options.read(Object.getOwnPropertyDescriptor(json, 'record')?.value);
    if (!result.ok) return undefined;
    const step = Object.getOwnPropertyDescriptor(json, 'step')?.value;
    return { record: result.value, step: Number.isSafeInteger(step) && step >= 0 ? (step as number) : 0 };
  }

  /** Saves the draft; failures only change `status`. Identical drafts are not written twice. */
  async save(draft: StoredDraft<T>): Promise<void> {
    const storage = this.options.storage();
    if (!storage || this.readFailed) return;
    const text = JSON.stringify(draft);
    if (text === this.lastSaved) return;
    this.lastSaved = text;
    try {
      await guarded(() => storage.set(this.options.key(), text), this.timeout);
      if (this.status === 'failed') this.setStatus('idle');
    } catch (error) {
      this.lastSaved = undefined;
      this.fail(error);
    }
  }

  /** Removes the draft (after the host has the finished result). */
  async clear(): Promise<void> {
    const storage = this.options.storage();
    if (!storage) return;
    this.lastSaved = undefined;
    try {
      await guarded(() => storage.remove(this.options.key()), this.timeout);
    } catch (error) {
      this.fail(error);
    }
  }

  /** "Start afresh": forget the set-aside notice (the unreadable copy stays in storage). */
  dismissSetAside(): void {
    this.setAsideKey = undefined;
    this.setStatus('idle');
  }
}
