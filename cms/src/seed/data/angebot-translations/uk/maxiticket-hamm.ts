import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'MaxiTicket Hamm: безкоштовний проїзд в автобусах для школярів і учнів професійного навчання (MaxiTicket)',
  summary:
    'Усі школярі, школярки та учні професійного навчання (Auszubildende), які живуть у місті Hamm, з MaxiTicket безкоштовно їздять автобусами по всьому місту – не лише до школи, а й у вільний час і на вихідних.',
  costs: 'Безкоштовно.',
  provider: 'Місто Hamm і Stadtwerke Hamm GmbH',
  eligibilitySummary:
    'Школярі, школярки та учні професійного навчання з місцем проживання в місті Hamm (також діти від шести років, які ще не ходять до школи). Діє в межах міста Hamm; запроваджено 1 серпня 2023 року спочатку на три роки (до кінця липня 2026 року). Чи діятиме безкоштовний квиток і після цього, не підтверджено, – тому Situations-Finder показує його лише як такий, що «може також підійти».',
  synonyms:
    'безкоштовний проїзд, квиток для школярів, квиток для учнів, проїзний, автобус, проїзний на автобус, дорога до школи, безкоштовний автобус, громадський транспорт, MaxiTicket, Maxi-Ticket, Schülerticket, Azubiticket, Busticket, ÖPNV, Stadtwerke Hamm, Deutschlandticket',
  steps: [
    'Ваша дитина отримала поштою QR-код? Тоді зареєструйте її з ним на абонентському порталі (Abo-Portal) Stadtwerke Hamm.',
    'Старші школярі та всі учні професійного навчання реєструються самі на абонентському порталі Stadtwerke (stadtwerke-hamm.de/abo-online).',
    'Завантажте квиток як PDF або збережіть його в телефоні. Він має бути з собою під час кожної поїздки.',
    'Не забудьте через рік оновити квиток.',
  ],
  documents: [
    'QR-код із листа від міста (якщо ви його отримали)',
    'Довідка зі школи (Schulbescheinigung) або договір про професійне навчання (Ausbildungsvertrag) – для самостійної реєстрації',
  ],
  ruleTexts: {
    'die Stadt das kostenlose MaxiTicket über Juli 2026 hinaus weiter anbietet (eingeführt für drei Jahre ab August 2023)':
      'місто й далі пропонуватиме безкоштовний MaxiTicket після липня 2026 року (запроваджено на три роки з серпня 2023 року)',
    'In Ihrer Familie geht ein Kind zur Schule oder macht eine Ausbildung – dafür ist das MaxiTicket gedacht.':
      'У вашій сім’ї дитина ходить до школи або проходить професійне навчання – саме для цього призначений MaxiTicket.',
    'Sie machen eine Ausbildung und wohnen in Hamm – dafür ist das MaxiTicket gedacht.':
      'Ви проходите професійне навчання і живете в місті Hamm – саме для цього призначений MaxiTicket.',
  },
} satisfies SeedAngebotTranslation
