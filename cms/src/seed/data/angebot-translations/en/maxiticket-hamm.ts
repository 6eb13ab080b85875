import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'MaxiTicket Hamm: free bus travel for pupils and trainees',
  summary:
    'With the MaxiTicket, all pupils and trainees living in Hamm could travel by bus free of charge throughout the city from August 2023, also in their free time – it was introduced initially until July 2026. Stadtwerke Hamm can tell you whether it still applies in the current school year.',
  costs: 'Free of charge.',
  provider: 'City of Hamm (Stadt Hamm) and Stadtwerke Hamm GmbH (municipal utility company)',
  eligibilitySummary:
    'Pupils and trainees who live in Hamm (also children aged six or over who do not go to school yet). Valid in the city area of Hamm; introduced on 1 August 2023, initially for three years, until the end of July 2026. We could not confirm that it was extended after that – so the Situations-Finder only shows it as “may also fit”. Stadtwerke Hamm or the Familien-Service-Theke (family service desk) in the Familienrathaus can tell you whether it still applies in the current school year.',
  synonyms:
    'free bus ticket, school bus ticket, pupil ticket, student ticket, trainee ticket, apprentice ticket, bus pass, way to school, free bus travel, bus, public transport, MaxiTicket, Maxi-Ticket, Schülerticket, Azubiticket, Stadtwerke Hamm, Deutschlandticket',
  steps: [
    'Has your child received a QR code by post? Then use it to register your child in the subscription portal (Abo-Portal) of Stadtwerke Hamm.',
    'Older pupils and all trainees register themselves in the Stadtwerke’s subscription portal (stadtwerke-hamm.de/abo-online).',
    'Download the ticket as a PDF or save it on your mobile phone. You must have it with you on every journey.',
    'Remember to renew the ticket after one year.',
  ],
  documents: ['QR code from the city’s letter (if you received one)', 'School certificate or training contract (to register yourself)'],
  ruleTexts: {
    'die Stadt das kostenlose MaxiTicket im laufenden Schuljahr noch anbietet – eingeführt war es im August 2023 zunächst für drei Jahre, bis Juli 2026':
      'the city still offers the free MaxiTicket in the current school year – it was introduced in August 2023, initially for three years, until July 2026',
    'In Ihrer Familie geht ein Kind zur Schule oder macht eine Ausbildung – dafür ist das MaxiTicket gedacht.':
      'A child in your family goes to school or is doing vocational training – this is what the MaxiTicket is for.',
    'Sie machen eine Ausbildung und wohnen in Hamm – dafür ist das MaxiTicket gedacht.':
      'You are doing vocational training and live in Hamm – this is what the MaxiTicket is for.',
  },
} satisfies SeedAngebotTranslation
