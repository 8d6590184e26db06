// Compile-time only (npm run typecheck; nothing imports it): the hand-written types shipped
// beside dist/bsp-all.js (packages/cdn/types/bsp-all.d.ts) must equal what bsp-all.ts exports.
import type * as declared from '../types/bsp-all.js';
import type * as actual from './bsp-all.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exact: [Same<typeof declared.load, typeof actual.load>, Same<typeof declared.observe, typeof actual.observe>] = [true, true];
void exact;
