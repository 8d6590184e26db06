import { mappingPart } from './parts/mapping-part.js';
import { screeningPart } from './parts/screening-part.js';
import { composeProcedure, type Procedure } from './procedure.js';

/** The national default procedure (002 §4.3.1, §5.3.1–5.3.3; 000; TrygtBarn's two parts, 003). */
export const defaultProcedure: Procedure = /* @__PURE__ */ composeProcedure(screeningPart, mappingPart);
