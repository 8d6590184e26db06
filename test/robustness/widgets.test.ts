// The widget fuzz suite: every case in widgets.cases.ts, in headless Chromium.
import '@bsp/role-panel/define';
import '@bsp/checklist/define';
import '@bsp/consent/define';
import '@bsp/finder/define';
import { checklistCases, consentCases, finderCases, providerCases, rolePanelCases, sharedPropertyCases } from './widgets.cases.js';
import { runWidgetCases, widgetTries } from './widget-harness.js';

runWidgetCases('shared properties of every widget (base element)', sharedPropertyCases);
runWidgetCases('provider: inline JSON and properties', providerCases);
runWidgetCases('role panel: public properties and attributes', rolePanelCases);
runWidgetCases('support finder: public properties and attributes', finderCases);
runWidgetCases('checklist: record, overlay, properties and attributes', checklistCases);
runWidgetCases('consent form: record, children, properties and attributes', consentCases);

after(() => console.log(`widget fuzz tries: ${widgetTries.count}`));
