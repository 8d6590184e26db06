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
  // One term per concept (language review, second pass: rows 26, 30, 31, 32, 39, 40, 41).
  { lang: 'en', wrong: /\bchild responsible\b/i, use: 'child-responsible staff member' },
  { lang: 'en', wrong: /\bunit directory\b/i, use: 'the list of units' },
  { lang: 'en', wrong: /\bfamily help\b/i, use: 'family support service' },
  { lang: 'en', wrong: /\bconsent for the\b/i, use: 'consent to share information with' },
  { lang: 'nb', wrong: /\bfor signatur\b/i, use: 'for underskrift' },
  { lang: 'nb', wrong: /\btrinn\b/i, use: 'steg' },
  { lang: 'nn', wrong: /vegleia/i, use: 'rettleiar, rettleiing' },
  // \b is ASCII-only: «òg» starts with a letter JS does not count as a word character.
  { lang: 'nn', wrong: /(?<!\p{L})òg(?!\p{L})/iu, use: 'også' },
];

/** Internal source references ("002 §3.3.1") must never reach a reader. */
export const SEED_REFERENCE = /\b00\d\b|§\s?\d+\.\d+/;
