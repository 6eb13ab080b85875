import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'No fees for Kita and childminding (Beitragsfreiheit in Kita und Kindertagespflege)',
  summary:
    'In NRW, the last two Kita years before school are free; in Hamm, you only pay for one child. No fee with Grundsicherungsgeld (formerly Bürgergeld), housing benefit (Wohngeld), child supplement (Kinderzuschlag), social assistance (Sozialhilfe), asylum benefits (Asylbewerberleistungen) or low income.',
  costs:
    'The exemption itself costs nothing. Lunch in the Kita is separate from the parental fee and usually still has to be paid – unless you get it through Bildung und Teilhabe (YouCardHamm).',
  provider: 'Jugendamt (youth welfare office) of the City of Hamm (parental fees)',
  eligibilitySummary:
    'Families in Hamm with a child in a Kita or with a childminder (Kindertagespflege) if (a) the child turned four by 30 September – then from 1 August of that year until starting school (children who only turn four in October or later pay until the next 1 August), (b) the family receives Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag or Wohngeld, (c) the income is below the fee-free limit of Hamm’s regulations (Satzung), or (d) for brothers and sisters, as long as a fee is already being paid for one child.',
  synonyms:
    'free Kita, no Kita fees, Kita fees, nursery fees, childcare fees, parental fee, fee exemption, brother or sister in Kita, last Kita year, pre-school year, free childcare, Beitragsfreiheit, beitragsfrei, Kita-Gebühren, Elternbeitrag, Kita-Beitrag, Beitragsbefreiung, Geschwisterkind',
  steps: [
    'The Jugendamt automatically takes into account that the last two Kita years and brothers and sisters are free of charge. Check your fee notice (Beitragsbescheid).',
    'When care begins, hand in the self-assessment of your income to the Jugendamt. If your income is below the fee-free limit, no fee is set.',
    'Do you receive Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld or Kinderzuschlag? Send the Jugendamt an informal application with a copy of your current notice (Bescheid).',
    'If your income changes, tell the Jugendamt. The fee will then be adjusted.',
  ],
  documents: [
    'Self-assessment of the parents’ income (form from the Jugendamt)',
    'Current notice about Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld or Kinderzuschlag (if you have one)',
    'Later: income tax assessment notice or other proof of income for the final fee calculation',
  ],
  ruleTexts: {
    'Ihr Kind ist bis zum 30. September vier Jahre alt geworden. Ab dem 1. August dieses Jahres bis zur Einschulung ist die Kita in NRW beitragsfrei.':
      'Your child turned four by 30 September. From 1 August of that year until your child starts school, the Kita is free of charge in NRW.',
    'Wer Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld bekommt, zahlt keinen Kita-Beitrag.':
      'Families who receive Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag or Wohngeld pay no Kita fee.',
    'Ohne eigenes Erwerbseinkommen liegen Familien in der Regel unter der Beitragsfreigrenze der Stadt Hamm und zahlen keinen Kita-Beitrag.':
      'Families without their own income from work are usually below the fee-free income limit of the City of Hamm and pay no Kita fee.',
    'Mehrere Kinder aus Ihrer Familie werden betreut. In Hamm zahlen Sie nur für ein Kind – Geschwisterkinder sind beitragsfrei.':
      'Several children from your family are in childcare. In Hamm, you only pay for one child – brothers and sisters are free of charge.',
  },
} satisfies SeedAngebotTranslation
