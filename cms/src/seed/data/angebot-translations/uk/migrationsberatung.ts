import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Міграційна консультація для дорослих і Молодіжна міграційна служба (Migrationsberatung für Erwachsene und Jugendmigrationsdienst)',
  summary:
    'Недавно в Німеччині чи є питання про перебування, мовний курс, роботу, визнання дипломів, школу, відомства? Міграційна консультація допомагає мігрантам від 27 років, Молодіжна міграційна служба (Jugendmigrationsdienst) – молоді від 12 до 27: безкоштовно, конфіденційно, часто кількома мовами.',
  costs: 'Безкоштовно.',
  provider:
    'Благодійні організації (Wohlfahrtsverbände) у місті Hamm, зокрема AWO Ruhr-Lippe-Ems, Caritas і Diakonie; за фінансування федерального уряду',
  eligibilitySummary:
    'Мігранти з іноземним громадянством, громадяни ЄС і пізні переселенці (Spätaussiedler) – MBE для дорослих від 27 років, Jugendmigrationsdienst для молоді від 12 до 27 років. Біженці, які перебувають у процедурі надання притулку, звертаються до консультації для біженців (Flüchtlingsberatung).',
  synonyms:
    'міграційна консультація, консультація для мігрантів, консультація для іноземців, допомога мігрантам, консультація для біженців, перебування в Німеччині, визнання диплома, мовний курс, нові в Німеччині, допомога українцям, Migrationsberatung, MBE, Jugendmigrationsdienst, JMD, Flüchtlingsberatung, AWO, Caritas, Diakonie',
  steps: [
    'Зателефонуйте до міграційної консультації в місті Hamm або прийдіть на відкритий прийом. На стійці сімейного сервісу (Familien-Service-Theke) у Familienrathaus вам підкажуть відповідну консультацію.',
    'Візьміть із собою паспорт або дозвіл на проживання (Aufenthaltstitel) і листи, про які йдеться.',
    'Разом із консультантом чи консультанткою ви плануєте наступні кроки, наприклад інтеграційний курс, визнання диплома або пошук роботи.',
  ],
  documents: [
    'Паспорт або посвідчення особи',
    'Дозвіл на проживання (Aufenthaltstitel) або інші документи про перебування',
    'Листи та рішення (Bescheide), щодо яких у вас є запитання',
  ],
  ruleTexts: {
    'Sie sind nach Deutschland zugewandert – die Migrationsberatung hilft Ihnen beim Ankommen.':
      'Ви переїхали до Німеччини – міграційна консультація допоможе вам облаштуватися.',
  },
} satisfies SeedAngebotTranslation
