/**
 * What `lang` accepts on a widget and on `<bsp-provider>`: the shipped languages autocomplete,
 * and any code a host registered with `registerLanguage` (@bsp/sdk) type-checks too
 * (`string & {}` keeps editors from collapsing the literals into `string`). The manifest and the
 * React/Vue types show this same text: the manifest plugin expands the name from this file.
 */
export type WidgetLang = 'nb' | 'nn' | 'en' | (string & {});
