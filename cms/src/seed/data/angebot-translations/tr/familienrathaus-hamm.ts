import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Familienrathaus Hamm (Aile Belediyesi) – doğumla ilgili hizmetler ve tüm aile soruları için',
  summary:
    "Doğum belgesi, ebeveyn parası (Elterngeld), danışmanlık: Caldenhofer Weg 10 adresindeki Familienrathaus'ta doğumla ilgili birçok işinizi tek bir yerde halledersiniz. Diğer tüm aile sorularında aile hizmet masası (Familien-Service-Theke) size yardımcı olur. Çekinmeden uğrayın.",
  costs: "Danışmanlık ve bilgi ücretsizdir. Belgeler için Standesamt'ın (nüfus dairesi) olağan harçları ödenir.",
  provider: 'Hamm Belediyesi (Stadt Hamm)',
  eligibilitySummary:
    "Hamm'daki tüm aileler ve anne-baba adayları. Doğumla ilgili hizmetler burada bir araya getirilmiştir; diğer konularda tüm aileler bilgi alır ve doğru yere yönlendirilir.",
  synonyms:
    'Familienrathaus, aile belediyesi, aile hizmetleri, aile hizmet masası, doğum belgesi, nüfus dairesi, doğum, bebek, resmî daire, belediye, danışma yeri, Familien-Service-Theke, FaST, Mesestift, Caldenhofer Weg, Standesamt, Geburtsurkunde, Elterngeldstelle',
  steps: [
    "Önce dijital Familienrathaus'ta online olarak hangi hizmetlerin ailenize uygun olduğuna bakın.",
    "Caldenhofer Weg 10 adresindeki Familienrathaus'ta aile hizmet masasına (Familien-Service-Theke) gelin. Bazı işler için, örneğin Standesamt'ta, randevu almanız gerekir.",
    'Kimliğinizi ve varsa konunuzla ilgili mektupları veya kararları (Bescheide) yanınızda getirin.',
  ],
  documents: [
    'Kimlik kartı veya pasaport',
    'Doğumdan sonra: doğum belgesi için gereken belgeler (örneğin hastanenin doğum bildirimi, evlilik belgesi veya ebeveynlerin doğum belgeleri)',
    'Konunuzla ilgili mektuplar ve kararlar (Bescheide)',
  ],
  ruleTexts: {
    'Sie erwarten ein Baby – rund um die Geburt erledigen Sie im Familienrathaus vieles an einem Ort.':
      "Bebek bekliyorsunuz – doğumla ilgili birçok işi Familienrathaus'ta tek bir yerde halledersiniz.",
    'Sie sind eine Familie in Hamm – das Familienrathaus ist Ihre Anlaufstelle für alle Familienfragen.':
      "Hamm'da yaşayan bir ailesiniz – Familienrathaus tüm aile sorularında başvuracağınız yerdir.",
  },
} satisfies SeedAngebotTranslation
