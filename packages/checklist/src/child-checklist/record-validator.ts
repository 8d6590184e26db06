// Imported on demand (child-checklist.ts, `checklistValidator`): zod, the record's and the
// overlay's schemas stay out of the checklist's first load, as most pages hand it no data. The
// records the widget builds itself are valid by construction (SDK: routine/record-schema.test.ts).
export { applyOverlay, findingsDetail, readChecklistRecord } from '@bsp/sdk';
