/**
 * Links from host data are allowed only as http(s), tel: or mailto:. Anything else
 * (javascript:, data:, vbscript:, relative tricks) is refused: the value becomes undefined.
 * An http(s) link with a user name or password (`https://helsenorge.no@evil.example/` goes to
 * evil.example while it reads as helsenorge.no) is refused; `tel:` must hold a phone number and
 * `mailto:` an address, so neither carries arbitrary text. `SAFE_LINK_PATTERN` says the same for
 * JSON Schema (editors), and a test holds the two together.
 */
export function safeHref(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  // Control characters and whitespace inside a scheme are a classic filter bypass.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    // Userinfo is refused on the text too: URL parsing folds `https://a@b` into a host quietly.
    if (!HTTP_LINK.test(trimmed)) return undefined;
    try {
      const url = new URL(trimmed);
      return url.username || url.password ? undefined : trimmed;
    } catch {
      return undefined;
    }
  }
  if (scheme === 'tel') return TEL_LINK.test(trimmed) ? trimmed : undefined;
  if (scheme === 'mailto') return MAILTO_LINK.test(trimmed) ? trimmed : undefined;
  return undefined;
}

// One source for the runtime check and the JSON Schema patterns (ECMAScript syntax, no flags).
// Host: no character WHATWG URL forbids in a host (so URL parsing cannot fail on it), a port of digits.
const HTTP = '[hH][tT][tT][pP][sS]?://[^/?#@\\s\\\\:%<>\\[\\]^|]+(?::[0-9]{0,5})?(?:[/?#][^\\s]*)?';
const TEL = '[tT][eE][lL]:\\+?[0-9][0-9 ().-]{1,29}';
const MAILTO = '[mM][aA][iI][lL][tT][oO]:[^\\s@,;:<>"/?]+@[^\\s@,;:<>"/?]+\\.[^\\s@,;:<>"/?]+(?:\\?[^\\s]*)?';
/** An http(s) link without user name or password, as a JSON Schema `pattern`. */
export const HTTP_LINK_PATTERN = `^${HTTP}$`;
/** Any link `safeHref` accepts (http(s), tel:, mailto:), as a JSON Schema `pattern`. */
export const SAFE_LINK_PATTERN = `^(?:${HTTP}|${TEL}|${MAILTO})$`;
const HTTP_LINK = new RegExp(HTTP_LINK_PATTERN);
const TEL_LINK = new RegExp(`^${TEL}$`);
const MAILTO_LINK = new RegExp(`^${MAILTO}$`);

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
