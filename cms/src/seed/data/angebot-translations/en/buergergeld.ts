import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Basic income support (Grundsicherungsgeld, formerly Bürgergeld)',
  summary:
    'Since July 2026, Bürgergeld has been called Grundsicherungsgeld. It covers living costs when income and assets are not enough – for adults who are able to work and for their children: the standard rate (Regelbedarf), rent and heating. In Hamm, the Kommunales Jobcenter is responsible.',
  costs:
    'Standard rates (Regelbedarfe) 2026 per month: 563 euros for single people and single parents, 506 euros per partner, 451 euros for adults under 25 in their parents’ household, 471 euros for young people aged 14 to 17, 390 euros for children aged 6 to 13, 357 euros for children up to 5. On top of this come reasonable costs for rent and heating and, where applicable, additional needs allowances (Mehrbedarfe). Assets are protected up to an allowance of between 5,000 and 20,000 euros per person, depending on age. Applying is free of charge.',
  provider: 'Kommunales Jobcenter Hamm (KJC)',
  eligibilitySummary:
    'For adults who are able to work and below retirement age, who cannot cover their own living costs and those of their family, and for their children. Without a German passport, you need a right of residence; people in the asylum procedure and people with a toleration permit (Duldung) receive benefits for asylum seekers (Asylbewerberleistungen) instead. The Situations-Finder shows Grundsicherungsgeld as fitting without income from work, and as “may fit” with a low income. If you have temporary protection (for example from Ukraine), it only shows it as “may fit”, because it also depends on when your residence permit was issued. Simplified: the Situations-Finder does not check assets, other income such as Arbeitslosengeld or maintenance (Unterhalt), the type of your residence permit or whether you are able to work.',
  synonyms:
    'basic income support, basic income, citizen’s income, citizen’s allowance, unemployment benefit II, social benefits, welfare, money from the Jobcenter, top-up benefits, standard rate, Grundsicherungsgeld, Bürgergeld, Grundsicherung, Hartz IV, ALG 2, Sozialgeld, Jobcenter, KJC',
  steps: [
    'Apply at the Kommunales Jobcenter Hamm. Grundsicherungsgeld is paid from the first day of the month in which you apply – an informal application is enough to meet the deadline.',
    'Fill in the main application form and the annexes, and hand in the proof, including proof of your assets.',
    'Talk to your contact person at the Jobcenter about work, vocational training and childcare. Attend your appointments or cancel them with a reason – otherwise the benefit will be cut.',
    'Apply for the benefit to continue (Weiterbewilligungsantrag) in good time before the approval period ends.',
  ],
  documents: [
    'Identity card or passport; without a German passport, your residence permit (Aufenthaltstitel)',
    'Tenancy agreement and proof of service charges and heating costs',
    'Bank statements from the last few months',
    'Proof of income (wages, Kindergeld, maintenance, other benefits)',
    'Proof of assets (accounts, savings plans, securities)',
  ],
  deadline: 'From the first day of the month in which you apply – an informal application keeps the date.',
  ruleTexts: {
    'In Ihrem Haushalt lebt eine erwachsene Person im erwerbsfähigen Alter mit passendem Aufenthaltsstatus.':
      'An adult of working age with a suitable residence status lives in your household.',
    'Ihr Aufenthaltsrecht Grundsicherungsgeld öffnet – bei vorübergehendem Schutz aus der Ukraine hängt das auch davon ab, wann Ihre Aufenthaltserlaubnis erteilt wurde':
      'your right of residence gives access to Grundsicherungsgeld – with temporary protection from Ukraine, this also depends on when your residence permit was issued',
    'Sie haben kein Einkommen aus Arbeit.': 'You have no income from work.',
  },
} satisfies SeedAngebotTranslation
