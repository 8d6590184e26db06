import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import type { BspMetric } from '../metrics.js';
import { errorMessages, type BspErrorDetail, type BspIssue } from './bsp-error.js';
import { checkHostValue } from './host-values.js';
import { describePath } from './path-words.js';
import { findingsDetail, issueAt } from './findings.js';
import { suggestKey } from './suggest-key.js';
import { findHostConfigProblems, PROVIDER_CONFIG_KEYS, type HostConfigFindings, type HostConfigInput } from './host-config-findings.js';

export * from './host-config-findings.js';

type Widget = BspMetric['widget'];

export interface CheckedHostConfig {
  /** The configuration with invalid parts left out; a plain snapshot (no getters, no Proxy). */
  config?: Record<string, unknown>;
  /** What is wrong for every widget (the whole config, `messages`, `storage`, `metrics`). */
  error?: BspErrorDetail;
  /** What is wrong in a part only some widgets use. */
  partErrors: Partial<Record<Widget, BspErrorDetail>>;
  /** Keys the provider does not know (`directroy`): severity `warning`, the rest still applies. */
  warning?: BspErrorDetail;
}

/**
 * Validates what a host gives `<bsp-provider>`: the configuration object, messages, storage
 * and metrics. Never throws. Errors name the property (`config.rolePanelUrl`, `messages.nb`).
 */
export function checkHostConfig(input: HostConfigInput, lang: Lang): CheckedHostConfig {
  return describeHostConfig(findHostConfigProblems(input), lang);
}

/** The findings of `findHostConfigProblems` in the reader's words: one detail for all widgets, one per part. */
export function describeHostConfig(findings: HostConfigFindings, lang: Lang): CheckedHostConfig {
  const shared: BspIssue[] = [];
  const result: CheckedHostConfig = { partErrors: {}, ...(findings.config ? { config: findings.config } : {}) };
  const detail = (issues: BspIssue[]): BspErrorDetail => ({
    code: 'invalid-config',
    message: format(errorMessages, lang, 'invalid-config', { what: 'bsp-provider' }),
    issues,
  });
  for (const { name, check, value, widgets } of findings.failures) {
    const checked = checkHostValue<unknown>(name, check, value, lang);
    if (checked.ok) continue;
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
  // After messages, storage and metrics, as the config is read after them.
  if (findings.unreadableConfig) shared.push({ path: 'config', field: describePath(['config'], lang), message: format(errorMessages, lang, 'unreadable') });
  if (shared.length) result.error = detail(shared);
  if (findings.unknownKeys.length) {
    // The suggestion is worked out here, loaded on demand, not in the provider's first check.
    const issues = findings.unknownKeys.map((key) => {
      const suggestion = suggestKey(key, PROVIDER_CONFIG_KEYS);
      return suggestion ? issueAt(['config', key], lang, 'unknownKeySuggestion', { suggestion }) : issueAt(['config', key], lang, 'unknownKey');
    });
    result.warning = findingsDetail(issues, lang, 'bsp-provider');
  }
  return result;
}
