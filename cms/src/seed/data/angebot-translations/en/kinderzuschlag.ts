import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Child supplement (Kinderzuschlag, KiZ)',
  summary:
    'You work, but the money is hardly enough for the whole family? Then you may get child supplement (Kinderzuschlag): in 2026, up to 297 euros per child and month on top of Kindergeld. In addition, you get a free Kita place and education and participation benefits (Bildung und Teilhabe).',
  costs:
    'Up to 297 euros per child and month (maximum amount 2026), approved for six months at a time. Parents’ income above their own needs and the children’s income reduce the amount. Applying is free of charge.',
  provider: 'Familienkasse (family benefits office) of the Federal Employment Agency (Bundesagentur für Arbeit)',
  eligibilitySummary:
    'For parents with children under 25 in the household who receive Kindergeld for these children and have their own, but small, income: at least 900 euros gross a month as a couple, 600 euros as a single parent. The Situations-Finder shows the offer as fitting with a low income and as “may fit” with a medium income – whether it is enough depends on the exact income, rent and size of the family. Without income from work, there is no Kinderzuschlag. Simplified: the Situations-Finder does not check whether the minimum income limit is reached or whether a child is married.',
  synonyms:
    'child supplement, extra money for children, low income family, little money, low wage, top-up for children, family supplement, KiZ calculator, Kinderzuschlag, KiZ, Kinderzulage, KiZ-Lotse, Familienkasse',
  steps: [
    'Use the KiZ-Lotse (online check) of the Familienkasse to find out whether it is worth applying.',
    'Apply online or in writing at the Familienkasse. Kinderzuschlag is paid at the earliest from the month in which you apply.',
    'It is best to apply for housing benefit (Wohngeld) at the Wohngeldstelle (housing benefit office) of the City of Hamm at the same time.',
    'After six months, you apply for the benefit to continue (Weiterbewilligungsantrag). With the notice (Bescheid), you can also apply for Bildung und Teilhabe (YouCardHamm) and exemption from Kita fees.',
  ],
  documents: [
    'Payslips or other proof of income for the last six months',
    'Tenancy agreement or proof of housing costs and heating costs',
    'Proof of maintenance (Unterhalt) or advance maintenance payments (Unterhaltsvorschuss) for the children',
    'Kindergeld number',
    'Wohngeld notice, if you have one',
  ],
  deadline: 'From the month you apply, not backdated: apply soon.',
  ruleTexts: {
    'Sie verdienen Geld, aber es reicht nicht ganz für die ganze Familie.': 'You earn money, but it is not quite enough for the whole family.',
  },
} satisfies SeedAngebotTranslation
