import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: "Aile Danışma Kurulu: Hamm'ı birlikte şekillendirin (Familienbeirat)",
  summary:
    "Aile Danışma Kurulunda (Familienbeirat) aileler belediye yönetimine neyin iyi gittiğini ve neyin daha iyi olması gerektiğini söyler. Hamm'daki her aile katılabilir – yalnızca bir süre için veya tek bir konuda da.",
  costs: 'Ücretsizdir.',
  provider: 'Hamm Belediyesi (Stadt Hamm) – Stabsstelle Familienfreundlichste Stadt (En Aile Dostu Şehir birimi)',
  eligibilitySummary:
    "Hamm'daki tüm aileler – ebeveynler, büyükanne ve büyükbabalar, tek ebeveynler; yalnızca bir süre için veya tek bir konuda da. Ön bilgi gerekmez.",
  synonyms:
    'aile danışma kurulu, aile meclisi, katılım, fikir bildirmek, görüş bildirmek, gönüllülük, belediyeye öneri, söz hakkı, Familienbeirat, Beirat, Beteiligung, Mitmachen',
  steps: ["Katılmak mı istiyorsunuz? Stabsstelle Familienfreundlichste Stadt'a başvurun. Ön bilgiye ve belgeye ihtiyacınız yok."],
  documents: ['Belge gerekmez.'],
  ruleTexts: {
    'Sie sind eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.':
      "Hamm'da yaşayan bir ailesiniz – Aile Danışma Kurulunda deneyimlerinize ihtiyaç var.",
    'Sie werden bald eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.':
      "Yakında Hamm'da bir aile olacaksınız – Aile Danışma Kurulunda deneyimlerinize ihtiyaç var.",
  },
} satisfies SeedAngebotTranslation
