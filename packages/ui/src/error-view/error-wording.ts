// Imported on demand (`errorWording`, wording.ts): how to say what is wrong with a property, the provider's
// configuration or its inline JSON, in the reader's words. Loaded only when a check failed.
export { checkHostValue, describeHostConfig, describePath, parseJson } from '@bsp/sdk';
