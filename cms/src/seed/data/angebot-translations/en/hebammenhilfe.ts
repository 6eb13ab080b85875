import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Midwife care during pregnancy and after the birth (Hebammenhilfe)',
  summary:
    'A midwife (Hebamme) supports you during pregnancy, at the birth and for up to twelve weeks afterwards – also at home. For people with statutory health insurance, the health insurance fund pays. Look for a midwife early, ideally right after a positive pregnancy test.',
  costs:
    'Free of charge for people with statutory health insurance – the midwife bills the health insurance fund directly. People with private health insurance receive an invoice and should check beforehand with their insurance what it will refund. Some courses (for example baby massage) are not paid for by the health insurance fund.',
  provider: 'Self-employed midwives, maternity hospitals and birth centres (Geburtshäuser); the costs are paid by the health insurance fund',
  eligibilitySummary:
    'Pregnant women and mothers up to twelve weeks after the birth who have statutory health insurance (breastfeeding advice and help with feeding problems also after that). If the mother cannot look after the child, the child is entitled itself. People with private health insurance check the costs with their insurance beforehand.',
  synonyms:
    'midwife, midwife care, aftercare after birth, postnatal care, postpartum care, antenatal class, birth preparation, postnatal exercise, breastfeeding advice, pregnancy, birth, delivery, antenatal check-up, Hebamme, Hebammenhilfe, Wochenbett, Nachsorge, Rückbildung',
  steps: [
    'Look for a midwife as soon as you know you are pregnant – for example through your health insurance fund’s midwife search or the midwives’ association (Hebammenverband).',
    'Agree with the midwife on check-ups, birth preparation and care after the birth.',
    'Show your health insurance card at the first appointment. The midwife bills the health insurance fund directly.',
    'You cannot find a midwife? Talk to your gynaecologist’s practice, your health insurance fund or the Frühe Hilfen (early help) in the Familienrathaus.',
  ],
  documents: ['Electronic health card (health insurance card)', 'Maternity record (Mutterpass)'],
  ruleTexts: {
    'Sie sind schwanger – die Krankenversicherung bezahlt Ihre Hebamme (gesetzlich nach § 24d SGB V, privat nach Ihrem Tarif).':
      'You are pregnant – your health insurance pays for your midwife (statutory insurance under § 24d SGB V, private insurance according to your plan).',
    'Ihr Baby ist jünger als zwölf Wochen – so lange kommt die Hebamme auch nach der Geburt, bezahlt von der Krankenkasse.':
      'Your baby is younger than twelve weeks – until then, the midwife also comes after the birth, paid for by the health insurance fund.',
  },
} satisfies SeedAngebotTranslation
