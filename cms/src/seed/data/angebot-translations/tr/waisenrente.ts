import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Annesi veya babası ölen çocuklar için yetim aylığı (Waisenrente)',
  summary:
    "Ebeveynlerden biri öldüyse çocuk emeklilik sigortasından yarım yetim aylığı (Halbwaisenrente), ikisi de öldüyse tam yetim aylığı (Vollwaisenrente) alır – 18 yaşına kadar; okul, mesleki eğitim, üniversite veya gönüllü hizmette 27'ye kadar. Başvuruyu erkenden Deutsche Rentenversicherung'a yapın.",
  costs:
    "Başvuru ücretsizdir. Miktar, ölen ebeveynin emekli maaşına bağlıdır: yarım yetim aylığı yüzde 10, tam yetim aylığı yüzde 20, her biri ek ödemeyle (Zuschlag). Kaza sigortasından (Unfallversicherung): yıllık iş kazancının yüzde 20'si (yarım yetim) veya yüzde 30'u (tam yetim).",
  provider:
    'Deutsche Rentenversicherung; bir iş kazası veya meslek hastalığından sonra ayrıca Berufsgenossenschaft (meslek birliği) veya Unfallkasse (kaza sigortası kasası)',
  eligibilitySummary:
    'Annesi veya babası ölmüş çocuklar için: 18 yaşına kadar; sonra okulda, mesleki eğitimde, üniversitede, gönüllü hizmette, en fazla dört aylık bir geçiş döneminde veya kendi geçimini sağlayamamasına yol açan bir engeli varsa 27 yaşına kadar. Ölen ebeveyn en az beş yıl sigortalı olmalı veya zaten emekli maaşı almış olmalıdır. Situations-Finder bir ebeveynin ölüp ölmediğini sormaz. Bu yüzden yetim aylığını yalnızca “belki uygun” olarak gösterir – ve yalnızca çocuğu diğer ebeveynden nafaka almayan tek ebeveynlere ve torunların, koruyucu aile çocuklarının veya başka çocukların ebeveynleri olmadan yaşadığı ailelere. Eşinin ölümünden sonra yeniden biriyle birlikte yaşayan veya genç bir yetişkin olarak tek başına yaşayan kişinin de hakkı olabilir.',
  synonyms:
    'yetim aylığı, yetim maaşı, yarım yetim, tam yetim, yetim, ölüm aylığı, çocuklar için emekli maaşı, babam öldü, annem öldü, ebeveyn vefatı, ölüm, dul, emeklilik sigortası, kaza aylığı, Waisenrente, Halbwaisenrente, Vollwaisenrente, Hinterbliebenenrente, Deutsche Rentenversicherung, Berufsgenossenschaft, Waisengeld',
  steps: [
    'Ölüm belgesini (Sterbeurkunde) hazırlayın ve ölen kişinin sigorta numarasını bulun, örneğin bir emeklilik bilgilendirme yazısından (Renteninformation) veya emeklilik kararından.',
    "Yetim aylığı için Deutsche Rentenversicherung'a başvurun – online, yazılı olarak veya emeklilik sigortasının bir danışma merkezinin, bir sigortalı danışmanının (Versichertenberater) ya da bir sigorta dairesinin (Versicherungsamt) yardımıyla. 18 yaşından büyük yetimler için okul, mesleki eğitim, üniversite veya gönüllü hizmet belgesini içeren bir ek (Anlage) gerekir.",
    "Ebeveyn bir iş kazası veya işe gidiş-dönüş yolunda kaza sonucu ya da bir meslek hastalığından öldüyse, işverenin Berufsgenossenschaft'ına veya Unfallkasse'sine de başvurun.",
    'Çocuğunuz reşitse, emeklilik sigortası istediğinde – örneğin yeni bir okul yılında veya yeni bir öğrenim döneminde – aylığın devam etmesi için yeni belgeler gönderin.',
  ],
  documents: [
    'Ölen ebeveynin ölüm belgesi (Sterbeurkunde)',
    'Ölen ebeveynin kayıtlı olduğu, çocuğun doğum belgesi (Geburtsurkunde)',
    'Ölen kişinin sigorta numarası ve varsa emeklilik kararı',
    'Çocuğun kimliği, vergi kimlik numarası (Steuer-ID) ve sağlık sigortası kartı',
    'Ödeme için banka bilgileri (IBAN)',
    '18 yaşından itibaren: okul, mesleki eğitim, üniversite veya gönüllü hizmet belgesi',
    'Evli olmayan ebeveynlerde babalığın tanınması belgesi (Vaterschaftsanerkennung) veya mahkeme kararı; üvey çocuklarda, koruyucu aile çocuklarında veya torunlarda birlikte yaşadığınızı gösteren belgeler',
  ],
  ruleTexts: {
    'das Kind höchstens vier Monate zwischen zwei Ausbildungsabschnitten überbrückt':
      'çocuk iki eğitim aşaması arasında en fazla dört aylık bir ara veriyorsa',
    'das Kind sich wegen seiner Behinderung nicht selbst unterhalten kann': 'çocuk engeli nedeniyle kendi geçimini sağlayamıyorsa',
    'ein Elternteil des Kindes gestorben ist': 'çocuğun ebeveynlerinden biri öldüyse',
  },
} satisfies SeedAngebotTranslation
