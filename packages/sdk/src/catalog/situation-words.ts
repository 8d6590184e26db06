import type { Situation } from './service.js';

/**
 * Everyday words per situation, as families and young people type them (bokmål, nynorsk,
 * English), so a search for "pappa drikker", "mamma er syk", "fengsel" or "døde" finds every
 * service tagged with that situation even when its own text uses other words. Indexed as the
 * service's tags: ranked below a hit in the name, above one in the description.
 */
export const situationWords: Record<Situation, { nb: readonly string[]; nn: readonly string[]; en: readonly string[] }> = {
  'mental-illness': {
    nb: ['psykisk syk', 'psykiske problemer', 'psykisk helse', 'sliter psykisk', 'depresjon', 'deprimert', 'angst', 'mamma er lei seg', 'pappa er lei seg', 'selvmordsforsøk'],
    nn: ['psykisk sjuk', 'psykiske vanskar', 'slit psykisk', 'depresjon', 'angst', 'mamma er lei seg', 'pappa er lei seg', 'sjølvmordsforsøk'],
    en: ['mental illness', 'mental health', 'depression', 'depressed', 'anxiety', 'mum is sad', 'dad is sad', 'suicide attempt'],
  },
  addiction: {
    nb: ['rus', 'rusmisbruk', 'alkohol', 'drikker', 'drikke', 'full', 'fyll', 'narkotika', 'dop', 'pappa drikker', 'mamma drikker', 'ruser seg', 'avhengig', 'spilleavhengighet'],
    nn: ['rus', 'rusbruk', 'alkohol', 'drikk', 'drikke', 'full', 'fyll', 'narkotika', 'dop', 'pappa drikk', 'mamma drikk', 'ruser seg', 'avhengig', 'spelavhengnad'],
    en: ['alcohol', 'drinks', 'drinking', 'drunk', 'drugs', 'addiction', 'substance use', 'dad drinks', 'mum drinks', 'gambling'],
  },
  'somatic-illness': {
    nb: ['syk', 'alvorlig syk', 'mamma er syk', 'pappa er syk', 'kreft', 'sykehus', 'skadet', 'ulykke', 'hjerneslag', 'hjerteinfarkt'],
    nn: ['sjuk', 'alvorleg sjuk', 'mamma er sjuk', 'pappa er sjuk', 'kreft', 'sjukehus', 'skadd', 'ulukke', 'hjerneslag', 'hjarteinfarkt'],
    en: ['ill', 'sick', 'seriously ill', 'mum is ill', 'dad is sick', 'cancer', 'hospital', 'injured', 'accident', 'stroke'],
  },
  disability: {
    nb: ['funksjonshemming', 'funksjonshemmet', 'utviklingshemming', 'autisme', 'rullestol', 'spesielle behov', 'søsken med behov'],
    nn: ['funksjonshemming', 'funksjonshemma', 'utviklingshemming', 'autisme', 'rullestol', 'spesielle behov', 'sysken med behov'],
    en: ['disabled', 'disability', 'learning disability', 'autism', 'wheelchair', 'special needs'],
  },
  dementia: {
    nb: ['demens', 'dement', 'alzheimer', 'glemsk', 'husker ikke'],
    nn: ['demens', 'dement', 'alzheimer', 'gløymsk', 'hugsar ikkje'],
    en: ['dementia', 'alzheimers', 'forgetful'],
  },
  bereavement: {
    nb: ['død', 'døde', 'døden', 'dødsfall', 'sorg', 'sørge', 'begravelse', 'mistet', 'mamma døde', 'pappa døde', 'selvmord'],
    nn: ['død', 'døydde', 'dødsfall', 'sorg', 'sørgje', 'gravferd', 'mista', 'mamma døydde', 'pappa døydde', 'sjølvmord'],
    en: ['death', 'died', 'dead', 'grief', 'grieving', 'funeral', 'bereaved', 'mum died', 'dad died', 'suicide'],
  },
  prison: {
    nb: ['fengsel', 'fengslet', 'soner', 'soning', 'innsatt', 'arrestert', 'pappa i fengsel', 'mamma i fengsel'],
    nn: ['fengsel', 'fengsla', 'sonar', 'soning', 'innsett', 'arrestert', 'pappa i fengsel', 'mamma i fengsel'],
    en: ['prison', 'jail', 'imprisoned', 'inmate', 'arrested', 'dad in prison', 'mum in prison'],
  },
  trauma: {
    nb: ['vold', 'overgrep', 'slår', 'mishandling', 'traume', 'krise', 'redd hjemme', 'trusler'],
    nn: ['vald', 'overgrep', 'slår', 'mishandling', 'traume', 'krise', 'redd heime', 'truslar'],
    en: ['violence', 'abuse', 'hits me', 'trauma', 'crisis', 'scared at home', 'threats'],
  },
};
