/**
 * Layout classes a widget may use (markup documented in CONTRIBUTING.md, "Shared classes"), one
 * module per class (a module no widget imports stays out of its bundle), so that each widget's
 * `static styles` carries only the ones its templates use:
 * - `.segmented`: radio inputs, each inside its `<label>`, shown as one segmented control;
 * - `.stepper`: an `<ol>` of steps, `aria-current="step"` on the current `<li>`, completed steps
 *   hold a `<button>`, upcoming steps plain text;
 * - `.card` with `.card-summary` (and `.card-body`): a `<details>` that summarises itself in one
 *   line when closed; `.card` on a `<div>` is a plain card;
 * - `.banner`: a persistent critical notice (`.banner.warning` for a lesser one).
 * In print the chosen answer is dark text with its check mark: paper drops backgrounds.
 * Built from Designsystemet's public anatomy (toggle group, card, alert), not its code.
 */
import { bannerStyles } from './banner.styles.js';
import { cardStyles } from './card.styles.js';
import { segmentedStyles } from './segmented.styles.js';
import { stepperStyles } from './stepper.styles.js';

export { bannerStyles, cardStyles, segmentedStyles, stepperStyles };

/** Every shared class (the design fixture, and a host element that wants them all). */
export const sharedClassStyles = [segmentedStyles, stepperStyles, cardStyles, bannerStyles];
