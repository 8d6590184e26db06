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
  /** The file's encoding, decided once for the whole file. */
  encoding: 'utf-8' | 'windows-1252';
  /**
   * Some lines are in the other encoding: their characters are U+FFFD in `text`, so the rows
   * holding them are refused by name (`csvOtherEncoding`) rather than read wrongly.
   */
  mixed: boolean;
}

const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Valid UTF-8 multi-byte sequences and stray bytes ≥ 0x80 (not part of one), per line. */
function countSequences(line: Uint8Array): { utf8: number; stray: number } {
  let utf8 = 0;
  let stray = 0;
  for (let i = 0; i < line.length; i++) {
    const b = line[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= line.length;
    for (let k = 1; valid && k < length; k++) valid = (line[i + k]! & 0xc0) === 0x80;
    if (valid) {
      utf8++;
      i += length - 1;
    } else stray++;
  }
  return { utf8, stray };
}

/**
 * Bytes to text. Valid UTF-8 (a BOM is dropped) is UTF-8. Otherwise the file's encoding is
 * decided once, by what most of its non-ASCII characters are: UTF-8 sequences or other bytes
 * (Windows-1252, what Excel's "CSV (semikolondelt)" writes). Lines in the other encoding are not
 * re-read in it: their non-ASCII characters become U+FFFD and `mixed` is set, so one stray
 * Windows-1252 byte never turns a UTF-8 file's "Støtte" into "StÃ¸tte" without a word.
 */
export function decodeCatalogBytes(input: CatalogBytes): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  try {
    return { text: strictUtf8().decode(bytes), encoding: 'utf-8', mixed: false };
  } catch {
    // Not UTF-8 as a whole: look line by line.
  }
  const lines: Uint8Array[] = [];
  for (let start = 0; start <= bytes.length; ) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end + 1;
    lines.push(bytes.subarray(start, stop));
    start = stop;
    if (end < 0) break;
  }
  const counts = lines.map(countSequences);
  const utf8 = counts.reduce((n, c) => n + c.utf8, 0);
  const stray = counts.reduce((n, c) => n + c.stray, 0);
  const encoding = utf8 > stray ? 'utf-8' : 'windows-1252';
  let mixed = false;
  const text = lines
    .map((line, i) => {
      const { utf8: own, stray: other } = counts[i]!;
      if (encoding === 'utf-8') {
        if (other) mixed = true;
        return new TextDecoder('utf-8').decode(line); // stray bytes become U+FFFD
      }
      if (!own) return decodeWindows1252(line);
      mixed = true;
      return decodeWindows1252(line).replace(/[^\x00-\x7f]/g, '\uFFFD');
    })
    .join('');
  return { text, encoding, mixed };
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
