import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Молодіжне агентство з питань професії Hamm (Jugendberufsagentur Hamm, JuBA)',
  summary:
    'Яка професія мені підходить? Де знайти місце професійного навчання? Jugendberufsagentur Hamm на вулиці Bismarckstraße 1 допомагає молодим людям на шляху від школи до професійного навчання, навчання в університеті та роботи – усе в одному місці і безкоштовно.',
  costs: 'Консультація безкоштовна.',
  provider:
    'Agentur für Arbeit Hamm, Kommunales Jobcenter Hamm і Jugendamt міста Hamm разом із координаційним центром «Kein Abschluss ohne Anschluss» («Жодного випуску без продовження»)',
  eligibilitySummary:
    'Молоді люди в місті Hamm приблизно від початку профорієнтації в школі до 25 років, які шукають підтримки під час переходу від школи до професійного навчання, навчання в університеті або роботи, – а також їхні батьки.',
  synonyms:
    'профорієнтація, вибір професії, консультація з вибору професії, професійне навчання, місце для навчання, практика, стажування, навчання в університеті, резюме, заявка на роботу, робота для молоді, атестат, JuBA, Jugendberufsagentur, Berufsberatung, Ausbildung, Ausbildungsplatz, Praktikum, Bewerbung, KAoA, Kein Abschluss ohne Anschluss',
  steps: [
    'Приходьте до Jugendberufsagentur на вулиці Bismarckstraße 1 або запишіться на прийом.',
    'Візьміть із собою, якщо є, ваш останній табель або атестат (Zeugnis), резюме і листи від установ. Батьки можуть прийти разом із вами.',
    'Разом із консультантом чи консультанткою ви плануєте наступні кроки – практику, подання заявок, професійне навчання або школу.',
  ],
  documents: [
    'Останній шкільний табель або атестат (Schulzeugnis)',
    'Резюме, якщо є',
    'Листи та рішення (Bescheide) від Agentur für Arbeit, Jobcenter або Jugendamt, якщо є',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein junger Mensch zwischen 14 und 24 Jahren – die JuBA hilft beim Weg in Ausbildung und Beruf.':
      'У вашій сім’ї живе молода людина віком від 14 до 24 років – JuBA допомагає на шляху до професійного навчання та роботи.',
    'Sie sind unter 25 Jahre alt – die JuBA hilft Ihnen beim Weg in Ausbildung und Beruf.':
      'Вам менше 25 років – JuBA допоможе вам на шляху до професійного навчання та роботи.',
  },
} satisfies SeedAngebotTranslation
