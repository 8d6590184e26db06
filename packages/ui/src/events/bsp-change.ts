import type { ChecklistRecord, ConsentRecord } from '@bsp/sdk';

/** The record each widget sends with `bsp-change`, by the widget's name in `detail.widget`. */
export interface BspChangeRecords {
  checklist: ChecklistRecord;
  consent: ConsentRecord;
}

/** The widgets that dispatch `bsp-change`. */
export type BspChangeWidget = keyof BspChangeRecords;

/**
 * `bsp-change` detail, narrowed by `widget`: `if (detail.widget === 'consent') detail.record…`.
 * A union because the event bubbles out of shadow roots: a listener on the checklist also hears
 * the consent form the checklist embeds. `BspChangeDetail<'consent'>` is one widget's detail.
 */
export type BspChangeDetail<W extends BspChangeWidget = BspChangeWidget> = {
  [Widget in W]: {
    widget: Widget;
    /** The whole, validated record after the change. */
    record: BspChangeRecords[Widget];
  };
}[W];

/** A widget's record changed (checklist answers, consent entries). */
export class BspChangeEvent extends CustomEvent<BspChangeDetail> {
  constructor(detail: BspChangeDetail) {
    super('bsp-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bsp-change': BspChangeEvent;
  }
}
