// "Did you mean …?" for a key nobody knows: one rule for every municipal input, the CLI and the
// provider's wording of its unknown keys alike. Plain code, no zod.

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[s.length]![t.length]!;
}

/**
 * The known key a typo most likely means: the closest within a third of its length (at least 1,
 * at most 3 edits), or one that differs only in case, `_`/`-` or spaces. None when two are
 * equally close (a guess would mislead) or the key is long (a pasted text, not a typo).
 */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 60) return undefined;
  const squash = (k: string) => k.toLowerCase().replace(/[\s_-]/g, '');
  const same = known.filter((k) => squash(k) === squash(key));
  if (same.length === 1) return same[0];
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of known) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best && !tie ? best : undefined;
}
