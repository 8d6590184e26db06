import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BspErrorDetail, Lang, ParseResult } from '@bsp/sdk';
import type { OnDemand } from '../on-demand/on-demand.js';
import { applyPreUpgradeProperty } from '../utils/pre-upgrade-property.js';
import { readHostData } from '../utils/property-guard.js';

export interface HostRecordOptions<T, M> {
  /** The property's name (`record`), as the error view names it. */
  property: string;
  lang: () => Lang;
  /**
   * The record's validator, loaded on demand: the host counts it needed (and blocking) while a
   * record is `pending`; when it cannot load, its error names the property in the error view.
   */
  validator: OnDemand<M>;
  /** Validates (and migrates) the plain copy. */
  read: (validator: M, value: unknown) => ParseResult<T>;
  /** A valid record: `initial` when the host set it, not when the browser restored form state. */
  accept: (record: T, initial: boolean) => void;
  /** An invalid record the host set: shown in the error view and told as `bsp-error`. */
  refuse: (error: BspErrorDetail) => void;
}

/**
 * The `record` property of the checklist and the consent form: a value set before the element
 * was defined goes through the setter like one set later; what the host hands is read once, into
 * a plain copy within the boundary's limits (no Proxy, getter or 2^5000 expansion gets further),
 * then validated once the validator is here, in the next update at the latest. An invalid
 * record the host set is refused with the error view; restored form state that cannot be read
 * is ignored (the form keeps what it has).
 */
export class HostRecordController<T, M> implements ReactiveController {
  /** Read, not yet validated (the validator is loading). */
  pending?: { value: unknown; initial: boolean };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HostRecordOptions<T, M>,
  ) {
    host.addController(this);
  }

  /** Call from the host's `connectedCallback`, before `super.connectedCallback()`. */
  applyPreUpgrade(): void {
    applyPreUpgradeProperty(this.host, this.options.property);
  }

  hostConnected(): void {}

  /** From the setter (`initial`) or a form-state restore (not initial). */
  set(value: unknown, initial = true): void {
    const copy = readHostData(value, this.options.property, this.options.lang());
    if (!copy.ok) {
      this.pending = undefined;
      if (initial) this.options.refuse(copy.error);
      return;
    }
    this.pending = { value: copy.value, initial };
    if (this.options.validator.value) this.take();
    else this.host.requestUpdate();
  }

  /** Validates and hands over what is pending, if the validator is here. Call in `willUpdate`. */
  take(): void {
    const pending = this.pending;
    if (!pending) return;
    // Not here: it could not load (the error view says so while the record waits; each update
    // tries again), or it is loading (the update waits for it, so only on the server).
    const validator = this.options.validator.value;
    if (!validator) return;
    this.pending = undefined;
    const result = this.options.read(validator, pending.value);
    if (result.ok) this.options.accept(result.value, pending.initial);
    else if (pending.initial) this.options.refuse(result.error);
  }
}
