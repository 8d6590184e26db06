// Through bsp-all the checklist embeds the consent form in its consent step, as it did when
// bsp-all carried everything: the checklist renders <bsp-consent-form> only when that tag is
// defined (child-checklist.ts, renderStep), so the consent form is defined first. Static
// imports: both chunks are fetched together and run in this order.
import '@bsp/consent/define';
// Every widget needs Lit and the base element that the provider's chunk (the core) holds: with the
// provider defined here too, a page fetches the core beside this widget's chunk, and the widget
// never loads the provider on demand (packages/ui/src/provider/provider-on-demand.ts).
import '@bsp/ui/define';
import '@bsp/checklist/define';
