// What is wrong in what a host gives `<bsp-provider>`, found with the plain checks only: run on
// every first render that has a provider. Wording it (host-config.ts) is needed only when
// something is wrong, so it loads on demand (`@bsp/ui`'s error wording).
import type { BspMetric } from '../metrics.js';
import { checkMessageOverrides, checkMetricsSink, checkStorageAdapter, isPlainObject, passes, type HostValueCheck } from './host-checks.js';

type Widget = BspMetric['widget'];

/**
 * Which widgets use which part of the provider configuration. A bad part is shown only by
 * these; the other widgets keep working. Parts not listed are shared by all widgets.
 */
export const CONFIG_PART_WIDGETS: Readonly<Record<string, readonly Widget[]>> = {
  directory: ['role-panel'],
  catalog: ['finder'],
  procedure: ['checklist'],
  rolePanelUrl: ['checklist', 'consent'],
};

export interface HostConfigInput {
  config?: unknown;
  messages?: unknown;
  storage?: unknown;
  metrics?: unknown;
}

/** One value that failed its check, kept as it was read so the wording can name what is wrong. */
export interface HostConfigFailure {
  /** The provider property: `messages`, `storage`, `metrics` or `config`. */
  name: string;
  check: HostValueCheck;
  value: unknown;
  /** A part of `config` only some widgets use (`directory`, `rolePanelUrl`). */
  part?: string;
  /**
   * The widgets that use `part` (`CONFIG_PART_WIDGETS`); a failure without them concerns every
   * widget. Found here so the wording, loaded on demand, needs nothing of this module (the
   * provider's chunk keeps it, with no chunk of its own between them).
   */
  widgets?: readonly Widget[];
}

export interface HostConfigFindings {
  /** The configuration with failing parts left out; a plain snapshot (no getters, no Proxy). */
  config?: Record<string, unknown>;
  failures: HostConfigFailure[];
  /** The config object threw while its properties were copied. */
  unreadableConfig: boolean;
  /** Top-level config keys the provider does not know (`directroy`); worded with the key likely meant. */
  unknownKeys: string[];
}

/** Every key `config` may hold (the provider configuration schema's, config/config.ts). */
export const PROVIDER_CONFIG_KEYS = ['$schema', 'municipality', 'directory', 'catalog', 'procedure', 'rolePanelUrl', 'messages'] as const;

// Only the parts the provider itself can judge; `directory`, `catalog` and `procedure` are
// validated in depth by the widget that uses them.
const text = (part: string): HostValueCheck => (config) => {
  const value = (config as Record<string, unknown>)[part];
  return value === undefined || typeof value === 'string' ? [] : [{ code: 'invalid_type', expected: 'string', path: [part], message: '' } as never];
};
const partChecks: Record<string, HostValueCheck> = { municipality: text('municipality'), rolePanelUrl: text('rolePanelUrl') };
export const plainConfig: HostValueCheck = (value) => (isPlainObject(value) ? [] : [{ code: 'invalid_type', expected: 'object', path: [], message: '' } as never]);

/** Own enumerable properties copied once, so later reads cannot throw or change. */
function snapshot(value: object): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor) Object.defineProperty(copy, key, { value: 'value' in descriptor ? descriptor.value : descriptor.get?.call(value), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Checks what a host gives `<bsp-provider>`, without wording anything. Never throws. */
export function findHostConfigProblems(input: HostConfigInput): HostConfigFindings {
  const findings: HostConfigFindings = { failures: [], unreadableConfig: false, unknownKeys: [] };
  for (const [name, check] of [['messages', checkMessageOverrides], ['storage', checkStorageAdapter], ['metrics', checkMetricsSink]] as const) {
    const value = input[name];
    if (value !== undefined && value !== null && !passes(check, value)) findings.failures.push({ name, check, value });
  }
  const config = input.config;
  if (config === undefined || config === null) return findings;
  if (!passes(plainConfig, config)) {
    findings.failures.push({ name: 'config', check: plainConfig, value: config });
    return findings;
  }
  let copy: Record<string, unknown>;
  try {
    copy = snapshot(config as object);
  } catch {
    findings.unreadableConfig = true;
    return findings;
  }
  for (const [part, check] of Object.entries(partChecks)) {
    if (passes(check, copy)) continue;
    findings.failures.push({ name: 'config', check, value: { [part]: copy[part] }, part, widgets: CONFIG_PART_WIDGETS[part] });
    delete copy[part];
  }
  findings.unknownKeys = Object.keys(copy).filter((key) => !(PROVIDER_CONFIG_KEYS as readonly string[]).includes(key));
  findings.config = copy;
  return findings;
}
