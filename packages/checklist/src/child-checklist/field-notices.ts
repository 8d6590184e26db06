import type { ChecklistRecord, Lang, MessageOverrides, Procedure } from '@bsp/sdk';

type Output = typeof import('./checklist-output.js');

/** A child's field's warnings (undefined: the field never has any). */
export type FieldNotices = (questionId: string, childId: string) => readonly string[] | undefined;

/**
 * The warnings shown at a child's field the moment the answer is given (issue 27): follow-up
 * chosen at a service whose consent is refused, withdrawn or not registered. The SDK's
 * `followUpConsentIssues` decides (the review lists the same issues); the words come with part 2.
 */
export function fieldNotices(output: Output | undefined, record: ChecklistRecord, procedure: Procedure, lang: Lang, overrides?: MessageOverrides): FieldNotices {
  if (!output) return () => undefined;
  const issues = output.followUpConsentIssues(record, procedure);
  return (questionId, childId) =>
    questionId === 'followUpWhere' ? issues.filter((i) => i.childId === childId && i.questionId === questionId).map((i) => output.fieldWarningMessage(i, lang, overrides)) : undefined;
}
