import { catalogTextFormat } from './catalog-format.js';

/**
 * Catalog files arrive as bytes from a host or a `src` fetch. Norwegian spreadsheets are often
 * saved as Windows-1252 ("CSV (semikolondelt)" in Excel), which read as UTF-8 turns æ, ø, å into
 * U+FFFD. UTF-8 is tried first (strictly); anything that is not valid UTF-8 is read as
 * Windows-1252, which every byte sequence is.
 */
export type CatalogBytes = Uint8Array | ArrayBuffer;

// Windows-1252 0x80–0x9F (the WHATWG encoding standard's index); 0 marks the five unassigned bytes.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 with our own table: engines differ on 0x80–0x9F (some give C1 controls). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/** Bytes to text: strict UTF-8 (a BOM is dropped), else Windows-1252. */
export function decodeCatalogBytes(input: CatalogBytes): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

const isBytes = (input: unknown): input is CatalogBytes => input instanceof Uint8Array || input instanceof ArrayBuffer;

/** Text as given, or bytes decoded. */
export function catalogText(input: string | CatalogBytes): string {
  return isBytes(input) ? decodeCatalogBytes(input).text : input;
}

/** Which format catalog content is in (`catalogTextFormat`), bytes decoded first. */
export function sniffCatalogFormat(content: string | CatalogBytes): 'json' | 'csv' {
  return catalogTextFormat(isBytes(content) ? decodeCatalogBytes((content instanceof Uint8Array ? content : new Uint8Array(content)).subarray(0, 4096)).text : content);
}
