import { contentKeys, type Text } from '../i18n/lang.js';
import { rolesContent } from './content/index.js';

/** The roles in the routine for children as next of kin (DOMAIN §3). */
export const ROLE_IDS = [
  'helsepersonell',
  'annet-personell',
  'barneansvarlig',
  'enhetsleder',
  'avdelingsleder',
  'kommunal-koordinator',
  'barnekoordinator',
  'fastlege',
  'helsestasjon',
  'familiesenter',
  'barnehage-skole',
  'barnevern',
  'ppt',
  'spesialisthelsetjeneste',
  'erfaringskonsulent',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface Role {
  id: RoleId;
  name: Text;
  summary: Text;
  /** What the role does. */
  does: Text[];
  /** What the role does not do: the audit found roles were unclear (002 §3.3). */
  doesNot: Text[];
  /** Law or source the role rests on, in the reader's language. */
  legalBasis?: Text;
}

/** Structure and ids only; the text is in ./content/<lang>.ts (read with `pick`). */
const t = contentKeys(rolesContent);

export const defaultRoles: readonly Role[] = [
  {
    id: 'helsepersonell',
    name: t('helsepersonell.name'),
    summary: t('helsepersonell.summary'),
    does: [t('helsepersonell.does.1'), t('helsepersonell.does.2'), t('helsepersonell.does.3'), t('helsepersonell.does.4')],
    doesNot: [t('helsepersonell.doesNot.1')],
    legalBasis: t('helsepersonell.legalBasis'),
  },
  {
    id: 'annet-personell',
    name: t('annet-personell.name'),
    summary: t('annet-personell.summary'),
    does: [t('annet-personell.does.1'), t('annet-personell.does.2')],
    doesNot: [],
    legalBasis: t('annet-personell.legalBasis'),
  },
  {
    id: 'barneansvarlig',
    name: t('barneansvarlig.name'),
    summary: t('barneansvarlig.summary'),
    does: [t('barneansvarlig.does.1'), t('barneansvarlig.does.2'), t('barneansvarlig.does.3'), t('barneansvarlig.does.4'), t('barneansvarlig.does.5')],
    doesNot: [t('barneansvarlig.doesNot.1'), t('barneansvarlig.doesNot.2')],
    legalBasis: t('barneansvarlig.legalBasis'),
  },
  // Both leader roles are described in one agency's role description (Bergen EPHRT, seeds/002 l.800-816), not in the cross-agency procedure.
  {
    id: 'enhetsleder',
    name: t('enhetsleder.name'),
    summary: t('enhetsleder.summary'),
    does: [t('enhetsleder.does.1'), t('enhetsleder.does.2'), t('enhetsleder.does.3')],
    doesNot: [],
    legalBasis: t('enhetsleder.legalBasis'),
  },
  // Both leader roles are described in one agency's role description (Bergen EPHRT, seeds/002 l.800-816), not in the cross-agency procedure.
  {
    id: 'avdelingsleder',
    name: t('avdelingsleder.name'),
    summary: t('avdelingsleder.summary'),
    does: [t('avdelingsleder.does.1'), t('avdelingsleder.does.2')],
    doesNot: [],
    legalBasis: t('avdelingsleder.legalBasis'),
  },
  // The sources give the coordinator the municipality's work and the cross-agency procedure (seeds/002 l.531-539, 655-663); who to ask when a unit has no barneansvarlig is the panel's own logic.
  {
    id: 'kommunal-koordinator',
    name: t('kommunal-koordinator.name'),
    summary: t('kommunal-koordinator.summary'),
    does: [t('kommunal-koordinator.does.3')],
    doesNot: [],
    legalBasis: t('kommunal-koordinator.legalBasis'),
  },
  {
    id: 'barnekoordinator',
    name: t('barnekoordinator.name'),
    summary: t('barnekoordinator.summary'),
    does: [t('barnekoordinator.does.1')],
    doesNot: [t('barnekoordinator.doesNot.1')],
    legalBasis: t('barnekoordinator.legalBasis'),
  },
  {
    id: 'fastlege',
    name: t('fastlege.name'),
    summary: t('fastlege.summary'),
    does: [t('fastlege.does.1'), t('fastlege.does.2')],
    doesNot: [t('fastlege.doesNot.1')],
    legalBasis: t('fastlege.legalBasis'),
  },
  {
    id: 'helsestasjon',
    name: t('helsestasjon.name'),
    summary: t('helsestasjon.summary'),
    does: [t('helsestasjon.does.1')],
    doesNot: [],
  },
  {
    id: 'familiesenter',
    name: t('familiesenter.name'),
    summary: t('familiesenter.summary'),
    does: [t('familiesenter.does.1')],
    doesNot: [],
  },
  {
    id: 'barnehage-skole',
    name: t('barnehage-skole.name'),
    summary: t('barnehage-skole.summary'),
    does: [t('barnehage-skole.does.1')],
    doesNot: [],
  },
  // hpl § 33 second paragraph (seeds/000 l.63).
  {
    id: 'barnevern',
    name: t('barnevern.name'),
    summary: t('barnevern.summary'),
    does: [t('barnevern.does.1'), t('barnevern.does.2')],
    doesNot: [t('barnevern.doesNot.1')],
    legalBasis: t('barnevern.legalBasis'),
  },
  {
    id: 'ppt',
    name: t('ppt.name'),
    summary: t('ppt.summary'),
    does: [],
    doesNot: [],
  },
  // The electronic message to the municipality is a draft, not adopted (seeds/002 l.2786-2807): not presented as practice.
  {
    id: 'spesialisthelsetjeneste',
    name: t('spesialisthelsetjeneste.name'),
    summary: t('spesialisthelsetjeneste.summary'),
    does: [t('spesialisthelsetjeneste.does.1')],
    doesNot: [],
    legalBasis: t('spesialisthelsetjeneste.legalBasis'),
  },
  {
    id: 'erfaringskonsulent',
    name: t('erfaringskonsulent.name'),
    summary: t('erfaringskonsulent.summary'),
    does: [t('erfaringskonsulent.does.1')],
    doesNot: [],
  },
];

export function findRole(id: string): Role | undefined {
  return defaultRoles.find((role) => role.id === id);
}
