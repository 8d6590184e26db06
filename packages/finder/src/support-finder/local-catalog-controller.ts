import type { ReactiveController } from 'lit';
import { catalogTextFormat, errorMessages, format, mergeCatalogs, nationalCatalog, type CatalogImport, type Lang, type Service } from '@bsp/sdk';
import { BspErrorEvent, LazyModule, OnDemand, SrcLoader, sniffFormat, type BspErrorDetail, type OnDemandHost, type SrcFormat } from '@bsp/ui';

/**
 * The local catalog's validator (zod, the service schema, the CSV reader): loaded only when a host
 * hands the finder a catalog (`services`, provider `config.catalog` or `src`). The national
 * catalog is built in and checked by the SDK's tests, so it shows without it.
 */
export const catalogValidator = new LazyModule(() => import('./catalog-validator.js'));
type CatalogValidator = NonNullable<typeof catalogValidator.module>;

/** A big inline or JSON catalog: rows validated before the first render; the rest follow in 8 ms steps. */
const FIRST_IMPORT_MS = 40;
const IMPORT_STEP_MS = 8;

export interface LocalCatalogOptions {
  lang: () => Lang;
  /** "tilbudskatalogen", in the host's language. */
  what: () => string;
  timeoutMs: () => number | undefined;
  maxBytes: () => number | undefined;
  /** The inline catalog the host hands now (`services` or provider `config.catalog`), before it is read: updates wait for the validator while there is one. */
  inline: () => unknown;
  /** Rows that load but hold something not used as written (an unknown key, age_min > age_max); empty when none. */
  onWarnings: (warnings: CatalogImport['warnings'], validator: CatalogValidator) => void;
}

/**
 * The finder's catalog: the national one merged with the municipality's (inline `services`,
 * provider `config.catalog`, or `src`), validated row by row. Good rows load; bad rows are listed
 * (`rejected`) and reported once with `bsp-error`. A big catalog shows its first rows at once and
 * the rest after rendering, in small steps; a newer source stops an older import at its next step.
 * The host calls `load` when a source changes and renders `all`, `rejected` and `warning`.
 */
export class LocalCatalogController implements ReactiveController {
  /** National and local services (before the audience and filters). */
  all: Service[] = nationalCatalog;
  rejected: CatalogImport['rejected'] = [];
  private local: Service[] = [];
  private national = true;
  private token = 0;
  private src = '';
  /** Where the inline catalog came from (`services`, `config.catalog`), as a failure names it. */
  private inlineFrom?: string;
  /** A local catalog handed over while the validator was not here (it could not load): imported when it comes. */
  private unchecked?: { property: string; input: unknown; found: SrcFormat };
  private readonly loader: SrcLoader;
  /**
   * The validator: needed while there is a local catalog (inline or `src`). An inline one waits
   * for it; `src` shows the national services first and loads it beside the fetch. When it cannot
   * load, the local catalog is left out under a warning, never the national one.
   */
  private readonly validator: OnDemand<CatalogValidator>;

  constructor(
    private readonly host: OnDemandHost,
    private readonly options: LocalCatalogOptions,
  ) {
    host.addController(this);
    this.validator = new OnDemand(host, {
      module: catalogValidator,
      needed: () => this.options.inline() !== undefined || this.src !== '',
      blocksRender: () => this.options.inline() !== undefined,
      what: options.what,
      property: () => (this.src ? 'src' : this.inlineFrom),
    });
    // The loader is the controller with a lifecycle (it aborts a fetch when the host leaves).
    this.loader = new SrcLoader(host, {
      lang: options.lang,
      what: options.what,
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      format: sniffFormat,
      prepare: () => this.validator.load(),
      onLoad: (text, found) => this.importLocal('src', text, found),
    });
  }

  /** What could not be loaded (`src` or the validator), for the warning above the list. */
  get warning(): BspErrorDetail | undefined {
    return this.loader.error ?? this.validator.error;
  }

  /** The validator arrived after all (a retry): import what waited for it. */
  hostUpdate(): void {
    const waiting = this.unchecked;
    if (waiting && this.validator.value) this.importLocal(waiting.property, waiting.input, waiting.found);
  }

  /** Leave out the national catalog (`no-national`) or take it back. */
  setNational(on: boolean): void {
    if (on === this.national) return;
    this.national = on;
    this.merge();
  }

  /** A new source: inline services (property or provider) win; else `src`, fetched only when set. */
  load(inline: unknown, property: 'services' | 'config.catalog', src: unknown): void {
    this.token++;
    this.unchecked = undefined;
    this.src = inline === undefined && typeof src === 'string' ? src : '';
    this.inlineFrom = inline === undefined ? undefined : property;
    if (inline !== undefined) {
      this.loader.cancel();
      this.importLocal(property, inline, typeof inline === 'string' ? catalogTextFormat(inline) : 'json');
      return;
    }
    // The old local services go; the national ones stay whatever happens.
    this.setLocal([], []);
    if (typeof src === 'string' && src) void this.loader.load(src);
    else this.loader.cancel();
  }

  private setLocal(services: Service[], rejected: CatalogImport['rejected']): void {
    this.local = services;
    this.rejected = rejected;
    this.merge();
  }

  private merge(): void {
    this.all = mergeCatalogs(this.national ? nationalCatalog : [], this.local);
    this.host.requestUpdate();
  }

  /** Validates once the validator is there; without it the local catalog is left out, not the national one. */
  private importLocal(property: string, input: unknown, found: SrcFormat): void {
    const validator = this.validator.value;
    this.unchecked = validator ? undefined : { property, input, found };
    if (!validator) return this.setLocal([], []);
    if (found === 'csv') this.accept(validator.importCatalogCsv(input as string, this.options.lang()));
    else this.importInSteps(validator, input);
  }

  private importInSteps(validator: CatalogValidator, input: unknown): void {
    const token = this.token;
    const steps = validator.importCatalogInSteps(input, this.options.lang());
    if (steps.step(FIRST_IMPORT_MS)) return this.accept(steps.result);
    this.setLocal([...steps.result.services], []);
    const next = () => {
      if (token !== this.token) return;
      if (steps.step(IMPORT_STEP_MS)) this.accept(steps.result);
      else setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }

  /** Good rows load; bad rows are listed by row and field and reported (not shown in place of the content). */
  private accept(result: CatalogImport): void {
    this.setLocal(result.services, result.rejected);
    if (this.validator.value) this.options.onWarnings(result.warnings, this.validator.value);
    if (!result.rejected.length) return;
    const issues = result.rejected.flatMap((r) => r.issues.map((i) => ({ path: `${r.row}.${i.path}`, message: i.message })));
    const lang = this.options.lang();
    this.host.dispatchEvent(new BspErrorEvent({ code: 'invalid-data', message: format(errorMessages, lang, 'invalid-data', { what: this.options.what() }), issues }));
  }
}
