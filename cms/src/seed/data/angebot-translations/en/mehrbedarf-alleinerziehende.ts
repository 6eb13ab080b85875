import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Additional allowance for single parents (Mehrbedarf für Alleinerziehende, Grundsicherungsgeld, formerly Bürgergeld)',
  summary:
    'Single parents receiving Grundsicherungsgeld (formerly Bürgergeld) or social assistance (Sozialhilfe) also get an additional allowance (Mehrbedarf): depending on the number and age of the children, 12 to 60 percent of the standard rate (Regelbedarf) – in 2026, between 67.56 and 337.80 euros a month.',
  costs:
    'As of 2026 (standard rate 563 euros): 36 percent is 202.68 euros a month, 12 percent per child is 67.56 euros, the maximum of 60 percent is 337.80 euros. There is no separate application – the additional allowance is part of the Grundsicherungsgeld.',
  provider:
    'Kommunales Jobcenter Hamm (for Sozialhilfe: City of Hamm, Amt für Soziales, Wohnen und Pflege – office for social affairs, housing and care)',
  eligibilitySummary:
    'For single parents who receive Grundsicherungsgeld (formerly Bürgergeld) or Sozialhilfe and live with at least one child under 18 whom they care for and bring up on their own. If you have not yet applied for Grundsicherungsgeld, the Situations-Finder shows the offer as “may fit” if Grundsicherungsgeld could be an option for you.',
  synonyms:
    'additional allowance for single parents, single parent supplement, extra money for single parents, single parent Jobcenter, single parent benefits, Mehrbedarf Alleinerziehende, Alleinerziehendenmehrbedarf, Grundsicherungsgeld, Bürgergeld, Jobcenter',
  steps: [
    'In your application for Grundsicherungsgeld, state that you are a single parent and how old your children are.',
    'Check in your notice (Bescheid) whether the additional allowance for single parents has been included. If not, contact the Jobcenter or lodge an objection (Widerspruch).',
  ],
  documents: ['The children’s birth certificates', 'If care is shared: details of how the care time is divided'],
} satisfies SeedAngebotTranslation
