/**
 * A test-only element showing every shared class (baseStyles, choiceStyles and the layout
 * classes' sheets) in its typical states, for the design tests (packages/ui/src/styles/*.test.ts)
 * and the design screenshots (scripts/screenshot-design.mjs). Not a widget: it extends LitElement
 * only to get the sheets into a shadow root as the widgets do.
 */
import { LitElement, html } from 'lit';
import { baseStyles } from '../packages/ui/src/styles/base.styles.js';
import { choiceStyles } from '../packages/ui/src/styles/choice.styles.js';
import { sharedClassStyles } from '../packages/ui/src/styles/shared-classes.styles.js';
import { defineElement } from '../packages/ui/src/utils/define-element.js';

export const FIXTURE_TAG = 'bsp-shared-classes-fixture';

export class BspSharedClassesFixture extends LitElement {
  static override styles = [baseStyles, choiceStyles, sharedClassStyles];
  static override properties = { answerLabels: { attribute: false } };

  /** Labels of the segmented control; tests pass long or hostile ones. */
  answerLabels: readonly string[] = ['Ja', 'Nei', 'Vet ikke'];

  protected override render() {
    return html`<h2>Barn som pårørende</h2>
      <ol class="stepper" aria-label="Steg">
        <li><button type="button">Pasient</button></li>
        <li><button type="button">Barn</button></li>
        <li aria-current="step">Samtale</li>
        <li>Samtykke</li>
        <li>Notat</li>
      </ol>
      <div class="banner" role="note">
        <strong class="banner-title">Barnet kan være i fare</strong>
        <p>Meld bekymring til barnevernet nå (opplysningsplikt).</p>
      </div>
      <div class="banner warning" role="note"><p>Opplysningene er ikke lagret.</p></div>
      <fieldset aria-describedby="help-children">
        <legend>Har pasienten barn under 18 år?</legend>
        <p class="help" id="help-children">Også stebarn og fosterbarn.</p>
        <div class="segmented">
          ${this.answerLabels.map(
            (label, i) => html`<label><input type="radio" name="children" value=${i} ?checked=${i === 0} />${label}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>Bor barnet sammen med pasienten?</legend>
        <div class="segmented">
          ${this.answerLabels.map((label, i) => html`<label><input type="radio" name="lives" value=${i} />${label}</label>`)}
        </div>
      </fieldset>
      <details class="card" open>
        <summary class="card-summary">Barn 1 <span class="card-meta">8 år · informert</span></summary>
        <div class="card-body">
          <fieldset>
            <legend>Hvem har snakket med barnet?</legend>
            <div class="choice"><input type="radio" id="who-nurse" name="who" checked /><label for="who-nurse">Sykepleier</label></div>
            <div class="choice"><input type="radio" id="who-doctor" name="who" /><label for="who-doctor">Lege</label></div>
          </fieldset>
          <fieldset>
            <legend>Tiltak</legend>
            <div class="choice"><input type="checkbox" id="m-talk" checked /><label for="m-talk">Samtale med barnet</label></div>
            <div class="choice"><input type="checkbox" id="m-info" /><label for="m-info">Informasjon til foreldre</label></div>
          </fieldset>
          <label for="note">Merknad</label>
          <input id="note" type="text" value="Ingen" />
        </div>
      </details>
      <details class="card">
        <summary class="card-summary">Barn 2 <span class="card-meta">14 år · ikke ferdig</span></summary>
        <div class="card-body"><p>Innhold</p></div>
      </details>
      <div class="card">
        <h3>Veiledning</h3>
        <p>Les mer om <a href="#rutine">rutinen</a>.</p>
      </div>
      <p class="notice">Informasjon til barnet.</p>
      <p class="notice warning">Husk samtykke.</p>
      <p class="notice danger">Noe gikk galt.</p>
      <div>
        <button type="button">Neste</button>
        <button type="button" class="secondary">Tilbake</button>
        <button type="button" class="link">Skriv ut</button>
      </div>`;
  }
}

defineElement(FIXTURE_TAG, BspSharedClassesFixture);

declare global {
  interface HTMLElementTagNameMap {
    'bsp-shared-classes-fixture': BspSharedClassesFixture;
  }
}
