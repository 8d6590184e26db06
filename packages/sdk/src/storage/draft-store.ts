import type { ParseResult } from '../errors/parse.js';
import type { StorageAdapter } from './storage-adapter.js';

/**
 * Drafts kept through a host's storage adapter so that they never mix patients and never lose
 * an answer, whatever the adapter does (DOM-free: a widget wraps it in a controller; a journal
 * system can use it as it is). What it promises:
 *
 * - **One key at a time.** `open(key)` reads that key's draft; writes carry the key they were
 *   made for, so an answer given before a switch is stored under the old key, never the new one.
 * - **Writes in order, the last one wins.** One write is under way at a time; saves made
 *   meanwhile are coalesced into the newest, written next. An adapter whose writes resolve late
 *   cannot store an older draft over a newer one.
 * - **No silent overwrite.** Each write checks that what is stored is still what this store last
 *   read or wrote: atomically with an adapter's `compareAndSet`, else by reading it back first
 *   (detection at the next save). A change by someone else (another widget on the key, another
 *   tab through a shared adapter) puts the key in `conflict`: nothing more is written until the
 *   user chooses (`keepMine` or `takeStored`). With `subscribe` the change is seen at once.
 * - **Failures are told.** An adapter that throws, rejects or hangs past the timeout gives
 *   status `failed` and one `onFailure` per outage; nothing throws out of the store.
 */

/** What is stored under a key: the draft with a revision that grows with every write. */
interface Envelope {
  bspDraft: 1;
  revision: number;
  savedAt: string;
  draft: unknown;
}

export type DraftStoreStatus = 'idle' | 'failed' | 'conflict';

export type DraftOpenResult<T> =
  | { kind: 'empty' }
  | { kind: 'restored'; draft: T; revision: number }
  /** Stored text that could not be read: copied to `setAsideKey`, the key starts empty. */
  | { kind: 'set-aside'; setAsideKey: string }
  /** The adapter failed: nothing is known of the key, so nothing will be written to it. */
  | { kind: 'failed' }
  /** What `read` needs could not load (`prepare`): the draft is left as stored, never written over. */
  | { kind: 'unavailable' }
  /** Another `open` started meanwhile; this result is for a key no longer open. */
  | { kind: 'superseded' };

export interface DraftStoreOptions<T> {
  /**
   * Loads what `read` needs (a validator loaded on demand), called only when there is a stored
   * draft to read; false when it could not load.
   */
  prepare?: () => Promise<boolean>;
  /** Validates and migrates a stored draft (the payload inside the envelope). */
  read: (value: unknown) => ParseResult<T>;
  /** Each adapter call gets this long before it counts as failed. */
  timeoutMs?: number;
  /** Status changed (re-render). */
  onStatus?: (status: DraftStoreStatus) => void;
  /** The adapter failed; called once per outage (until a call succeeds again). */
  onFailure?: (error: unknown) => void;
  /** Someone else wrote the open key; called once per conflict. */
  onConflict?: (key: string) => void;
  now?: () => string;
}

const TIMEOUT = Symbol('timeout');

/** The call's result, or a rejection when it throws, rejects or takes longer than `ms`. */
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

function parseEnvelope(text: string): { revision: number; payload: unknown } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const own = (key: string): unknown => Object.getOwnPropertyDescriptor(json, key)?.value;
  if (own('bspDraft') === 1) {
    const revision = own('revision');
    return { revision: Number.isSafeInteger(revision) && (revision as number) >= 0 ? (revision as number) : 0, payload: own('draft') };
  }
  // Written before revisions (version 0.1): the whole object is the draft.
  return { revision: 0, payload: json };
}

type Job = { kind: 'write'; key: string; text: string } | { kind: 'remove'; key: string };

/** The stored text this store last saw for a key: what a write expects to find there. */
type Base = { text: string | null } | 'unknown';

export class DraftStore<T> {
  status: DraftStoreStatus = 'idle';
  /** The key open now. */
  key?: string;

  private readonly bases = new Map<string, Base>();
  private readonly revisions = new Map<string, number>();
  private readonly conflicts = new Set<string>();
  /** Keys whose draft could not be read: never written over (what is there is unknown). */
  private readonly readFailed = new Set<string>();
  /** The write under way: its own change, told back by `subscribe`, is not someone else's. */
  private inFlight?: { key: string; text: string | null };
  /** Set from the first job to the moment the queue is empty, synchronously: no job can be queued unseen. */
  private draining = false;
  private queue: Job[] = [];
  private running?: Promise<void>;
  private opening = 0;
  private failureReported = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly adapter: StorageAdapter,
    private readonly options: DraftStoreOptions<T>,
  ) {}

  private get timeout(): number {
    return this.options.timeoutMs ?? 3000;
  }

  private setStatus(status: DraftStoreStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus?.(status);
  }

  private failed(error: unknown): void {
    if (this.status !== 'conflict') this.setStatus('failed');
    if (this.failureReported) return;
    this.failureReported = true;
    this.options.onFailure?.(error);
  }

  private succeeded(): void {
    this.failureReported = false;
    if (this.status === 'failed') this.setStatus('idle');
  }

  private conflict(key: string): void {
    if (this.conflicts.has(key)) return;
    this.conflicts.add(key);
    if (key === this.key) {
      this.setStatus('conflict');
      this.options.onConflict?.(key);
    }
  }

  /** Opens a key (a patient): reads its draft. The caller shows an empty form until this resolves. */
  async open(key: string): Promise<DraftOpenResult<T>> {
    const ticket = ++this.opening;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.key = key;
    this.setStatus(this.conflicts.has(key) ? 'conflict' : 'idle');
    let text: string | null;
    try {
      const value = await guarded(() => this.adapter.get(key), this.timeout);
      text = typeof value === 'string' && value !== '' ? value : null;
    } catch (error) {
      if (ticket !== this.opening) return { kind: 'superseded' };
      this.bases.set(key, 'unknown');
      this.readFailed.add(key);
      this.failed(error);
      return { kind: 'failed' };
    }
    if (ticket !== this.opening) return { kind: 'superseded' };
    this.readFailed.delete(key);
    this.succeeded();
    this.bases.set(key, { text });
    if (text === null) {
      this.revisions.set(key, 0);
      this.watch(key);
      return { kind: 'empty' };
    }
    if (this.options.prepare && !(await this.options.prepare())) {
      if (ticket !== this.opening) return { kind: 'superseded' };
      this.readFailed.add(key);
      return { kind: 'unavailable' };
    }
    if (ticket !== this.opening) return { kind: 'superseded' };
    const envelope = parseEnvelope(text);
    const read = envelope ? this.options.read(envelope.payload) : undefined;
    if (envelope && read?.ok) {
      this.revisions.set(key, envelope.revision);
      this.watch(key);
      return { kind: 'restored', draft: read.value, revision: envelope.revision };
    }
    // Never delete what cannot be read: copy it aside, then the key starts afresh.
    const setAsideKey = `${key}:unreadable`;
    try {
      await guarded(() => this.adapter.set(setAsideKey, text), this.timeout);
      await guarded(() => this.adapter.remove(key), this.timeout);
    } catch (error) {
      this.readFailed.add(key);
      this.failed(error);
      return { kind: 'failed' };
    }
    this.bases.set(key, { text: null });
    this.revisions.set(key, 0);
    // Watched from here: the set-aside's own removal is not someone else's change.
    this.watch(key);
    return { kind: 'set-aside', setAsideKey };
  }

  private watch(key: string): void {
    if (!this.adapter.subscribe) return;
    try {
      this.unsubscribe = this.adapter.subscribe(key, (value) => {
        const base = this.bases.get(key);
        const text = typeof value === 'string' && value !== '' ? value : null;
        if (base !== 'unknown' && base !== undefined && base.text === text) return;
        if (this.inFlight?.key === key && this.inFlight.text === text) return;
        this.conflict(key);
      });
    } catch {
      this.unsubscribe = undefined;
    }
  }

  /** Saves the draft under the open key. Resolves once it (or a newer one) is written, or could not be. */
  save(draft: T): Promise<void> {
    const key = this.key;
    if (key === undefined || this.readFailed.has(key)) return Promise.resolve();
    const revision = (this.revisions.get(key) ?? 0) + 1;
    this.revisions.set(key, revision);
    const envelope: Envelope = { bspDraft: 1, revision, savedAt: (this.options.now ?? (() => new Date().toISOString()))(), draft };
    return this.enqueue({ kind: 'write', key, text: JSON.stringify(envelope) });
  }

  /** Removes the open key's draft (the host has the finished result). */
  clear(): Promise<void> {
    const key = this.key;
    if (key === undefined || this.readFailed.has(key)) return Promise.resolve();
    return this.enqueue({ kind: 'remove', key });
  }

  private enqueue(job: Job): Promise<void> {
    // A newer job for the key replaces one not yet started: the last state is what counts.
    this.queue = [...this.queue.filter((j) => j.key !== job.key), job];
    if (!this.draining) this.running = this.drain();
    return this.running ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      for (let job = this.queue.shift(); job; job = this.queue.shift()) await this.run(job);
    } finally {
      this.draining = false;
    }
  }

  private async run(job: Job): Promise<void> {
    const { key } = job;
    if (this.conflicts.has(key)) return;
    const text = job.kind === 'write' ? job.text : null;
    this.inFlight = { key, text };
    try {
      const base = this.bases.get(key) ?? 'unknown';
      if (this.adapter.compareAndSet && base !== 'unknown') {
        const written = await guarded(() => this.adapter.compareAndSet!(key, base.text, text), this.timeout);
        if (!written) return this.conflict(key);
      } else {
        const stored = await guarded(() => this.adapter.get(key), this.timeout);
        const current = typeof stored === 'string' && stored !== '' ? stored : null;
        // After a write that timed out its text may have landed: that is ours, not a conflict.
        const expected = base === 'unknown' ? current : base.text;
        if (current !== expected && current !== text) return this.conflict(key);
        if (text === null) await guarded(() => this.adapter.remove(key), this.timeout);
        else await guarded(() => this.adapter.set(key, text), this.timeout);
      }
      this.bases.set(key, { text });
      this.succeeded();
    } catch (error) {
      // What is stored now is unknown: the next write reads it before writing.
      this.bases.set(key, 'unknown');
      this.failed(error);
    } finally {
      this.inFlight = undefined;
    }
  }

  /** After a conflict: write this draft over what the other writer stored. */
  async keepMine(draft: T): Promise<void> {
    const key = this.key;
    if (key === undefined) return;
    this.conflicts.delete(key);
    this.bases.set(key, 'unknown');
    this.setStatus('idle');
    await this.save(draft);
  }

  /** After a conflict: read what the other writer stored (the caller shows it). */
  async takeStored(): Promise<DraftOpenResult<T>> {
    const key = this.key;
    if (key === undefined) return { kind: 'empty' };
    this.conflicts.delete(key);
    return this.open(key);
  }

  /** Stops watching the adapter (the widget left the page). */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
