import { defineElement } from '@bsp/ui';
import { BspConsentForm } from './consent-form/consent-form.js';

export * from './index.js';

defineElement('bsp-consent-form', BspConsentForm);

declare global {
  interface HTMLElementTagNameMap {
    'bsp-consent-form': BspConsentForm;
  }
}
