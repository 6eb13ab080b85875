import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Initial equipment for pregnancy and birth (Erstausstattung bei Schwangerschaft und Geburt)',
  summary:
    'Maternity clothes, baby clothes, pram, cot: people on Grundsicherungsgeld (formerly Bürgergeld), social assistance (Sozialhilfe) or asylum seekers’ benefits (Asylbewerberleistungen) get extra money for initial equipment. Even with a small income and none of these benefits, you may be able to apply.',
  costs: 'Usually as a flat-rate amount or as a voucher; the responsible office sets the amount. Applying is free of charge.',
  provider: 'Kommunales Jobcenter Hamm; for Sozialhilfe or Asylbewerberleistungen, the responsible office of the City of Hamm',
  eligibilitySummary:
    'For pregnant women and parents of a newborn baby who receive Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe or Asylbewerberleistungen. On application, also for families without these benefits if their income is not enough for the initial equipment. The Situations-Finder shows the offer during pregnancy and in the child’s first six months of life: as fitting without income from work or with these benefits, and as “may fit” with a low income.',
  synonyms:
    'baby equipment, baby things, first baby equipment, maternity clothes, pram, buggy, cot, baby bed, money for baby things, Jobcenter baby, Erstausstattung, Babyerstausstattung, Umstandskleidung, Grundsicherungsgeld, Bürgergeld',
  steps: [
    'Apply during pregnancy – from about the third month before the due date – and before you buy anything.',
    'Grundsicherungsgeld or no benefits: apply at the Kommunales Jobcenter Hamm. Sozialhilfe or Asylbewerberleistungen: apply at the office that pays you the benefit.',
    'Show your maternity record (Mutterpass). After approval, you buy the things; sometimes receipts are required.',
  ],
  documents: [
    'Maternity record (Mutterpass) or a doctor’s certificate of the due date',
    'Without benefits: proof of income',
    'After the birth: birth certificate (Geburtsurkunde)',
  ],
  ruleTexts: {
    'Ihr Baby ist jünger als ein halbes Jahr.': 'Your baby is less than six months old.',
  },
} satisfies SeedAngebotTranslation
