import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title:
    'Social assistance and basic income support in old age and for reduced earning capacity (Sozialhilfe und Grundsicherung im Alter und bei Erwerbsminderung)',
  summary:
    'People who cannot work – due to age, illness or disability – and have too little to live on get social assistance (Sozialhilfe): standard rate (Regelsatz), rent and heating. Adult children with a disability can get their own basic income support (Grundsicherung). In Hamm, the city’s Sozialamt pays.',
  costs:
    'Standard rates 2026 per month: 563 euros for adults who live in a home without a partner – also for an adult child in the parents’ household –, 506 euros per partner, 451 euros in a special form of housing (besondere Wohnform), 471 euros (14 to 17 years), 390 euros (6 to 13), 357 euros (up to 5). On top of this come rent, heating and additional needs allowances (Mehrbedarfe). A recalculation has been announced for 2027. You may keep savings of up to 10,000 euros for each adult and a reasonable car. Applying is free of charge.',
  provider: 'City of Hamm as the social assistance authority (Sozialamt)',
  eligibilitySummary:
    'For people whose usual place of residence is in Germany, who cannot cover their living costs from their own income and assets, and who have reached the age limit (it rises to 67 depending on the year of birth; people born in 1960 reach it at 66 years and 4 months), are permanently and fully unable to work (from 18) or are temporarily unable to work. People who already receive Sozialhilfe see the offer in the Situations-Finder as fitting. Otherwise, the Situations-Finder only shows it under “May also fit”: whether someone is in need depends on pension, income and savings, and whether someone’s earning capacity is reduced is checked by the pension insurance (Rentenversicherung) – the Situations-Finder asks about neither. It shows the offer if someone aged 66 or over, someone with a pension, an adult with a disability who does not work, or an adult child with a disability lives with you. People who receive Asylbewerberleistungen do not receive Sozialhilfe. Simplified: with a household income of more than 100,000 euros a year, the Situations-Finder does not show the offer – an adult child with a disability can still receive Grundsicherung, as long as no parent alone earns more than 100,000 euros. People who cannot work only because of a longer illness, without a disability being given, are not recognised.',
  synonyms:
    'social assistance, social welfare, basic income support in old age, pension not enough, small pension, old-age poverty, unable to work, reduced earning capacity, disability pension, sheltered workshop, adult child with a disability, standard rate, retirement age, Sozialhilfe, Grundsicherung, Grundsicherung im Alter, Grundsicherung bei Erwerbsminderung, Hilfe zum Lebensunterhalt, HLU, SGB XII, Sozialamt, Erwerbsminderung, Erwerbsminderungsrente, WfbM',
  steps: [
    'Get advice – for example at the Familien-Service-Theke (family service desk) in the Familienrathaus, which will tell you the responsible office in the Sozialamt.',
    'Apply to the City of Hamm. Grundsicherung is only paid on application and from the month in which the application arrives – so apply early, informally if necessary.',
    'If it is about a permanent reduction in earning capacity, the Sozialamt has the pension insurance (Rentenversicherung) check it, if this has not already been done. Notices and reports you already have speed this up.',
    'Hand in the proof the Sozialamt asks you for, and later report every change in income, rent or household.',
  ],
  documents: [
    'Identity card or passport; without a German passport, your residence permit (Aufenthaltstitel)',
    'Tenancy agreement and proof of service charges and heating costs',
    'Pension notices and other proof of income (also Kindergeld and maintenance)',
    'Bank statements from the last few months and proof of assets',
    'Proof of health insurance',
    'If any: severe disability pass (Schwerbehindertenausweis), notice of a disability pension (Erwerbsminderungsrente), certificate from the sheltered workshop (Werkstatt für behinderte Menschen)',
  ],
  ruleTexts: {
    'Sie bekommen schon Sozialhilfe oder Grundsicherung – hier finden Sie, was dazugehört und was Sie bei Änderungen tun.':
      'You already receive Sozialhilfe or Grundsicherung – here you can find out what it includes and what to do when something changes.',
    'In Ihrem Haushalt lebt jemand, der die Altersgrenze erreicht hat oder bald erreicht (Jahrgang 1960: 66 Jahre und 4 Monate, ab Jahrgang 1964: 67 Jahre).':
      'Someone in your household has reached the age limit or will reach it soon (born in 1960: 66 years and 4 months; born in 1964 or later: 67 years).',
    'In Ihrem Haushalt lebt jemand mit Rente – reicht sie nicht zum Leben, kann die Sozialhilfe aufstocken.':
      'Someone in your household receives a pension – if it is not enough to live on, Sozialhilfe can top it up.',
    'In Ihrem Haushalt lebt ein Erwachsener mit Behinderung, der nicht arbeitet.':
      'An adult with a disability who does not work lives in your household.',
    'die erwachsene Person mit Behinderung wegen ihrer Krankheit oder Behinderung weniger als drei Stunden am Tag arbeiten kann':
      'the adult with a disability can work less than three hours a day because of their illness or disability',
    'Ihr Haushalt hat kein Einkommen über 100.000 Euro im Jahr.': 'Your household does not have an income of more than 100,000 euros a year.',
    'Rente, Einkommen und Ersparnisse nicht zum Leben reichen': 'pension, income and savings are not enough to live on',
    'Ihr volljähriges Kind hat eine Behinderung. Es kann eigene Grundsicherung bekommen – Ihr Einkommen als Eltern zählt dabei nicht.':
      'Your adult child has a disability. Your child can receive Grundsicherung of their own – your income as parents does not count for this.',
    'Ihr Kind wegen seiner Behinderung auf Dauer weniger als drei Stunden am Tag arbeiten kann (zum Beispiel in einer Werkstatt für behinderte Menschen arbeitet)':
      'your child can permanently work less than three hours a day because of their disability (for example, works in a sheltered workshop, Werkstatt für behinderte Menschen)',
  },
} satisfies SeedAngebotTranslation
