import { createContext } from '@lit/context';
import type { BspErrorDetail, BspMetric, Lang, MessageOverrides, MetricsSink, StorageAdapter } from '@bsp/sdk';

/**
 * What a host sets once on `<bsp-provider>` for every widget inside it.
 * `config` is the municipality configuration; each widget reads and validates its own part
 * (e.g. `directory`, `catalog`, `procedure`), so one bad part never blanks another widget.
 */
export interface BspContextValue {
  lang?: Lang;
  config?: BspMunicipalityConfig;
  storage?: StorageAdapter;
  metrics?: MetricsSink;
  messages?: MessageOverrides;
  /** Set when the provider's own configuration could not be read; widgets show it. */
  error?: BspErrorDetail;
  /** An invalid part of the configuration, shown only by the widgets that use that part. */
  partErrors?: Partial<Record<BspMetric['widget'], BspErrorDetail>>;
  /**
   * Set while the provider cannot yet say what is wrong with its inputs (the wording of the
   * error is loading): widgets wait for it before they render, so none shows the defaults first.
   */
  pending?: Promise<unknown>;
}

/** The municipality configuration. Widgets validate the part they use with zod. */
export interface BspMunicipalityConfig {
  /** Municipality name shown in headings, e.g. "Eksempel kommune". */
  municipality?: string;
  /** Role panel: the unit directory. */
  directory?: unknown;
  /** Finder: the local support catalog. */
  catalog?: unknown;
  /** Checklist: the municipal overlay on the national procedure. */
  procedure?: unknown;
  /** Where "who do I ask?" lives on the intranet (a role-panel page), for guidance links. */
  rolePanelUrl?: string;
  [key: string]: unknown;
}

// A string key (not a Symbol) so two copies of the library on one page still find each other.
export const bspContext = createContext<BspContextValue | undefined>('bsp-context');
