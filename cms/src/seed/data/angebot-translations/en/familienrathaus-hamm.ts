import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Familienrathaus Hamm (family town hall) – services around the birth and for all family questions',
  summary:
    'Birth certificate, Elterngeld, advice: at the Familienrathaus at Caldenhofer Weg 10, you can take care of many things around the birth in one place. For all other family questions, the Familien-Service-Theke (family service desk) will help you. Just drop in.',
  costs: 'Advice and information are free of charge. For certificates, the usual fees of the registry office (Standesamt) apply.',
  provider: 'City of Hamm (Stadt Hamm)',
  eligibilitySummary:
    'All families and expectant parents in Hamm. The services around the birth are brought together here; for other matters, all families get information and are referred to the right place.',
  synonyms:
    'family town hall, family service, family service desk, one-stop shop, contact point, registry office, birth certificate, parental allowance office, baby, birth, authority, office, Familienrathaus, Familien-Service-Theke, FaST, Mesestift, Caldenhofer Weg, Standesamt, Geburtsurkunde, Elterngeldstelle',
  steps: [
    'First, look online in the digital Familienrathaus to see which offers suit your family.',
    'Come to the Familien-Service-Theke in the Familienrathaus at Caldenhofer Weg 10. For some matters, for example at the registry office (Standesamt), you need an appointment.',
    'Bring your identity card and, if you have them, letters or notices (Bescheide) about your matter.',
  ],
  documents: [
    'Identity card or passport',
    'After a birth: the documents for the birth certificate (for example the hospital’s birth notification, your marriage certificate or the parents’ birth certificates)',
    'Letters and notices about your matter',
  ],
  ruleTexts: {
    'Sie erwarten ein Baby – rund um die Geburt erledigen Sie im Familienrathaus vieles an einem Ort.':
      'You are expecting a baby – at the Familienrathaus, you can take care of many things around the birth in one place.',
    'Sie sind eine Familie in Hamm – das Familienrathaus ist Ihre Anlaufstelle für alle Familienfragen.':
      'You are a family in Hamm – the Familienrathaus is your contact point for all family questions.',
  },
} satisfies SeedAngebotTranslation
