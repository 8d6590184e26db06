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

/** "Barn 1 (eldste, Søsken, 13–15 år)": how a child is named everywhere, at display time only. */
export function childDescription(child: Pick<ChildEntry, 'label' | 'answers'>, index: number, procedure: Procedure, lang: Lang): string {
  const questions = allChildQuestions(procedure);
  const detail = (id: string) => {
    const q = questions.find((x) => x.id === id);
    return q ? answerText(q, ownAnswer(child.answers, id), lang) : undefined;
  };
  const details = [child.label, detail('relation'), detail('age')].filter(Boolean).join(', ');
  return format(checklistUiMessages, lang, 'childDescription', { n: index + 1, details: details || '–' });
}
