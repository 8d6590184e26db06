// What the SDC renderer tests (LHC-Forms, Smart Forms) feed both renderers and how they compare:
// generated responses in every shipped language, completed responses of every shape, and the
// answers as "path = value" lines that must survive a renderer's round trip.
import type { QuestionnaireResponse } from 'fhir/r4.js';
import { randomRecord, twoChildrenRecord } from '../fixtures/checklist-records.js';
import { exampleRecord } from '../../packages/sdk/src/fhir/example.js';
import { defaultProcedure } from '../../packages/sdk/src/routine/procedure.js';
import { emptyRecord, type ChecklistRecord } from '../../packages/sdk/src/routine/record.js';
import { toFhirQuestionnaireResponse } from '../../packages/sdk/src/routine/fhir.js';

export const LANGS = ['nb', 'nn', 'en'] as const;
const AUTHORED = '2026-11-23T10:00:00Z';

type AnyItem = { linkId: string; answer?: Record<string, unknown>[]; item?: AnyItem[] };

/** "path = value" per answer, the child groups numbered, codings by system and code: what must survive the round trip. */
export function answerLines(items: unknown[] = [], path = ''): string[] {
  const seen = new Map<string, number>();
  return (items as AnyItem[]).flatMap((item) => {
    const n = (seen.get(item.linkId) ?? 0) + 1;
    seen.set(item.linkId, n);
    const here = `${path}/${item.linkId}[${n}]`;
    const own = (item.answer ?? []).map((a) => {
      const [key, value] = Object.entries(a).find(([k]) => k.startsWith('value'))!;
      return `${here} = ${key}:${JSON.stringify(key === 'valueCoding' ? { system: (value as { system: string }).system, code: (value as { code: string }).code } : value)}`;
    });
    return [...own, ...answerLines(item.item, here), ...(item.answer ?? []).flatMap((a) => answerLines((a as { item?: AnyItem[] }).item, here))];
  });
}

/** Responses of generated records (and the named two-children record) in nb, nn and en. */
export function generatedResponses(count: number, seed = 500): { name: string; response: QuestionnaireResponse }[] {
  const records = [twoChildrenRecord(), ...Array.from({ length: count }, (_, i) => randomRecord(seed + i))];
  return records.flatMap((record, i) =>
    LANGS.map((lang) => ({ name: `record ${i} (${record.children.length} children) in ${lang}`, response: toFhirQuestionnaireResponse(record, defaultProcedure, lang, { authored: AUTHORED }) })),
  );
}

const screenedNo = { hasChildren: 'no', childWithoutCareNow: 'no', neglectConcern: 'no', triggers: ['none'], interpreter: 'no' };

/**
 * Responses the SDK marks `completed`, of every shape: part 2 open with a child, part 2 closed
 * (no children; children but nothing in the situation calls for part 2), and generated records
 * that pass the review, each in nb, nn and en.
 */
export function completedResponses(generated = 4): { name: string; response: QuestionnaireResponse }[] {
  const named: [string, ChecklistRecord][] = [
    ['one child, referral', exampleRecord()],
    ['no children', { ...emptyRecord(), answers: screenedNo }],
    ['children, no trigger', { ...emptyRecord(), answers: { ...screenedNo, hasChildren: 'yes' } }],
  ];
  const found: [string, ChecklistRecord][] = [];
  for (let seed = 1; seed < 3000 && found.length < generated; seed++) {
    const record = randomRecord(seed);
    if (toFhirQuestionnaireResponse(record, defaultProcedure, 'nb', { authored: AUTHORED }).status === 'completed') found.push([`generated ${seed}`, record]);
  }
  return [...named, ...found].flatMap(([name, record]) =>
    LANGS.map((lang) => ({ name: `${name} in ${lang}`, response: toFhirQuestionnaireResponse(record, defaultProcedure, lang, { authored: AUTHORED }) })),
  );
}
