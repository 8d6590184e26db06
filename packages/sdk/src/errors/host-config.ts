import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import type { BspMetric } from '../metrics.js';
import { errorMessages, type BspErrorDetail, type BspIssue } from './bsp-error.js';
import { checkHostValue, checkMessageOverrides, checkMetricsSink, checkStorageAdapter, type HostValueCheck } from './host-values.js';
import { isPlainObject } from './parse.js';
import { describePath } from './path-words.js';

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

export interface CheckedHostConfig {
  /** The configuration with invalid parts left out; a plain snapshot (no getters, no Proxy). */
  config?: Record<string, unknown>;
  /** What is wrong for every widget (the whole config, `messages`, `storage`, `metrics`). */
  error?: BspErrorDetail;
  /** What is wrong in a part only some widgets use. */
  partErrors: Partial<Record<Widget, BspErrorDetail>>;
}

export interface HostConfigInput {
  config?: unknown;
  messages?: unknown;
  storage?: unknown;
  metrics?: unknown;
}

// Only the parts the provider itself can judge; `directory`, `catalog` and `procedure` are
// validated in depth by the widget that uses them.
const text = (part: string): HostValueCheck => (config) => {
  const value = (config as Record<string, unknown>)[part];
  return value === undefined || typeof value === 'string' ? [] : [{ code: 'invalid_type', expected: 'string', path: [part], message: '' } as never];
};
const partChecks: Record<string, HostValueCheck> = { municipality: text('municipality'), rolePanelUrl: text('rolePanelUrl') };
const plainConfig: HostValueCheck = (value) => (isPlainObject(value) ? [] : [{ code: 'invalid_type', expected: 'object', path: [], message: '' } as never]);

/** Own enumerable properties copied once, so later reads cannot throw or change. */
function snapshot(value: object): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor) Object.defineProperty(copy, key, { value: 'value' in descriptor ? descriptor.value : descriptor.get?.call(value), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/**
 * Validates what a host gives `<bsp-provider>`: the configuration object, messages, storage
 * and metrics. Never throws. Errors name the property (`config.rolePanelUrl`, `messages.nb`).
 */
export function checkHostConfig(input: HostConfigInput, lang: Lang): CheckedHostConfig {
  const shared: BspIssue[] = [];
  const result: CheckedHostConfig = { partErrors: {} };
  const detail = (issues: BspIssue[]): BspErrorDetail => ({
    code: 'invalid-config',
    message: format(errorMessages, lang, 'invalid-config', { what: 'bsp-provider' }),
    issues,
  });

  for (const [name, schema] of [['messages', checkMessageOverrides], ['storage', checkStorageAdapter], ['metrics', checkMetricsSink]] as const) {
    const value = input[name];
    if (value === undefined || value === null) continue; // unset
    const checked = checkHostValue<unknown>(name, schema, value, lang);
    if (!checked.ok) shared.push(...checked.error.issues);
  }

  const config = input.config;
  if (config !== undefined && config !== null) {
    const whole = checkHostValue('config', plainConfig, config, lang);
    let copy: Record<string, unknown> | undefined;
    if (whole.ok) {
      try {
        copy = snapshot(config as object);
      } catch {
        shared.push({ path: 'config', field: describePath(['config'], lang), message: format(errorMessages, lang, 'unreadable') });
      }
    } else shared.push(...whole.error.issues);
    if (copy) {
      for (const [part, check] of Object.entries(partChecks)) {
        const checked = checkHostValue<unknown>('config', check, copy, lang);
        if (checked.ok) continue;
        delete copy[part];
        const widgets = CONFIG_PART_WIDGETS[part];
        if (!widgets) {
          shared.push(...checked.error.issues);
          continue;
        }
        // One detail object per part, so the provider dispatches it once for all its widgets.
        const partError = detail(checked.error.issues);
        for (const widget of widgets) {
          const before = result.partErrors[widget];
          result.partErrors[widget] = before ? detail([...before.issues, ...partError.issues]) : partError;
        }
      }
      result.config = copy;
    }
  }
  if (shared.length) result.error = detail(shared);
  return result;
}
