/**
 * A code in printable ASCII for an answer value ('0–2' → '0-2', 'Søsken' → 'Sosken'), so it
 * survives every EPJ's code columns. Distinct values must stay distinct: `answerCodes`
 * refuses a list where they would not.
 */
export function asciiCode(value: string): string {
  const code = value
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return code || 'x';
}
