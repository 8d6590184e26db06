// Through bsp-all the checklist embeds the consent form in its consent step, as it did when
// bsp-all carried everything: the checklist renders <bsp-consent-form> only when that tag is
// defined (child-checklist.ts, renderStep), so the consent form is defined first. Static
// imports: both chunks are fetched together and run in this order.
import '@bsp/consent/define';
import '@bsp/checklist/define';
