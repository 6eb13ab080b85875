import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Okullar için belediye destek sistemi (Kommunales Unterstützungssystem für Schulen – KUS)',
  summary:
    "KUS, Hamm'daki okulların çocuklara iyi bakmasına ve onları desteklemesine yardım eder: tam gün okul, tatil bakımı, aile ilkokul merkezleri (Familiengrundschulzentren) ve pedagojik destekle – hepsi tek elden. 2023'te yedi okulda başladı; zamanla tüm okulların katılması planlanıyor.",
  costs:
    'Pedagojik yardımlar ücretsizdir. Tam gün okuldaki bakım için ebeveynler gelire göre belirlenen bir katkı payı öder. Tatil bakımı için de ücret alınabilir.',
  provider: 'Hamm Belediyesi (Stadt Hamm), katılan okullardaki sorumlu kuruluşlarla (Träger) birlikte',
  eligibilitySummary:
    "Hamm'daki KUS okullarındaki çocuklar ve aileler. 2023/24 okul yılından beri bunlar Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- ve Mark-Twain-Schule'dir; belediyenin planlarına göre 2027'ye kadar tüm okulların katılması öngörülüyor. Situations-Finder çocuğunuzun hangi okula gittiğini sormaz. Bu yüzden KUS'u Hamm'daki okul çocukları için yalnızca “belki uygun” olarak gösterir.",
  synonyms:
    'KUS, belediye okul desteği, okul, ilkokul, özel eğitim okulu, OGS, tam gün okul, tatil bakımı, aile ilkokul merkezi, okul sosyal hizmeti, öğleden sonra bakımı, Kommunales Unterstützungssystem, Offener Ganztag, Ferienbetreuung, Familiengrundschulzentrum, Schulsozialarbeit',
  steps: [
    "Çocuğunuzun okuluna KUS'a dahil olup olmadığını sorun. İlk KUS okulları (2023'ten beri) Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- ve Mark-Twain-Schule'dir.",
    'Okulla veya oradaki bakım ekibiyle konuşun. Orada hangi hizmetlerin olduğunu ve çocuğunuzu tam gün okul veya tatil bakımı için nasıl kaydettireceğinizi öğrenirsiniz.',
  ],
  documents: ['Okulun tam gün okul veya tatil bakımı kayıt formu'],
  ruleTexts: {
    'die Schule Ihres Kindes schon zum KUS gehört – fragen Sie dort nach': "çocuğunuzun okulu zaten KUS'a dahilse – okula sorun",
  },
} satisfies SeedAngebotTranslation
