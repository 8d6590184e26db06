/**
 * One term per concept per language (../shared/reviews/language.md). Each entry is a form the
 * shipped text must not use, with the chosen term; the content tests fail on any of them.
 */
export interface GlossaryRule {
  lang: string;
  /** Matched case-insensitively on word boundaries. */
  wrong: RegExp;
  use: string;
}

export const glossary: readonly GlossaryRule[] = [
  { lang: 'nn', wrong: /\bborn som pårørande\b/i, use: 'barn som pårørande (fixed term)' },
  { lang: 'nn', wrong: /\bhelsepersonelloven\b|\bbarnevernsloven\b|\bspesialisthelsetjenesteloven\b/i, use: 'helsepersonellova, barnevernslova, spesialisthelsetenestelova' },
  { lang: 'nn', wrong: /\bfra\b/i, use: 'frå' },
  { lang: 'nn', wrong: /\bmindreårige barn\b/i, use: 'mindreårige born' },
  { lang: 'en', wrong: /\bjournal\b/i, use: '(patient) record, record entry' },
  { lang: 'en', wrong: /\bhealth station\b/i, use: 'child health centre' },
  { lang: 'en', wrong: /\bfamily council\b/i, use: 'family group conference' },
  { lang: 'en', wrong: /\bcatalog\b/i, use: 'catalogue (UK English)' },
  { lang: 'en', wrong: /\be-mail\b/i, use: 'email' },
  { lang: 'en', wrong: /\bexperience consultant\b/i, use: 'peer consultant' },
  { lang: 'en', wrong: /\bnearest leader\b/i, use: 'line manager' },
  { lang: 'en', wrong: /§/, use: 'section (e.g. "Health Personnel Act section 10 a")' },
  { lang: 'nb', wrong: /\blavterskel veiledning\b/i, use: 'lavterskelveiledning' },
];

/** Internal source references ("002 §3.3.1") must never reach a reader. */
export const SEED_REFERENCE = /\b00\d\b|§\s?\d+\.\d+/;
