import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftStore, type BspErrorCode, type ParseResult, type StorageAdapter } from '@bsp/sdk';
import { BspErrorEvent } from '../events/bsp-error.js';

/** What a widget keeps in storage: its record and where the user was. */
export interface StoredDraft<T> {
  record: T;
  step: number;
}

/**
 * `idle`: nothing to say. `restored`: a draft was read back. `failed`: the adapter threw,
 * rejected or timed out, so the draft is not being saved. `set-aside`: a stored draft could not
 * be read; it was copied to `<key>:unreadable` and the widget started empty. `conflict`: someone
 * else (another widget or tab) wrote this draft; nothing is saved until the user chooses.
 */
export type DraftStatus = 'idle' | 'restored' | 'failed' | 'set-aside' | 'conflict';

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

/**
 * The widget side of the SDK's `DraftStore` (which holds the rules: writes in order, per key, no
 * silent overwrite): opens the key the widget shows, hands a restored draft to it unless the user
 * has changed something meanwhile, and tells the host of failures, conflicts and set-aside drafts
 * with one `bsp-error` each (the widget goes on working and shows a quiet line from `status`).
 */
export class DraftController<T> implements ReactiveController {
  status: DraftStatus = 'idle';
  /** The key a draft that could not be read was copied to. */
  setAsideKey?: string;

  private store?: DraftStore<StoredDraft<T>>;
  private adapter?: StorageAdapter;
  private loadedFor?: string;
  /** Bumped by every local change: a load that started before it is stale. */
  private generation = 0;
  /** The key could not be read (or its validator could not load): nothing is written to it. */
  private blocked = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftControllerOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.store?.close();
  }

  private setStatus(status: DraftStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  private report(code: BspErrorCode, message: string): void {
    this.host.dispatchEvent(new BspErrorEvent({ code, message, issues: [{ path: 'storage', message }] }));
  }

  /** The store for the adapter given now (a new adapter gets a new store). */
  private storeFor(adapter: StorageAdapter): DraftStore<StoredDraft<T>> {
    if (this.store && this.adapter === adapter) return this.store;
    this.store?.close();
    this.adapter = adapter;
    this.loadedFor = undefined;
    this.store = new DraftStore<StoredDraft<T>>(adapter, {
      prepare: this.options.prepare,
      read: (value) => this.parse(value),
      timeoutMs: this.options.timeoutMs,
      onStatus: (status) => {
        if (status === 'failed' || status === 'conflict') this.setStatus(status);
        else if (this.status === 'failed' || this.status === 'conflict') this.setStatus('idle');
      },
      onFailure: (error) => this.report('storage-failed', error instanceof Error ? error.message : String(error)),
      onConflict: () => this.report('draft-conflict', 'The draft was changed elsewhere (another view or tab); it is not saved here until the user chooses.'),
    });
    return this.store;
  }

  /** Marks a local change: any read still under way must not overwrite it. */
  touch(): void {
    this.generation++;
  }

  /** Reads the draft once per key and adapter. Safe to call on every update. */
  async load(): Promise<void> {
    const adapter = this.options.storage();
    const key = this.options.key();
    if (!adapter) return;
    const store = this.storeFor(adapter);
    if (this.loadedFor === key) return;
    this.loadedFor = key;
    this.blocked = false;
    this.setAsideKey = undefined;
    if (this.status !== 'failed') this.setStatus('idle');
    const started = this.generation;
    const opened = await store.open(key);
    if (this.loadedFor !== key || opened.kind === 'superseded') return;
    if (opened.kind === 'failed' || opened.kind === 'unavailable') {
      this.blocked = true;
      return;
    }
    if (opened.kind === 'set-aside') {
      this.setAsideKey = opened.setAsideKey;
      this.setStatus('set-aside');
      this.report('draft-unreadable', `A stored draft could not be read; it was kept as ${opened.setAsideKey}.`);
      return;
    }
    if (opened.kind !== 'restored' || this.generation !== started) return;
    this.options.restore(opened.draft);
    this.setStatus('restored');
  }

  /** A stored draft's payload, validated (after `prepare`, e.g. a validator loaded on demand). */
  private parse(value: unknown): ParseResult<StoredDraft<T>> {
    const fail = { ok: false, error: new Error('unreadable') } as unknown as ParseResult<StoredDraft<T>>;
    if (typeof value !== 'object' || value === null) return fail;
    const result = this.options.read(Object.getOwnPropertyDescriptor(value, 'record')?.value);
    if (!result.ok) return fail;
    const step = Object.getOwnPropertyDescriptor(value, 'step')?.value;
    return { ok: true, value: { record: result.value, step: Number.isSafeInteger(step) && step >= 0 ? (step as number) : 0 } };
  }

  /** Saves the draft; failures only change `status`. */
  async save(draft: StoredDraft<T>): Promise<void> {
    if (!this.options.storage() || this.blocked || this.loadedFor !== this.options.key()) return;
    await this.store?.save(draft);
  }

  /** Removes the draft (after the host has the finished result). */
  async clear(): Promise<void> {
    if (this.blocked) return;
    await this.store?.clear();
  }

  /** After a conflict: this view's draft replaces the stored one. */
  async keepMine(draft: StoredDraft<T>): Promise<void> {
    await this.store?.keepMine(draft);
  }

  /** After a conflict: the stored draft replaces this view's. */
  async takeStored(): Promise<void> {
    const opened = await this.store?.takeStored();
    if (opened?.kind === 'restored') {
      this.options.restore(opened.draft);
      this.setStatus('restored');
    } else this.setStatus('idle');
  }

  /** "Start afresh": forget the set-aside notice (the unreadable copy stays in storage). */
  dismissSetAside(): void {
    this.setAsideKey = undefined;
    this.setStatus('idle');
  }
}
