import { localized, type LocalizedText } from '../i18n/lang.js';
import type { Audience, Format, Situation } from './schema.js';

const L = localized;

export const situationLabels: Record<Situation, LocalizedText> = {
  'mental-illness': L('Psykisk sykdom', 'Psykisk sjukdom', 'Mental illness'),
  addiction: L('Rus og avhengighet', 'Rus og avhengigheit', 'Substance use and addiction'),
  'somatic-illness': L('Alvorlig fysisk sykdom eller skade', 'Alvorleg fysisk sjukdom eller skade', 'Serious physical illness or injury'),
  disability: L('Funksjonsnedsettelse', 'Funksjonsnedsetjing', 'Disability'),
  dementia: L('Demens', 'Demens', 'Dementia'),
  bereavement: L('Dødsfall og sorg', 'Dødsfall og sorg', 'Death and grief'),
  prison: L('Forelder i fengsel', 'Forelder i fengsel', 'Parent in prison'),
  trauma: L('Vold, overgrep eller traumatisk hendelse', 'Vald, overgrep eller traumatisk hending', 'Violence, abuse or a traumatic event'),
};

export const audienceLabels: Record<Audience, LocalizedText> = {
  children: L('Barn', 'Born', 'Children'),
  youth: L('Ungdom', 'Ungdom', 'Young people'),
  parents: L('Foreldre', 'Foreldre', 'Parents'),
  family: L('Hele familien', 'Heile familien', 'The whole family'),
  professionals: L('Fagfolk', 'Fagfolk', 'Professionals'),
};

export const formatLabels: Record<Format, LocalizedText> = {
  group: L('Samtalegruppe', 'Samtalegruppe', 'Conversation group'),
  course: L('Kurs', 'Kurs', 'Course'),
  'phone-chat': L('Telefon eller chat', 'Telefon eller chat', 'Phone or chat'),
  website: L('Nettside', 'Nettstad', 'Website'),
  'e-learning': L('E-læring', 'E-læring', 'E-learning'),
  individual: L('Individuelle samtaler', 'Individuelle samtalar', 'Individual talks'),
  'family-council': L('Familieråd', 'Familieråd', 'Family council'),
  'meeting-place': L('Møteplass', 'Møtestad', 'Meeting place'),
};

/** Plain language for young people themselves (audience="youth"). */
export const situationLabelsYouth: Record<Situation, LocalizedText> = {
  'mental-illness': L('Noen i familien sliter psykisk', 'Nokon i familien slit psykisk', 'Someone in my family struggles mentally'),
  addiction: L('Noen i familien ruser seg eller drikker', 'Nokon i familien ruser seg eller drikk', 'Someone in my family drinks or uses drugs'),
  'somatic-illness': L('Noen i familien er alvorlig syk', 'Nokon i familien er alvorleg sjuk', 'Someone in my family is seriously ill'),
  disability: L('Søsken eller forelder med funksjonsnedsettelse', 'Sysken eller forelder med funksjonsnedsetjing', 'A sibling or parent with a disability'),
  dementia: L('Noen i familien har demens', 'Nokon i familien har demens', 'Someone in my family has dementia'),
  bereavement: L('Noen jeg er glad i er død', 'Nokon eg er glad i, er død', 'Someone I love has died'),
  prison: L('Mamma eller pappa er i fengsel', 'Mamma eller pappa er i fengsel', 'Mum or dad is in prison'),
  trauma: L('Noe vondt har skjedd, eller noen gjør meg vondt', 'Noko vondt har skjedd, eller nokon gjer meg vondt', 'Something bad happened, or someone hurts me'),
};
