import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Migration advice for adults and youth migration service (Migrationsberatung für Erwachsene und Jugendmigrationsdienst)',
  summary:
    'New in Germany, or questions on residence, language courses, work, recognition of qualifications, school or offices? Migration advice (Migrationsberatung) helps immigrants from age 27, the youth migration service (Jugendmigrationsdienst) those aged 12 to 27 – free, confidential, often multilingual.',
  costs: 'Free of charge.',
  provider: 'Welfare organisations in Hamm, including AWO Ruhr-Lippe-Ems, Caritas and Diakonie; funded by the federal government',
  eligibilitySummary:
    'Immigrants with a foreign citizenship, EU citizens and late repatriates (Spätaussiedler) – the MBE (migration advice for adults) for adults aged 27 and over, the youth migration service for 12 to 27-year-olds. Refugees in the asylum procedure should contact the refugee advice service (Flüchtlingsberatung).',
  synonyms:
    'migration advice, migration counselling, youth migration service, refugee advice, integration advice, immigration, foreigners, residence, residence permit, recognition of qualifications, language course, new in Germany, Migrationsberatung, MBE, Jugendmigrationsdienst, JMD, Flüchtlingsberatung, AWO, Caritas, Diakonie',
  steps: [
    'Call a migration advice centre in Hamm or go to an open consultation hour. The Familien-Service-Theke (family service desk) in the Familienrathaus can tell you which centre is right for you.',
    'Bring your passport or residence permit and the letters your question is about.',
    'With the adviser, you plan your next steps, for example an integration course, recognition of your qualifications or looking for work.',
  ],
  documents: [
    'Passport or identity card',
    'Residence permit (Aufenthaltstitel) or other residence papers',
    'Letters and notices you have questions about',
  ],
  ruleTexts: {
    'Sie sind nach Deutschland zugewandert – die Migrationsberatung hilft Ihnen beim Ankommen.':
      'You have moved to Germany from abroad – the migration advice service helps you settle in.',
  },
} satisfies SeedAngebotTranslation
