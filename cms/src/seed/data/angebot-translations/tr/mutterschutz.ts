import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Annelik koruması (Mutterschutz)',
  summary:
    'Annelik koruması (Mutterschutz), çalışan, mesleki eğitim gören veya üniversitede okuyan hamile ve emziren kadınları korur: işyerindeki tehlikelere ve işten çıkarılmaya karşı. Doğumdan altı hafta önce ve sekiz hafta sonra çalışmak zorunda değilsiniz.',
  costs:
    'Sizin için ücretsizdir. Koruma sürelerinde annelik parası (Mutterschaftsgeld) ve işvereninizin ek ödemesini alırsınız; çalışma yasağı (Beschäftigungsverbot) durumunda ise şimdiye kadarki ortalama maaşınızı alırsınız.',
  provider: "İşvereniniz; NRW'de denetim: Bezirksregierung'un (bölge yönetimi) iş güvenliği birimi",
  eligibilitySummary:
    "Bir işte çalışan, mesleki eğitim gören, Minijob'da çalışan veya üniversitede okuyan hamile ve emziren kadınlar ile doğumdan sonra dört aya kadar anneler için. Serbest çalışanlar kapsanmaz. Annelik koruması yalnızca bebeği bekleyen veya doğuran kadın için geçerlidir – diğer ebeveyn için değil. Doğumdan sonra Situations-Finder hizmeti, bebek dört aylıktan küçük olduğu sürece gösterir (işten çıkarılmaya karşı koruma); emziren anneler çocuğun ilk yaş gününe kadar ayrıca korunur.",
  synonyms:
    'annelik koruması, doğum izni, hamilelikte izin, koruma süresi, çalışma yasağı, hamilelikte işten çıkarılma, emzirme dönemi, düşükte annelik koruması, Mutterschutz, Mutterschutzfrist, Schutzfrist, Beschäftigungsverbot',
  steps: [
    'Hamileliğinizi ve hesaplanan doğum tarihini öğrenir öğrenmez işvereninize, okulunuza veya üniversitenize bildirin.',
    'Kadın doğum doktorunuzdan doğum tarihini gösteren bir belge alın. Bu belgeye annelik parası için de ihtiyacınız var.',
    "Hangi işleri yapmaya devam edebileceğinizi işvereninizle konuşun. Sorun olursa Bezirksregierung'un iş güvenliği dairesi yardım eder.",
    'Koruma süresinden sonraki dönemi planlayın: Ardından ebeveyn izni (Elternzeit) ve ebeveyn parası (Elterngeld) gelir.',
  ],
  documents: ['Hamileliği ve hesaplanan doğum tarihini gösteren doktor belgesi'],
  ruleTexts: {
    'Ihr Baby ist jünger als vier Monate, und Sie haben es geboren und sind angestellt, in Ausbildung oder im Studium – nach der Geburt gelten Schutzfrist und Kündigungsschutz weiter.':
      'Bebeğiniz dört aylıktan küçük, onu siz doğurdunuz ve çalışıyorsunuz, mesleki eğitimdesiniz veya üniversitede okuyorsunuz – doğumdan sonra koruma süresi ve işten çıkarılmaya karşı koruma devam eder.',
  },
} satisfies SeedAngebotTranslation
