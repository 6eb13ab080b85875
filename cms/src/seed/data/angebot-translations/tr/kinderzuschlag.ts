import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Ek çocuk parası (Kinderzuschlag – KiZ)',
  summary:
    "Çalışıyorsunuz ama para bütün aileye zor mu yetiyor? O zaman belki ek çocuk parası (Kinderzuschlag) alırsınız: 2026'da çocuk parasına (Kindergeld) ek olarak çocuk başına ayda 297 Euro'ya kadar. Buna ücretsiz kreş (Kita) ile eğitim ve katılım yardımı (Bildung und Teilhabe) da eklenir.",
  costs:
    "Çocuk başına ayda 297 Euro'ya kadar (2026'daki en yüksek tutar), her seferinde altı ay için onaylanır. Ebeveynlerin kendi ihtiyaçlarını aşan gelirleri ve çocukların gelirleri tutarı azaltır. Başvuru ücretsizdir.",
  provider: "Bundesagentur für Arbeit'ın (Federal İş Ajansı) Familienkasse'si",
  eligibilitySummary:
    'Hanede 25 yaşından küçük çocukları olan, bu çocuklar için çocuk parası (Kindergeld) alan ve kendi geliri olan ama bu geliri düşük olan ebeveynler için: çift olarak ayda en az 900 Euro brüt, tek ebeveyn olarak 600 Euro. Situations-Finder bu hizmeti düşük gelirde “uygun”, orta düzeyde gelirde “belki uygun” olarak gösterir – yetip yetmeyeceğine tam olarak gelir, kira ve aile büyüklüğü karar verir. Çalışarak kazanılan gelir yoksa ek çocuk parası verilmez. Basitleştirme: Situations-Finder, asgari gelir sınırına ulaşılıp ulaşılmadığını ve bir çocuğun evli olup olmadığını kontrol etmez.',
  synonyms:
    'ek çocuk parası, çocuk zammı, çocuklar için ek para, az para, düşük gelir, düşük maaş, aile yardımı, KiZ, Kinderzuschlag, Kinderzulage, Familienkasse, KiZ-Lotse',
  steps: [
    "Familienkasse'nin KiZ-Lotse aracıyla başvurunun işe yarayıp yaramayacağını kontrol edin.",
    "Başvurunuzu online veya yazılı olarak Familienkasse'ye yapın. Ek çocuk parası en erken başvuru yaptığınız aydan itibaren ödenir.",
    "En iyisi aynı anda Hamm Belediyesi'nin Wohngeld bürosuna (Wohngeldstelle) kira yardımı (Wohngeld) için de başvurun.",
    'Altı ay sonra devam başvurusu (Weiterbewilligungsantrag) yaparsınız. Kararla (Bescheid) birlikte eğitim ve katılım yardımına (YouCardHamm) ve kreş ücretlerinden muafiyete de başvurursunuz.',
  ],
  documents: [
    'Son altı aya ait maaş bordroları veya diğer gelir belgeleri',
    'Kira sözleşmesi veya konut ve ısınma masraflarını gösteren belge',
    'Çocuklar için nafaka veya nafaka avansı (Unterhaltsvorschuss) belgeleri',
    'Çocuk parası numarası (Kindergeldnummer)',
    'Varsa kira yardımı kararı (Wohngeldbescheid)',
  ],
  deadline: 'Başvurduğunuz aydan itibaren, geriye dönük değil: başvurunuzu erken yapın.',
  ruleTexts: {
    'Sie verdienen Geld, aber es reicht nicht ganz für die ganze Familie.': 'Para kazanıyorsunuz ama bu, bütün aileye tam yetmiyor.',
  },
} satisfies SeedAngebotTranslation
