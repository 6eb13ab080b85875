import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: "Familienbüro'nun aile bülteni (Familieninfobrief)",
  summary:
    "Familienbüro (Aile Bürosu) yılda dört kez aile bültenini (Familieninfobrief) e-postayla gönderir. Bültende Hamm'daki aileler için haberler, hizmetler ve etkinlik önerileri yer alır.",
  costs: 'Ücretsizdir.',
  provider: "Hamm Belediyesi Familienbüro'su (Aile Bürosu)",
  eligibilitySummary: "Tüm aileler ve ilgilenen herkes – özellikle Hamm'daki aileler.",
  synonyms:
    'aile bülteni, bülten, haber bülteni, e-posta bülteni, etkinlikler, etkinlik takvimi, haberler, Familieninfobrief, Infobrief, Newsletter',
  steps: ["Aile bültenini e-postayla nasıl alabileceğinizi Familienbüro'ya sorun."],
  documents: ['Bir e-posta adresi.'],
  ruleTexts: {
    'Sie sind eine Familie in Hamm – der Infobrief hält Sie über Angebote und Termine auf dem Laufenden.':
      "Hamm'da yaşayan bir ailesiniz – bülten sizi hizmetler ve etkinlikler hakkında bilgilendirir.",
    'Sie erwarten ein Baby – der Infobrief hält Sie über Angebote für Familien in Hamm auf dem Laufenden.':
      "Bebek bekliyorsunuz – bülten sizi Hamm'daki ailelere yönelik hizmetler hakkında bilgilendirir.",
  },
} satisfies SeedAngebotTranslation
