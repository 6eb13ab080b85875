import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Single parent, but not alone: help for single parents (Hilfen für Alleinerziehende)',
  summary:
    'Are you raising your child on your own? In Hamm there are many offers, meeting places and contact persons for single parents – and financial benefits you should know about.',
  costs: 'Advice is free of charge.',
  provider: 'City of Hamm (Stadt Hamm) – Jugendamt (youth welfare office), Familienbüro (family office) and partners',
  eligibilitySummary: 'Mothers and fathers in Hamm who raise their child or children without a partner in the household.',
  synonyms:
    'single parent, single mother, single father, single mum, single dad, one-parent family, lone parent, separation, divorce, maintenance, child support, Alleinerziehende, alleinerziehend, Beistandschaft, tax class 2, Steuerklasse II, Entlastungsbetrag',
  steps: [
    'Use the Situations-Finder in the digital Familienrathaus: it shows you the benefits that suit your family.',
    'Come to the Familienrathaus or contact the Familienbüro (family office). There you can find out which advice services and meeting groups there are near you.',
    'If it is about maintenance (Unterhalt) or contact with the child (Umgang), make an appointment with the Jugendamt (youth welfare office). If you have them, bring documents about separation, divorce or maintenance.',
  ],
  documents: [
    'If you have them: documents about separation, divorce, custody or maintenance (Unterhalt)',
    'Notices (Bescheide) about benefits you already receive',
  ],
  ruleTexts: {
    'Sie erziehen Ihr Kind allein.': 'You are raising your child on your own.',
  },
} satisfies SeedAngebotTranslation
