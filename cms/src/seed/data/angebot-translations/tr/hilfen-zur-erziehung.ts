import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Çocuk yetiştirmede yardımlar (Hilfen zur Erziehung – Jugendamt desteği)',
  summary:
    "Çocuklarla günlük hayat çok zorlaştığında, ebeveynlerin Jugendamt'tan yardım alma hakkı vardır: örneğin eve gelen bir aile yardımcısı (Familienhelferin), çocuğunuz için bir eğitim destekçisi (Erziehungsbeistand) veya bir gündüz grubu (Tagesgruppe). Ayakta (ambulant) verilen yardımlar ücretsizdir.",
  costs:
    "Danışmanlık ile aile yardımı, eğitim destekçisi ve sosyal grup çalışması gibi ayakta (ambulant) verilen yardımlar ücretsizdir. Gündüz grubu, koruyucu aile veya konut grubu (Wohngruppe) için ebeveynler gelirlerine göre katkı payı öder. Gençler 2023'ten beri kendi gelirlerinden hiçbir şey ödemek zorunda değildir.",
  provider:
    "Hamm Belediyesi Jugendamt'ı; yardımları çoğu zaman Jugendamt adına serbest gençlik yardımı kuruluşları (freie Träger der Jugendhilfe) verir",
  eligibilitySummary:
    "Hamm'da 18 yaşından küçük bir çocuğu olan ebeveynler ve diğer velayet sahipleri ile 21 yaşına kadar genç yetişkinler için (gerekçeli durumlarda daha uzun süre de). Yardım olmadan iyi bir yetiştirme sağlanamıyorsa ve yardım uygun ve gerekliyse yasal bir hak vardır. Bunu Jugendamt sizinle konuşarak netleştirir. Situations-Finder destek ihtiyacını sormadığı için bu hizmeti çocuklu ailelere veya genç yetişkinlere yalnızca “belki uygun” olarak gösterir.",
  synonyms:
    'çocuk yetiştirmede yardım, aile yardımı, aile yardımcısı, sosyal pedagojik aile yardımı, eğitim destekçisi, gündüz grubu, sosyal grup çalışması, yardım planı, Jugendamt yardım, çocukla baş edemiyorum, çocuk yetiştirme sorunları, genç yetişkinlere yardım, konut grubu, yurt, Hilfen zur Erziehung, HzE, SPFH, Familienhilfe, Erziehungsbeistand, Tagesgruppe, Hilfeplan, Careleaver',
  steps: [
    "Hamm Belediyesi Jugendamt'ına başvurun – ya da Familienrathaus'taki aile hizmet masasında (Familien-Service-Theke) semtiniz için kimin yetkili olduğunu sorun. Serbest biçimde (formsuz) bir başvuru yeterlidir.",
    'Bir görüşmede ailenizde neyin zor olduğunu ve ne istediğinizi anlatırsınız. Çocuğunuz da sürece katılır.',
    'Jugendamt ile birlikte hangi yardımın uygun olduğuna karar verir ve hedefleri yardım planına (Hilfeplan) yazarsınız.',
    'Yardım, çoğu zaman serbest bir kuruluş aracılığıyla başlar. Düzenli görüşmelerde yardımın işe yarayıp yaramadığını ve nasıl devam edileceğini birlikte değerlendirirsiniz.',
  ],
  documents: ['İlk görüşme için belge gerekmez.', 'Daha sonra katkı payı gerektiren yardımlar için: ebeveynlerin gelir belgeleri'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind unter 18 Jahren.': 'Ailenizde 18 yaşından küçük bir çocuk yaşıyor.',
    'In Ihrer Familie lebt ein junger Mensch zwischen 18 und 21 Jahren.': 'Ailenizde 18 ile 21 yaş arasında bir genç yaşıyor.',
    'Sie sind zwischen 18 und 21 Jahre alt – junge Volljährige können die Hilfe selbst beantragen.':
      '18 ile 21 yaş arasındasınız – genç yetişkinler yardıma kendileri başvurabilir.',
    'Sie oder Ihr Kind mehr Unterstützung brauchen, als eine Beratung geben kann – welche Hilfe passt, klären Sie gemeinsam mit dem Jugendamt':
      'siz veya çocuğunuz bir danışmanlığın verebileceğinden daha fazla desteğe ihtiyaç duyuyorsanız – hangi yardımın uygun olduğunu Jugendamt ile birlikte netleştirirsiniz',
  },
} satisfies SeedAngebotTranslation
