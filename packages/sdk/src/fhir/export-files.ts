// The shipped definitions carry every shipped language: nynorsk and English content registered
// statically (a widget's bundle loads one language on demand; this module is for export).
import '../languages/nn.js';
import '../languages/en.js';
import { defaultProcedure } from '../routine/procedure.js';
import { exampleBundle } from './example.js';
import { questionnaireFor } from './questionnaire.js';
import { toFhirCodeSystems, toFhirValueSets, type FhirDefinitionOptions } from './terminology.js';

/** File name → JSON text of every definition the SDK ships, plus the example Bundle. */
export function fhirExportFiles(options: FhirDefinitionOptions = {}): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files: Record<string, string> = {};
  for (const resource of [questionnaireFor(defaultProcedure, options), ...toFhirCodeSystems(defaultProcedure, options), ...toFhirValueSets(defaultProcedure, options)]) {
    files[`${resource.resourceType}-${resource.id}.json`] = json(resource);
  }
  if (!options.fhirBase) files['examples/Bundle-example.json'] = json(exampleBundle());
  return files;
}
