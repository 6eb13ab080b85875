import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Bakım parası (Pflegegeld)',
  summary:
    "Bakım derecesi (Pflegegrad) 2 ile 5 arasında olan bir kişiye evde yakınları bakıyorsa, bakım sigortası (Pflegekasse) bakım parası (Pflegegeld) öder: 2026'da ayda 347 ile 990 Euro arası. Bu, bakıma muhtaç çocuklar için de geçerlidir.",
  costs:
    '2026 itibarıyla aylık: Pflegegrad 2: 347 Euro, Pflegegrad 3: 599 Euro, Pflegegrad 4: 800 Euro, Pflegegrad 5: 990 Euro. Başvuru ve değerlendirme ücretsizdir.',
  provider: 'Bakıma muhtaç kişinin bakım sigortası (Pflegekasse, sağlık sigortasında)',
  eligibilitySummary:
    "Evde bakılan ve bakımını kendisi – örneğin yakınları aracılığıyla – sağlayan, bakım derecesi 2 ile 5 arasında olan her yaştan bakıma muhtaç kişiler için. Bakım derecesi 1'de bakım parası yoktur, ama destek tutarı (Entlastungsbetrag) vardır. Hanedeki biri için bakım derecesi olup olmadığı belli olmadığı sürece Situations-Finder hizmeti “belki uygun” olarak gösterir; tüm hane için sorulan engel, gelişim geriliği veya bakım derecesi sorusu bunu tek tıkla netleştirir.",
  synonyms:
    'bakım parası, bakım derecesi, bakım sigortası, evde bakım, bakım yapan yakınlar, hasta bakımı parası, bakım seviyesi, MD değerlendirmesi, çocuk bakım parası, Pflegegeld, Pflegegrad, Pflegekasse, Pflegestufe, Medizinischer Dienst',
  steps: [
    'Bakım sigortasına (Pflegekasse) bakım yardımları için başvurun. Bir telefon veya serbest biçimde (formsuz) bir yazı yeterlidir; yardımlar başvuru ayından itibaren verilir.',
    'Medizinischer Dienst (Tıbbi Hizmet) evde değerlendirme için bir randevu belirler. Önceden bir bakım günlüğü tutun ve doktor raporlarını hazırlayın.',
    'Bakım derecesi kararından sonra bakım sigortası bakım parasını her ay öder.',
    "Zorunlu danışmanlık ziyaretlerini ayarlayın: Pflegegrad 2 ve 3'te altı ayda bir, Pflegegrad 4 ve 5'te üç ayda bir.",
  ],
  documents: [
    'Bakım sigortasına başvuru',
    'Doktor raporları ve bulgular',
    'Bakım günlüğü (önerilir)',
    'Çocuklarda: kreş (Kita), okul veya erken destek (Frühförderung) raporları',
  ],
} satisfies SeedAngebotTranslation
