/**
 * An anonymous usage count. It names what happened, never what was answered:
 * leaders get figures (how often the checklist is used, children identified, follow-up
 * planned), never personal or health data (DOMAIN §9).
 */
export interface BspMetric {
  widget: 'role-panel' | 'checklist' | 'consent' | 'finder';
  name: string;
  /** How many (default 1). */
  count?: number;
}

/** A host-supplied function that receives metrics; the widgets never send them anywhere. */
export type MetricsSink = (metric: BspMetric) => void;
