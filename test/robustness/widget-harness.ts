/**
 * Runs fuzz cases against widgets in the browser. One case is one entry point (a property,
 * an attribute, the provider's inline JSON) with many generated inputs. For every input:
 * - giving it to the widget does not throw, and nothing throws later (window `error`) or
 *   rejects unhandled (`unhandledrejection`);
 * - the widget is not blank: it shows visible text (content or the error view);
 * - an invalid input is reported with `bsp-error` naming a path the case expects.
 * Other lanes add cases with `runWidgetCases` (export, table-driven: see widgets.cases.ts).
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { BspErrorDetail, BspIssue } from '@bsp/sdk';
import type { Hostile, Path } from './hostile.js';

export interface CaseInput extends Hostile {
  /** Where a mutated sample was changed (see `mutations`). */
  path?: Path;
  /** Whether the input must be refused; when not given, the case's `invalid` decides. */
  surelyInvalid?: boolean;
  /** The path prefix the bsp-error must name for this input, when it differs per input. */
  expectPath?: string;
}

export interface WidgetCase {
  /** What is fuzzed, e.g. "<bsp-role-panel> view attribute". */
  name: string;
  /** A valid widget (or a provider holding one), made fresh for each input. */
  render: () => TemplateResult;
  /** The widget to watch, when `render` gives a wrapper (a provider); looked up after `apply`. */
  widget?: (root: HTMLElement) => HTMLElement;
  inputs: () => CaseInput[];
  /** Gives the widget (or the wrapper) one input. */
  apply: (root: HTMLElement, value: unknown) => void | Promise<void>;
  /** Whether this input must be reported with bsp-error. Default: `surelyInvalid`, else true. */
  invalid?: (input: CaseInput) => boolean;
  /** Whether an issue names the right place. Default: its path starts with `property`. */
  names?: (issue: BspIssue, input: CaseInput) => boolean;
  /** The property or attribute name the default `names` looks for. */
  property?: string;
}

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * One macrotask, through a MessageChannel: timers are throttled in a page the runner keeps in
 * the background (two test files run at once), message events are not.
 */
const settle = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });

async function settled(el: Updatable): Promise<void> {
  for (let n = 0; n < 2; n++) {
    await el.updateComplete;
    await settle();
  }
}

/** The text a reader sees in the widget (shadow content, rendered, without hidden parts). */
export function visibleText(el: HTMLElement): string {
  const base = el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  return (base?.innerText ?? '').trim();
}

/** Total inputs tried by every case run so far (for the README figure). */
export const widgetTries = { count: 0 };

/** Gives one input to a fresh widget and lists what went wrong (empty when all invariants hold). */
async function tryInput(widgetCase: WidgetCase, input: CaseInput): Promise<string[]> {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => {
    problems.push(`uncaught: ${event.message}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    problems.push(`unhandled rejection: ${String(event.reason)}`);
    event.preventDefault();
  };
  const errors: BspErrorDetail[] = [];
  const onBspError = (event: Event) => errors.push((event as CustomEvent<BspErrorDetail>).detail);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const root = await fixture<Updatable>(widgetCase.render());
    await settled(widgetCase.widget?.(root) ?? root);
    document.addEventListener('bsp-error', onBspError);
    try {
      await widgetCase.apply(root, input.value);
    } catch (error) {
      problems.push(`apply threw: ${error instanceof Error ? error.message : 'a non-Error'}`);
    }
    await settled(root);
    const el: Updatable = widgetCase.widget?.(root) ?? root;
    await settled(el);
    if (!visibleText(el)) problems.push('blank widget');
    const mustReport = widgetCase.invalid?.(input) ?? input.surelyInvalid ?? true;
    if (mustReport) {
      const names = widgetCase.names ?? ((issue: BspIssue) => issue.path.startsWith(input.expectPath ?? widgetCase.property ?? ''));
      const issues = errors.flatMap((e) => e.issues);
      if (!errors.length) problems.push('no bsp-error');
      else if (!issues.some((issue) => names(issue, input))) problems.push(`bsp-error names ${issues.map((i) => i.path).join(', ') || 'no path'}`);
    }
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('bsp-error', onBspError);
    fixtureCleanup();
    widgetTries.count++;
  }
  return problems;
}

/** One mocha test per input (a slow machine cannot time out a whole case), grouped by case. */
export function runWidgetCases(title: string, cases: readonly WidgetCase[]): void {
  describe(title, () => {
    for (const widgetCase of cases) {
      describe(widgetCase.name, () => {
        for (const [n, input] of widgetCase.inputs().entries()) {
          it(`${n + 1}: ${input.label}`, async () => {
            expect(await tryInput(widgetCase, input)).to.deep.equal([]);
          });
        }
      });
    }
  });
}
