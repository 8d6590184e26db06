/**
 * Which format catalog text is in, from the text itself (not the file name or Content-Type,
 * which hosts get wrong): JSON starts with `{` or `[` after a BOM and whitespace; anything else
 * is read as CSV. Text only, so a widget that sniffs text it already has does not carry the
 * byte decoding (`sniffCatalogFormat` decodes bytes, then asks this).
 */
export function catalogTextFormat(text: string): 'json' | 'csv' {
  const first = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}
