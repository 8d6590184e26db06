/**
 * Links from host data are allowed only as http(s), tel: or mailto:. Anything else
 * (javascript:, data:, vbscript:, relative tricks) is refused: the value becomes undefined.
 */
export function safeHref(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  // Control characters and whitespace inside a scheme are a classic filter bypass.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      new URL(trimmed);
      return trimmed;
    } catch {
      return undefined;
    }
  }
  if (scheme === 'tel' || scheme === 'mailto') return trimmed;
  return undefined;
}

/** A phone number as a tel: link (digits and a leading +). */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** Lower-case, strip diacritics, fold æ/ø/å variants: for matching Norwegian text typed any way. */
export function normalizeText(value: string): string {
  return value
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/aa/g, 'a')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A safe link, or an in-page `#anchor` (e.g. where "who do I ask?" sits on the same page). */
export function safeHrefOrAnchor(value: string | undefined | null): string | undefined {
  if (value && /^#[\w-]+$/.test(value.trim())) return value.trim();
  return safeHref(value);
}
