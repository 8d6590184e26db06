// Types for chromium.mjs, so TypeScript tests can share its one list of flags.
export const chromiumPath: string;
export const chromiumArgs: string[];
