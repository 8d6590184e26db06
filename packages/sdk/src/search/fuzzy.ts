/**
 * Typo tolerance for the word search: the optimal-string-alignment distance (Levenshtein plus
 * the swap of two neighbouring letters as one edit), so "psyksik" finds "psykisk" and "alkohl"
 * finds "alkohol". A plain Levenshtein bound of 1 (MiniSearch's `fuzzy: 0.2` on a 7-letter
 * word) counts a swap as two edits and misses them (shared/TOOLCHAIN.md).
 */

/** Edits a word of this length may carry: none under 5 letters (too many short words are one edit apart). */
export function allowedEdits(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** The distance between `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}

/**
 * The known words nearest to `word` within its allowed edits (all of them at the smallest
 * distance), or none. `known` is every word a search can match (the catalog's vocabulary).
 */
export function nearestWords(word: string, known: readonly string[]): string[] {
  const max = allowedEdits(word.length);
  if (!max) return [];
  let best = max + 1;
  let found: string[] = [];
  for (const candidate of known) {
    if (Math.abs(candidate.length - word.length) > best || candidate.length < 4) continue;
    const d = editDistance(word, candidate, Math.min(max, best));
    if (d < best) {
      best = d;
      found = [candidate];
    } else if (d === best && d <= max && !found.includes(candidate)) {
      found.push(candidate);
    }
  }
  return best <= max ? found : [];
}
