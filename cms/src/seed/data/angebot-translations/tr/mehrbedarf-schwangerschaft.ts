import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Hamilelikte ek ihtiyaç payı (Mehrbedarf bei Schwangerschaft – Grundsicherungsgeld, eski adıyla Bürgergeld)',
  summary:
    "Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) veya sosyal yardım (Sozialhilfe) alıyorsanız ve hamileyseniz, hamileliğin 13. haftasından itibaren temel ihtiyacın (Regelbedarf) yüzde 17'si kadar ek ödeme alırsınız – 2026'da örneğin yalnız yaşayanlar için ayda 95,71 Euro.",
  costs:
    "Temel ihtiyacın yüzde 17'si (2026 itibarıyla): yalnız yaşayanlar ve tek ebeveynler için ayda 95,71 Euro, partnerle yaşayanlar için 86,02 Euro. Ayrı bir başvuru yoktur.",
  provider: 'Kommunales Jobcenter Hamm (sosyal yardımda: Hamm Belediyesi, Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    "Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) veya sosyal yardım alan hamile kadınlar için; hamileliğin 13. haftasından (Situations-Finder'da: doğuma en fazla 28 hafta kalmışsa) doğumun olduğu ayın sonuna kadar. Henüz temel gelir desteğine başvurmadıysanız ve temel gelir desteği sizin için söz konusu olabiliyorsa, Situations-Finder hizmeti “belki uygun” olarak gösterir.",
  synonyms:
    'hamilelikte ek ödeme, hamilelik zammı, hamile Jobcenter, hamile Bürgergeld, anne adayına ek para, ek ihtiyaç payı, Mehrbedarf Schwangerschaft, Schwangerschaftsmehrbedarf, Grundsicherungsgeld schwanger, Bürgergeld schwanger',
  steps: [
    "Hamileliğinizi Jobcenter'a bildirin ve anne pasaportunu (Mutterpass) veya hesaplanan doğum tarihini gösteren doktor belgesini verin.",
    'Aynı zamanda hamilelik ve doğum için ilk donanım yardımına (Erstausstattung) başvurun.',
    "Doğumdan sonra çocuğunuzu Jobcenter'a bildirin.",
  ],
  documents: ['Anne pasaportu (Mutterpass) veya hesaplanan doğum tarihini gösteren doktor belgesi'],
  ruleTexts: {
    'Sie sind schwanger und haben die 12. Schwangerschaftswoche hinter sich.': 'Hamilesiniz ve hamileliğin 12. haftasını geride bıraktınız.',
  },
} satisfies SeedAngebotTranslation
