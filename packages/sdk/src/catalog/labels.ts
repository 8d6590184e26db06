import { contentKeys, type ContentRef } from '../i18n/lang.js';
import { labelsContent } from './content/index.js';
import { AUDIENCES, FORMATS, SITUATIONS } from './service.js';

// Ids only; the text is in ./content/labels-<lang>.ts (read with `pick`).
const t = contentKeys(labelsContent);
const byId = <Id extends string>(ids: readonly Id[], key: (id: Id) => ContentRef): Record<Id, ContentRef> =>
  Object.fromEntries(ids.map((id) => [id, key(id)])) as Record<Id, ContentRef>;

export const situationLabels = byId(SITUATIONS, (id) => t(`situation.${id}`));
export const audienceLabels = byId(AUDIENCES, (id) => t(`audience.${id}`));
export const formatLabels = byId(FORMATS, (id) => t(`format.${id}`));
/** Plain language for young people themselves (audience="youth"). */
export const situationLabelsYouth = byId(SITUATIONS, (id) => t(`youthSituation.${id}`));
