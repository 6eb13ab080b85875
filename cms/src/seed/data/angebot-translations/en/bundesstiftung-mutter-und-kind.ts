import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Federal foundation “Mother and Child” (Bundesstiftung Mutter und Kind)',
  summary:
    'Pregnant women in financial hardship can get money from the federal foundation “Mutter und Kind – Schutz des ungeborenen Lebens” (Mother and Child), e.g. for baby equipment, maternity clothes or the home. Apply before the birth at a pregnancy counselling centre (Schwangerschaftsberatungsstelle).',
  costs: 'A grant that you do not have to pay back; the amount depends on your situation. Advice and the application are free of charge.',
  provider:
    'Bundesstiftung “Mutter und Kind – Schutz des ungeborenen Lebens” (federal foundation); you apply through the pregnancy counselling centres in Hamm',
  eligibilitySummary:
    'For pregnant women whose home or usual place of residence is in Germany and who are in financial hardship, when other help is not available, does not come in time or is not enough. The application must be made before the birth. The Situations-Finder shows the offer as fitting to pregnant women with no or a low income, and as “may fit” with a medium income; the counselling centre checks the income limits.',
  synonyms:
    'money during pregnancy, pregnant and no money, financial help in pregnancy, baby equipment, baby things, maternity clothes, foundation mother and child, pregnancy counselling, Bundesstiftung Mutter und Kind, Stiftung Mutter und Kind, Schwangerschaftsberatung',
  steps: [
    'Make an appointment at a pregnancy counselling centre as early in your pregnancy as possible. After the birth, you can no longer apply.',
    'You make the application together with the counsellor during the advice meeting. There is one application per pregnancy.',
    'Bring the documents with you. The counselling centre passes on the application and tells you how and when you will receive the money.',
  ],
  documents: [
    'Maternity record (Mutterpass) or a doctor’s certificate of the pregnancy',
    'Identity card or passport; without a German passport, your residence document',
    'Proof of income and of benefits you receive (for example the notice about Grundsicherungsgeld, formerly Bürgergeld)',
    'Tenancy agreement',
  ],
  ruleTexts: {
    'Sie sind schwanger – der Antrag ist nur vor der Geburt möglich.': 'You are pregnant – you can only apply before the birth.',
  },
} satisfies SeedAngebotTranslation
