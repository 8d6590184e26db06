import { pick, type Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import type { Answer, ChildEntry } from './record.js';
import type { Procedure, Question } from './procedure.js';
import { allChildQuestions } from './procedure.js';
import { ownAnswer } from './condition.js';
import { checklistUiMessages } from './translations/ui.js';

/** An answer as readable text in the language: option labels, yes/no, dates as given. */
export function answerText(question: Question, answer: Answer | undefined, lang: Lang): string | undefined {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && !answer.length)) return undefined;
  const values = Array.isArray(answer) ? answer : [answer];
  if (question.type === 'yesno') return values.map((v) => format(checklistUiMessages, lang, v === 'yes' ? 'yes' : 'no')).join(', ');
  const label = (v: string) => {
    const option = question.options?.find((o) => o.value === v);
    return option ? (pick(option.label, lang)) : v;
  };
  return values.map(label).join(', ');
}

/**
 * What names a child, as parts in the language: its label, relation and age group, each only when
 * given. Views compose from these parts (never by parsing a formatted text, whose shape a
 * registered language may change).
 */
export interface ChildDetails {
  label?: string;
  relation?: string;
  age?: string;
}

export function childDetails(child: Pick<ChildEntry, 'label' | 'answers'>, procedure: Procedure, lang: Lang): ChildDetails {
  const questions = allChildQuestions(procedure);
  const detail = (id: string) => {
    const q = questions.find((x) => x.id === id);
    return q ? answerText(q, ownAnswer(child.answers, id), lang) : undefined;
  };
  const details: ChildDetails = {};
  if (child.label) details.label = child.label;
  const relation = detail('relation');
  if (relation) details.relation = relation;
  const age = detail('age');
  if (age) details.age = age;
  return details;
}

/** The details joined for a sentence ("eldste, Søsken, 13–15 år"), empty when none is given. */
export function childDetailsText(details: ChildDetails): string {
  return [details.label, details.relation, details.age].filter(Boolean).join(', ');
}

/** "Barn 1 (eldste, Søsken, 13–15 år)": how a child is named everywhere, at display time only. */
export function childDescription(child: Pick<ChildEntry, 'label' | 'answers'>, index: number, procedure: Procedure, lang: Lang): string {
  const details = childDetailsText(childDetails(child, procedure, lang));
  return format(checklistUiMessages, lang, 'childDescription', { n: index + 1, details: details || '–' });
}
