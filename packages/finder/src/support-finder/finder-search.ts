// Imported on demand (support-finder.ts, `finderSearch`): the word index, synonyms and scoring
// of the text search. A finder's first render filters by facets only; this loads right after it
// (the index is built in idle steps) or at once when the first render has a query.
export { prepareSearch, querySaysSomething, queryScores } from '@bsp/sdk';
