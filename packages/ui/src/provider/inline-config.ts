/** What a `<bsp-provider>`'s child `<script type="application/json">` holds, as read. */
export interface InlineConfig {
  config?: unknown;
  messages?: unknown;
  /** The script's text when it is not valid JSON (worded later, with line and column). */
  brokenJson?: string;
}

/**
 * Reads a provider's inline configuration: its child `<script type="application/json">` (data,
 * never executed). Used by the provider itself and, before the provider's code has loaded, by a
 * widget under it that starts fetching what that configuration will need (its validator) beside
 * the provider's code rather than after it.
 */
export function readInlineConfig(provider: Element): InlineConfig {
  const script = provider.querySelector(':scope > script[type="application/json"]');
  if (!script) return {};
  const text = script.textContent ?? '';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { brokenJson: text };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { config: value };
  // `$schema` only tells an editor where the JSON Schema is (@bsp/sdk/schemas/config.schema.json).
  const { messages, $schema: _editorSchema, ...config } = value as Record<string, unknown>;
  return { config, messages };
}
