import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Okul yol masrafları: uzak okul yolu için ücretsiz bilet (Schülerfahrkosten)',
  summary:
    "En yakın okula yürüme yolu uzunsa – 2 km'den fazla: ilkokul, 3,5 km'den fazla: sınıf 5 ile 10, 5 km'den fazla: lisenin son kademesi (Oberstufe) –, yol masraflarını okulun sorumlusu (Schulträger) karşılar. Hamm'da hak sahibi öğrenciler bunun için son olarak ücretsiz bir Deutschlandticket aldı.",
  costs:
    "Sizin için ücretsiz: Gerekli yol masraflarını okulun sorumlusu karşılar. Hamm'da bunun için son olarak katkı payı olmadan Deutschlandticket verildi. Başvuru ücretsizdir.",
  provider: 'Okulun sorumlusu olarak Hamm Belediyesi (Schulamt); başka sorumlulara ait okullarda o okulun sorumlusu',
  eligibilitySummary:
    "İkametgâhı NRW'de olan ve seçilen okul türünün en yakın okuluna en kısa yürüme yolu 2 km'den (1–4. sınıflar), 3,5 km'den (5–10. sınıflar) veya 5 km'den (lise son kademesi ve Berufskolleg'deki tam zamanlı eğitim programları) uzun olan öğrenciler için – ya da okul yolu özellikle tehlikeli olan veya sağlık nedenleriyle araçla gitmek zorunda olan öğrenciler için. Situations-Finder okul yolunuzu bilmez: Hizmeti okula giden her çocuk için yalnızca “Duruma göre uygun olabilir” bölümünde gösterir. Meslek okulundaki (Berufsschule) çıraklar genellikle hak sahibi değildir ve gösterilmez. Basitleştirme: Situations-Finder, Berufskolleg'de tam zamanlı ve yarı zamanlı eğitim arasında ayrım yapmaz.",
  synonyms:
    'okul yol masrafları, okul bileti, okul yolu, öğrenci bileti, okul servisi, okul otobüsü, okul taksisi, okul için yol parası, uzak okul yolu, Deutschlandticket öğrenci, Schülerfahrkosten, Schülerticket, Schulwegticket, SchfkVO, Schülerspezialverkehr',
  steps: [
    'Evinizden seçilen okul türünün en yakın okuluna en kısa yürüme yolunu ölçün, örneğin yayalar için bir rota planlayıcıyla.',
    "Okul yol masraflarının karşılanması için Hamm Belediyesi'ne (Schulamt) başvurun – başvuru formunu veya online başvuruyu okulun sekreterliğine sorun. Çocuğunuz başka bir sorumluya ait bir okula gidiyorsa, başvuruyu oraya yapın.",
    'Sağlık nedenlerinde, çocuğunuzun okul yolunu neden yürüyerek gidemeyeceğini gösteren bir doktor raporu ekleyin.',
    'Belediye okul yolunu kontrol eder ve size kararı (Bescheid) gönderir. Ardından çocuğunuz bileti alır.',
  ],
  documents: [
    'Okul yol masraflarının karşılanması için başvuru formu',
    'Okulun kayıt onayı veya okul belgesi (Schulbescheinigung)',
    'En yakın okul çocuğunuzu kabul etmediyse: ret yazısı',
    'Sağlık nedenlerinde: doktor raporu',
  ],
  ruleTexts: {
    'der Fußweg zur nächstgelegenen Schule über 2 km (Klasse 1–4), 3,5 km (Klasse 5–10) oder 5 km (Oberstufe) lang ist, der Weg sehr gefährlich ist oder Ihr Kind aus gesundheitlichen Gründen fahren muss':
      "en yakın okula yürüme yolu 2 km'den (1–4. sınıf), 3,5 km'den (5–10. sınıf) veya 5 km'den (lise son kademesi) uzunsa, yol çok tehlikeliyse ya da çocuğunuz sağlık nedenleriyle araçla gitmek zorundaysa",
  },
} satisfies SeedAngebotTranslation
