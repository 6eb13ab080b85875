import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Advance maintenance payment (Unterhaltsvorschuss)',
  summary:
    'You are raising your child on your own, and the other parent pays no maintenance, too little or irregularly? Then the Jugendamt (youth welfare office) pays the advance maintenance payment (Unterhaltsvorschuss) – in 2026, depending on age, 227, 299 or 394 euros a month, until the 18th birthday.',
  costs:
    'As of 2026: 227 euros a month for children up to 5 years, 299 euros for children aged 6 to 11 years, 394 euros for children aged 12 to 17 years (minimum maintenance minus Kindergeld). Maintenance payments from the other parent and orphan’s benefits are deducted. Applying is free of charge.',
  provider: 'Jugendamt of the City of Hamm (Unterhaltsvorschussstelle – advance maintenance office)',
  eligibilitySummary:
    'For children under 18 who live with a single parent and receive no minimum maintenance, or not the full amount, from the other parent. For children aged 12 to 17 only if the child does not receive basic income support (Grundsicherungsgeld, formerly Bürgergeld) or the single parent has their own income (at least 600 euros gross). Without a German passport, you need EU citizenship or a suitable residence permit (Aufenthaltstitel). Simplified: the Situations-Finder does not check shared care (Wechselmodell) and takes “low income” as an income of at least 600 euros.',
  synonyms:
    'advance maintenance payment, maintenance advance, child maintenance not paid, child support, father does not pay, mother does not pay, single parent, separation, Unterhaltsvorschuss, UVG, Unterhalt, Unterhaltsvorschusskasse, Kindesunterhalt, Jugendamt',
  steps: [
    'Apply in writing at the Jugendamt of the City of Hamm. Money is only paid retroactively for the month before the application – so apply soon.',
    'Give all the information you have about the other parent: name, address, employer. The Jugendamt needs this information to claim the money back.',
    'Tell the Jugendamt immediately if anything changes: moving house, marriage, moving in with the other parent, or maintenance payments.',
  ],
  documents: [
    'Your identity card or passport; without a German passport, your residence permit (Aufenthaltstitel)',
    'The child’s birth certificate',
    'Details of the other parent (name, date of birth, address, if known)',
    'Proof of separation or divorce and of maintenance payments, if you have it',
    'For children aged 12 or over: proof of income or notice (Bescheid) about basic income support (Grundsicherungsgeld, formerly Bürgergeld)',
  ],
  deadline: 'At most 1 month back: apply soon.',
  ruleTexts: {
    'Ihr Kind bekommt kein Grundsicherungsgeld (bisher Bürgergeld).':
      'Your child does not receive basic income support (Grundsicherungsgeld, formerly Bürgergeld).',
  },
} satisfies SeedAngebotTranslation
