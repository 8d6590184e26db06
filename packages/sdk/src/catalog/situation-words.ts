import type { Situation } from './service.js';

/**
 * Everyday words per situation, as families and young people type them (bokmål, nynorsk,
 * English), so a search for "pappa drikker", "mamma er syk i hodet", "sitter inne" or "døde"
 * finds every service tagged with that situation even when its own text uses other words
 * (issue 29: the 14-year-old's searches in shared/reviews/newuser.md, user 3). An entry of
 * one word (after family and small words are left out: "mamma er syk" is "syk") is indexed as
 * the situation's tag; an entry of several ("syk i hodet", "sitter inne", "lei seg") is a phrase
 * the query must hold in that order, so "inne" or "hodet" alone tag nothing.
 */
export const situationWords: Record<Situation, { nb: readonly string[]; nn: readonly string[]; en: readonly string[] }> = {
  'mental-illness': {
    nb: ['psykisk syk', 'psykiske problemer', 'psykisk helse', 'psykisk', 'psyken', 'psykiatrisk', 'psykiatrien', 'sliter psykisk', 'sliter', 'syk i hodet', 'gal i hodet', 'depresjon', 'deprimert', 'angst', 'lei seg', 'trist', 'selvmordsforsøk', 'selvskading', 'spiseforstyrrelse', 'bipolar', 'schizofreni'],
    nn: ['psykisk sjuk', 'psykiske vanskar', 'psykisk', 'psyken', 'psykiatrisk', 'slit psykisk', 'slit', 'strevar', 'sjuk i hovudet', 'depresjon', 'angst', 'lei seg', 'trist', 'sjølvmordsforsøk', 'sjølvskading'],
    en: ['mental illness', 'mental health', 'mentally ill', 'mental', 'psychiatric', 'struggling', 'struggles', 'sick in the head', 'depression', 'depressed', 'anxiety', 'sad', 'suicide attempt', 'self-harm'],
  },
  addiction: {
    nb: ['rus', 'rusmisbruk', 'alkohol', 'alkoholiker', 'drikker', 'drikke', 'drikker for mye', 'full', 'fyll', 'narkotika', 'narkoman', 'dop', 'hasj', 'piller', 'ruser seg', 'ruser', 'rusa', 'avhengig', 'spilleavhengighet'],
    nn: ['rus', 'rusbruk', 'alkohol', 'alkoholikar', 'drikk', 'drikke', 'drikk for mykje', 'full', 'fyll', 'narkotika', 'dop', 'rusar seg', 'rusar', 'avhengig', 'spelavhengnad'],
    en: ['alcohol', 'alcoholic', 'drinks', 'drinking', 'drinks too much', 'drunk', 'drugs', 'on drugs', 'takes drugs', 'addiction', 'addicted', 'substance use', 'gambling'],
  },
  'somatic-illness': {
    nb: ['syk', 'alvorlig syk', 'veldig syk', 'kreft', 'sykehus', 'innlagt', 'skadet', 'ulykke', 'hjerneslag', 'hjerteinfarkt', 'operasjon'],
    nn: ['sjuk', 'alvorleg sjuk', 'veldig sjuk', 'kreft', 'sjukehus', 'innlagd', 'skadd', 'ulukke', 'hjerneslag', 'hjarteinfarkt', 'operasjon'],
    en: ['ill', 'sick', 'seriously ill', 'very ill', 'cancer', 'hospital', 'injured', 'accident', 'stroke', 'heart attack'],
  },
  disability: {
    nb: ['funksjonshemming', 'funksjonshemmet', 'utviklingshemming', 'autisme', 'adhd', 'rullestol', 'spesielle behov', 'trenger mye hjelp', 'søsken med behov', 'handikap'],
    nn: ['funksjonshemming', 'funksjonshemma', 'utviklingshemming', 'autisme', 'adhd', 'rullestol', 'spesielle behov', 'treng mykje hjelp', 'sysken med behov'],
    en: ['disabled', 'disability', 'learning disability', 'autism', 'adhd', 'wheelchair', 'special needs'],
  },
  dementia: {
    nb: ['demens', 'dement', 'alzheimer', 'glemsk', 'glemmer', 'husker ikke'],
    nn: ['demens', 'dement', 'alzheimer', 'gløymsk', 'gløymer', 'hugsar ikkje'],
    en: ['dementia', 'alzheimers', 'forgetful', 'forgets'],
  },
  bereavement: {
    nb: ['død', 'døde', 'dødde', 'døden', 'dødsfall', 'sorg', 'sørge', 'sørger', 'begravelse', 'mistet', 'savner', 'gikk bort', 'gått bort', 'tok livet sitt', 'selvmord'],
    nn: ['død', 'døydde', 'dødsfall', 'sorg', 'sørgje', 'sørgjer', 'gravferd', 'mista', 'saknar', 'gjekk bort', 'tok livet sitt', 'sjølvmord'],
    en: ['death', 'died', 'dead', 'dies', 'grief', 'grieving', 'funeral', 'bereaved', 'passed away', 'lost my', 'suicide'],
  },
  prison: {
    nb: ['fengsel', 'fengslet', 'soner', 'soning', 'innsatt', 'arrestert', 'dømt', 'varetekt', 'sitter inne', 'fange'],
    nn: ['fengsel', 'fengsla', 'sonar', 'soning', 'innsett', 'arrestert', 'dømd', 'varetekt', 'sit inne', 'fange'],
    en: ['prison', 'jail', 'imprisoned', 'inmate', 'arrested', 'sentenced', 'locked up', 'behind bars', 'serving time'],
  },
  trauma: {
    nb: ['vold', 'overgrep', 'slår', 'mishandling', 'traume', 'krise', 'redd hjemme', 'utrygg', 'trusler'],
    nn: ['vald', 'overgrep', 'slår', 'mishandling', 'traume', 'krise', 'redd heime', 'utrygg', 'truslar'],
    en: ['violence', 'abuse', 'hits me', 'trauma', 'crisis', 'scared at home', 'unsafe', 'threats'],
  },
};
