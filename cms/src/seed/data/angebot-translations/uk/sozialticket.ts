import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Соціальний Deutschlandticket (Deutschlandticket Sozial)',
  summary:
    'З Deutschlandticket Sozial отримувачі Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Wohngeld або Asylbewerberleistungen дешевше їздять місцевими автобусами й потягами по всій Німеччині. У місті Hamm підтвердження права (Berechtigungsnachweis) видає установа, що платить вам допомогу.',
  costs:
    'Абонемент, який можна скасувати щомісяця, за зниженою ціною, нижчою за ціну звичайного Deutschlandticket (63 євро на місяць з січня 2026 року). У 2025 році Deutschlandticket Sozial у землі Північний Рейн – Вестфалія коштував 48 євро; актуальну ціну вам повідомлять у Stadtwerke Hamm. Оплата – прямим дебетуванням (Lastschrift).',
  provider: 'Stadtwerke Hamm (продаж) і установа, яка виплачує вам допомогу (підтвердження права)',
  eligibilitySummary:
    'Для людей із місцем проживання в місті Hamm, які отримують Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Wohngeld, Asylbewerberleistungen або допомогу жертвам війни (Kriegsopferfürsorge). Якщо ви не вказали жодної з цих виплат, але могли б отримувати одну з них, Situations-Finder показує цю послугу з позначкою «Можливо, підходить». Сам лише Kinderzuschlag, за даними транспортних об’єднань, не дає права на цей квиток; у разі сумнівів запитайте в міській адміністрації Hamm.',
  synonyms:
    'соціальний квиток, дешевий проїзний, проїзний для малозабезпечених, квиток для отримувачів допомоги, автобус і потяг дешево, Deutschlandticket зі знижкою, Sozialticket, Deutschlandticket Sozial, D-Ticket Sozial, HammTicket Mobil, MobilAbo, Stadtwerke Hamm, Bürgergeld Ticket',
  steps: [
    'Отримайте підтвердження свого права – в установі, яка виплачує вам допомогу, наприклад у Kommunales Jobcenter або у Wohngeldstelle міста Hamm. Часто достатньо актуального рішення (Bescheid).',
    'Замовте Deutschlandticket Sozial у Stadtwerke Hamm – онлайн або в клієнтському центрі (Kundencenter) – з підтвердженням права та посвідченням особи.',
    'Вчасно продовжуйте підтвердження, коли вам знову призначають допомогу.',
  ],
  documents: [
    'Актуальне рішення про допомогу (Leistungsbescheid) або підтвердження права (Berechtigungsnachweis)',
    'Посвідчення особи або інший документ із фотографією',
    'Банківські реквізити для прямого дебетування (Lastschrift)',
  ],
} satisfies SeedAngebotTranslation
