export { checkText, detectKind, formatProblems, csvRowLines, CONFIG_KINDS, type ConfigKind, type Problem } from './check.js';
export { parseJsonWithLocations, JsonSyntaxError, type LocatedJson, type TextLocation } from './json-locations.js';
export { cliMessages } from './messages.js';
export { main } from './main.js';
