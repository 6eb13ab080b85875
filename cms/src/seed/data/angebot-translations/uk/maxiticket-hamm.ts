import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'MaxiTicket Hamm: безкоштовний проїзд в автобусах для школярів і учнів професійного навчання (MaxiTicket)',
  summary:
    'З MaxiTicket усі школярі та учні професійного навчання (Auszubildende) з міста Hamm з серпня 2023 року могли безкоштовно їздити автобусами по всьому місту, також у вільний час; запроваджено його спочатку до липня 2026 року. Чи діє він у поточному навчальному році, скажуть у Stadtwerke Hamm.',
  costs: 'Безкоштовно.',
  provider: 'Місто Hamm і Stadtwerke Hamm GmbH',
  eligibilitySummary:
    'Школярі, школярки та учні професійного навчання з місцем проживання в місті Hamm (також діти від шести років, які ще не ходять до школи). Діє в межах міста Hamm; запроваджено 1 серпня 2023 року спочатку на три роки, до кінця липня 2026 року. Підтвердити, що його продовжили після цього, ми не змогли, – тому Situations-Finder показує його лише як такий, що «може також підійти». Чи діє він у поточному навчальному році, скажуть у Stadtwerke Hamm або на стійці сімейного сервісу (Familien-Service-Theke) у Familienrathaus.',
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
    'die Stadt das kostenlose MaxiTicket im laufenden Schuljahr noch anbietet – eingeführt war es im August 2023 zunächst für drei Jahre, bis Juli 2026':
      'місто ще пропонує безкоштовний MaxiTicket у поточному навчальному році – його запровадили в серпні 2023 року спочатку на три роки, до липня 2026 року',
    'In Ihrer Familie geht ein Kind zur Schule oder macht eine Ausbildung – dafür ist das MaxiTicket gedacht.':
      'У вашій сім’ї дитина ходить до школи або проходить професійне навчання – саме для цього призначений MaxiTicket.',
    'Sie machen eine Ausbildung und wohnen in Hamm – dafür ist das MaxiTicket gedacht.':
      'Ви проходите професійне навчання і живете в місті Hamm – саме для цього призначений MaxiTicket.',
  },
} satisfies SeedAngebotTranslation
