import { array, object, optional, record, regex, string, union, type infer as Infer } from 'zod/mini';
import { directorySchema } from '../directory/directory-schema.js';
import { serviceSchema } from '../catalog/schema.js';
import { procedureOverlaySchema } from '../routine/overlay.js';
import { rolePanelMessages } from '../roles/translations/index.js';
import { checklistMessages } from '../routine/translations/index.js';
import { consentMessages } from '../consent/translations/index.js';
import { finderMessages } from '../catalog/translations/index.js';
import { deferred } from '../shared/deferred.js';

/** Each widget's message catalog under the prefix a provider's `messages` uses (`role-panel.heading`). */
export const widgetMessageCatalogs = {
  'role-panel': rolePanelMessages,
  checklist: checklistMessages,
  consent: consentMessages,
  finder: finderMessages,
} as const;

/** Every key `<bsp-provider>`'s `messages` can override, `<widget>.<key>`. */
export function providerMessageKeys(): string[] {
  return Object.entries(widgetMessageCatalogs).flatMap(([widget, catalog]) =>
    Object.keys(catalog.nb).map((key) => `${widget}.${key}`),
  );
}

/** A local catalog as the finder takes it: an array of services or HSDS-style `{ services }`. */
export const catalogSchema = deferred(() => union([array(serviceSchema), object({ services: array(serviceSchema) })]));

/**
 * The whole configuration of `<bsp-provider>` (its `config` property plus `messages`, or its
 * child `<script type="application/json">`). Each widget still validates only its own part, so
 * one bad part never blanks another widget; this schema is for editors (JSON Schema) and the CLI.
 * `$schema` lets an editor find the JSON Schema; the provider ignores it.
 */
export const providerConfigSchema = deferred(() =>
  object({
    $schema: optional(string()),
    municipality: optional(string()),
    directory: optional(directorySchema),
    catalog: optional(catalogSchema),
    procedure: optional(procedureOverlaySchema),
    rolePanelUrl: optional(string()),
    // Any registered language (registerLanguage), so the key is a language code, not a fixed list.
    messages: optional(record(string().check(regex(/^[a-z]{2,3}$/)), record(string(), string()))),
  }),
);

export type ProviderConfig = Infer<typeof providerConfigSchema>;
