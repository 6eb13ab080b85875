import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Household help from the health insurance fund (Haushaltshilfe)',
  summary:
    'Do you have to go into hospital or to a health cure (Kur), and does a child under 12 live with you? Then the statutory health insurance fund pays for household help if nobody else in the household can step in. This is also possible during pregnancy and after the birth.',
  costs:
    'For household help because of illness, hospital, a health cure or rehabilitation, adults pay 10 percent of the costs per day themselves, at least 5 and at most 10 euros. For household help because of pregnancy or birth, there is no co-payment. How many hours are paid depends on your needs. Some health insurance funds also pay in other cases under their own rules (Satzung) – ask them.',
  provider:
    'Your statutory health insurance fund (household help from care services, family care services (Familienpflege) or help you find yourself)',
  eligibilitySummary:
    'For people with statutory health insurance who cannot run their household because of hospital, a health cure, rehabilitation, home nursing care or a serious illness, if a child under 12, or a child with a disability who depends on help, lives in the household; also for women with statutory health insurance who cannot run the household because of pregnancy or birth. In every case, nobody else in the household can step in. The Situations-Finder does not know whether you have to go into hospital or become ill, or whether someone else in the household can step in. This is why it shows the offer as “may also fit” to people with statutory health insurance who have a child under 12 or a child with a disability, and to pregnant women with statutory health insurance. Simplified: it does not show the help of up to four weeks for a serious illness, which is also available without young children. It does not show the offer to people with private health insurance; for them, their insurance plan decides.',
  synonyms:
    'household help, home help, help at home, family care, childcare during illness, mother ill, father ill, in hospital who looks after the children, household help in pregnancy, household help after the birth, bed rest, household help during a health cure, household help during rehabilitation, Haushaltshilfe, Familienpflege, Krankenkasse',
  steps: [
    'Get a certificate stating that you cannot run the household and for how long – from your doctor or the hospital, and for pregnancy and birth also from your midwife.',
    'Apply to your health insurance fund, if possible before the help starts. Many funds have a form for this. State who lives in your household and why nobody can take over the household.',
    'The health insurance fund arranges household help, or you find someone yourself. Check beforehand which hourly rate the fund will refund.',
    'If you found the help yourself: have the hours worked confirmed and hand in the proof to the health insurance fund.',
  ],
  documents: [
    'Doctor’s certificate that household help is necessary (for pregnancy or birth, also from the midwife)',
    'Your health insurance fund’s application form for household help',
    'For hospital, a health cure or rehabilitation: certificate of admission and length of stay',
    'If you found the help yourself: record of hours; for relatives: proof of travel costs and loss of earnings',
  ],
  ruleTexts: {
    'Sie sind gesetzlich versichert, und in Ihrem Haushalt lebt ein Kind unter 12 Jahren.':
      'You have statutory health insurance, and a child under 12 lives in your household.',
    'Sie sind gesetzlich versichert, und in Ihrem Haushalt lebt ein Kind mit Behinderung – ist es auf Hilfe angewiesen, gilt keine Altersgrenze.':
      'You have statutory health insurance, and a child with a disability lives in your household – if the child depends on help, there is no age limit.',
    'Sie sind schwanger und gesetzlich versichert.': 'You are pregnant and have statutory health insurance.',
    'Sie wegen Krankenhaus, Kur, Reha, schwerer Krankheit, Schwangerschaft oder Geburt den Haushalt nicht führen können und niemand sonst im Haushalt einspringen kann':
      'you cannot run the household because of hospital, a health cure, rehabilitation, serious illness, pregnancy or birth, and nobody else in the household can step in',
  },
} satisfies SeedAngebotTranslation
