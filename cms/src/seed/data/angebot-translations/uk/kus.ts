import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Комунальна система підтримки шкіл (Kommunales Unterstützungssystem für Schulen, KUS)',
  summary:
    'KUS допомагає школам у місті Hamm добре доглядати за дітьми й розвивати їх: продовжений день, догляд на канікулах, сімейні центри при початкових школах (Familiengrundschulzentren) і педагогічна підтримка – усе з одних рук. Систему запустили у 2023 році в семи школах; поступово мають приєднатися всі.',
  costs:
    'Педагогічна допомога безкоштовна. За догляд у групі продовженого дня батьки платять внесок, який залежить від доходу. За догляд під час канікул також може стягуватися внесок.',
  provider: 'Місто Hamm разом з організаціями-партнерами в школах-учасницях',
  eligibilitySummary:
    'Діти та сім’ї в школах KUS у місті Hamm. З навчального року 2023/24 це школи Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- і Mark-Twain-Schule; до 2027 року, за планами міста, мають приєднатися всі школи. Situations-Finder не питає, до якої школи ходить ваша дитина. Тому він показує KUS для школярів у місті Hamm лише з позначкою «Можливо, підходить».',
  synonyms:
    'KUS, підтримка шкіл, школа, початкова школа, спеціальна школа, група продовженого дня, догляд після уроків, догляд під час канікул, сімейний центр при школі, шкільний соціальний працівник, OGS, Offener Ganztag, Ganztag, Familiengrundschulzentrum, Schulsozialarbeit',
  steps: [
    'Запитайте в школі вашої дитини, чи вона вже належить до KUS. Перші школи KUS (з 2023 року): Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- і Mark-Twain-Schule.',
    'Зверніться до школи або до служби догляду на місці. Там ви дізнаєтеся, які є послуги і як записати дитину до групи продовженого дня або на догляд під час канікул.',
  ],
  documents: ['Анкета школи для запису до групи продовженого дня (Ganztag) або на догляд під час канікул'],
  ruleTexts: {
    'die Schule Ihres Kindes schon zum KUS gehört – fragen Sie dort nach': 'школа вашої дитини вже належить до KUS – запитайте про це там',
  },
} satisfies SeedAngebotTranslation
