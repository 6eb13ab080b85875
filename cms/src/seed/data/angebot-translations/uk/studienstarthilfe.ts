import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Допомога на початок навчання в університеті (Studienstarthilfe)',
  summary:
    'Хто молодший за 25 років, уперше починає навчання в університеті і до цього отримував Grundsicherungsgeld (раніше Bürgergeld), Wohngeld, Kinderzuschlag, Sozialhilfe або Asylbewerberleistungen, може одноразово отримати 1.000 євро безповоротної допомоги на початок навчання (Studienstarthilfe).',
  costs: 'Одноразово 1.000 євро як безповоротна допомога. Подати заяву можна безкоштовно.',
  provider: 'Studierendenwerk (студентська служба) вашого вишу (через BAföG Digital)',
  eligibilitySummary:
    'Для першокурсників і першокурсниць віком до 25 років на першому навчанні в університеті, які в місяць перед початком навчання отримували базове забезпечення (Grundsicherungsgeld, раніше Bürgergeld), Sozialhilfe, Asylbewerberleistungen або допомогу від служби у справах дітей і молоді (Kinder- und Jugendhilfe) чи на яких виплачували Wohngeld або Kinderzuschlag. Якщо ви не вказали жодної з цих виплат, але могли б отримувати одну з них, Situations-Finder показує цю послугу з позначкою «Можливо, підходить».',
  synonyms:
    'допомога на початок навчання, гроші для першокурсників, 1000 євро на навчання, початок навчання в університеті, вступ до університету гроші, допомога студентам першого курсу, Studienstarthilfe, Studienstart, BAföG Digital',
  steps: [
    'Зарахуйтеся до вишу (Einschreibung).',
    'Подайте заяву онлайн через BAföG Digital – щонайпізніше до кінця місяця, що настає після початку навчання (якщо навчання починається в жовтні, то до кінця листопада).',
    'Завантажте підтвердження соціальної виплати за місяць перед початком навчання і довідку про зарахування (Immatrikulationsbescheinigung).',
  ],
  documents: [
    'Довідка про зарахування до вишу (Immatrikulationsbescheinigung)',
    'Рішення (Bescheid) про Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld або Kinderzuschlag за місяць перед початком навчання',
  ],
} satisfies SeedAngebotTranslation
