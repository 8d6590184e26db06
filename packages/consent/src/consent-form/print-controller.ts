import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PrintOptions {
  /** Loads what the paper needs (its code); resolves either way. */
  loadPaper: () => Promise<unknown>;
  /** Called when printing starts without the paper's code (offline): the status says so. */
  paperMissing: () => void;
  /** Renders now, synchronously (inside `beforeprint`). */
  renderNow: () => void;
}

/**
 * When the consent form prints, and what: the paper (half the form's elements) exists only while
 * printing, from `beforeprint` (Ctrl+P and `print()`) or while print media applies, until
 * `afterprint`; on screen it was display:none yet rebuilt on every update (bench/render-trace.mjs).
 * Prints run one after another.
 */
export class PrintController implements ReactiveController {
  /** The paper is rendered (printing now). */
  printing = false;
  /** Print a blank paper form instead of the recorded decisions. */
  blank = false;

  private media?: MediaQueryList;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & { readonly updateComplete: Promise<boolean> },
    private readonly options: PrintOptions,
  ) {
    host.addController(this);
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
    this.options.paperMissing();
    // Render the paper now, inside beforeprint: the print snapshot must not depend on the
    // update's microtask running first (it did not, once, under load in CI). An import cannot
    // be awaited here: without the paper's module the screen part is printed under a notice.
    this.options.renderNow();
  };

  /** After printing, and whenever print media starts or stops applying (emulation, some browsers). */
  private readonly follow = (): void => {
    const printing = this.media?.matches ?? false;
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };

  // Browser-only (never during server rendering, which does not connect elements).
  hostConnected(): void {
    this.media ??= window.matchMedia('print');
    this.media.addEventListener('change', this.follow);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.follow);
    this.follow();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.follow);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.follow);
  }

  /** Prints (blank: the empty paper form); resolves when the browser's print has returned. Never rejects. */
  print(blank: boolean): Promise<void> {
    this.queue = this.queue.then(() => this.printNow(blank)).catch(() => undefined);
    return this.queue;
  }

  private async printNow(blank: boolean): Promise<void> {
    await this.options.loadPaper();
    this.blank = blank;
    this.printing = true;
    this.options.paperMissing();
    this.host.requestUpdate();
    await this.host.updateComplete;
    window.print();
    this.blank = false;
    this.printing = false;
    this.follow();
    this.host.requestUpdate();
  }
}
