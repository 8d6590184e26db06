import { routineMappingNb } from './mapping-nb.js';
import { routineScreeningNb } from './screening-nb.js';

/**
 * The routine's texts (procedure, legal references, guidance) in bokmål: part 1's and part 2's
 * tables together. Its keys define the area: a key missing here is a type error where it is used.
 */
export const routineNb = { ...routineScreeningNb, ...routineMappingNb };

export type RoutineScreeningContentKey = keyof typeof routineScreeningNb;
export type RoutineMappingContentKey = keyof typeof routineMappingNb;
export type RoutineContentKey = keyof typeof routineNb;
/** Another language's texts: any subset of the keys. */
export type RoutineContent = Partial<Record<RoutineContentKey, string>>;
