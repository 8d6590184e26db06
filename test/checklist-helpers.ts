// What the checklist's browser tests do to it, in one place: answer a question, fill a field,
// press a button by its name, walk to the summary.
import type { BspChildChecklist } from '../packages/checklist/src/child-checklist/child-checklist.js';

export const root = (el: BspChildChecklist): ShadowRoot => el.shadowRoot!;
export const heading = (el: BspChildChecklist): string => root(el).querySelector('#step-heading')!.textContent!.trim();

/** Chooses `value` for the question (`<prefix>-<question>-<value>` ids), in `scope` (a child's card, an embedded form). */
export async function answer(el: BspChildChecklist, questionId: string, value: string, scope: ParentNode = root(el)): Promise<void> {
  const input = [...scope.querySelectorAll('input')].find((i) => i.id.endsWith(`-${questionId}-${value}`));
  if (!input) throw new Error(`no input for ${questionId}=${value}`);
  input.click();
  await el.updateComplete;
}

/** Types `value` into the question's text or date field and commits it (change). */
export async function fill(el: BspChildChecklist, questionId: string, value: string, scope: ParentNode = root(el)): Promise<void> {
  const input = [...scope.querySelectorAll('input')].find((i) => i.id.endsWith(`-${questionId}`))!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Presses the button whose text is `name` (or matches it). */
export async function clickButton(el: BspChildChecklist, name: string | RegExp): Promise<void> {
  const button = [...root(el).querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!)));
  if (!button) throw new Error(`no button ${name}`);
  button.click();
  await el.updateComplete;
}

/** "Neste" until the summary shows (at most eight steps). */
export async function toSummary(el: BspChildChecklist): Promise<void> {
  for (let i = 0; i < 8 && !root(el).querySelector('.note-preview'); i++) await clickButton(el, /^(Neste|Next)$/);
}
