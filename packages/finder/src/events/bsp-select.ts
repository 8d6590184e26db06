export interface FinderSelectDetail {
  id: string;
  name: string;
  url?: string;
}

/** A service was opened in the finder (detail: which one; never who looked). */
export class BspSelectEvent extends CustomEvent<FinderSelectDetail> {
  constructor(detail: FinderSelectDetail) {
    super('bsp-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bsp-select': BspSelectEvent;
  }
}
