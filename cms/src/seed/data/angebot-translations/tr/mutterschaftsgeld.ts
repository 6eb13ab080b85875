import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Annelik parası (Mutterschaftsgeld)',
  summary:
    "Doğumdan önceki ve sonraki koruma sürelerinde (Schutzfristen) çalışan kadınlar annelik parası (Mutterschaftsgeld) alır: sağlık sigortasından günde 13 Euro'ya kadar, ayrıca işverenden önceki net maaşa kadar ek ödeme (Zuschuss). Özel sigortalılar federal devletten bir kez 210 Euro'ya kadar alır.",
  costs:
    "Hastalık parası (Krankengeld) hakkıyla yasal sigortalıysanız: sağlık sigortasından günde 13 Euro'ya kadar, artı net maaşa kadar işveren ek ödemesi. Özel sigortalı veya aile sigortasına dahil iseniz: Bundesamt für Soziale Sicherung'dan (Federal Sosyal Güvenlik Dairesi) bir kereye mahsus en fazla 210 Euro, artı işveren ek ödemesi. Başvuru ücretsizdir.",
  provider:
    'Yasal sağlık sigortanız veya Bundesamt für Soziale Sicherung (Mutterschaftsgeldstelle – annelik parası birimi); ek ödeme işverenden',
  eligibilitySummary:
    'Yalnızca bebeği bekleyen veya doğuran kadın için: doğumdan önceki ve sonraki koruma sürelerinde, bir iş veya mesleki eğitim ilişkisi varsa (Minijob dahil), işsizlik parası (Arbeitslosengeld) alıyorsa veya serbest çalışan olarak hastalık parası hakkıyla gönüllü yasal sigortalıysa. Yalnızca temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) alan ve çalışmayanların hakkı yoktur. Annelik parasının miktarı ve kimin ödediği sağlık sigortanıza bağlıdır.',
  synonyms:
    'annelik parası, doğum parası, doğum izni parası, işveren ek ödemesi, annelik koruması parası, günde 13 Euro, 210 Euro, Mutterschaftsgeld, Mutterschutzgeld, Arbeitgeberzuschuss, Mutterschaftsgeldstelle, Bundesamt für Soziale Sicherung',
  steps: [
    'Hesaplanan doğum tarihinden en erken yedi hafta önce doktorunuzdan veya ebenizden doğum tarihini gösteren belgeyi alın.',
    "Yasal sigortalıysanız: Belgeyi sağlık sigortanıza verin. Özel sigortalı veya aile sigortasına dahil iseniz: Annelik parası için Bundesamt für Soziale Sicherung'a başvurun.",
    'Ek ödeme için işvereninize başvurun; birçok işveren bunu maaş bordrosuyla otomatik olarak öder.',
    'Doğumdan sonraki koruma süresinin hesaplanabilmesi için doğumdan sonra doğum belgesini sağlık sigortasına gönderin.',
  ],
  documents: [
    'Tahmini doğum gününü gösteren doktor belgesi',
    'Doğumdan sonra: doğum belgesi (Geburtsurkunde veya Geburtsbescheinigung)',
    "Bundesamt'a başvuruda: iş ilişkisini gösteren işveren belgesi",
  ],
  reminders: ['Tahmini doğum tarihi belgesini alın ve Mutterschaftsgeld için başvurun'],
  ruleTexts: {
    'Sie sind schwanger und angestellt oder in Ausbildung – in den Schutzfristen bekommen Sie Mutterschaftsgeld und den Zuschuss Ihres Arbeitgebers.':
      'Hamilesiniz ve bir işte çalışıyorsunuz veya mesleki eğitim görüyorsunuz – koruma sürelerinde annelik parası ve işvereninizin ek ödemesini alırsınız.',
    'Sie sind schwanger, gesetzlich versichert und bekommen Arbeitslosengeld – dann zahlt Ihre Krankenkasse Mutterschaftsgeld (§ 24i SGB V).':
      'Hamilesiniz, yasal sigortalısınız ve işsizlik parası (Arbeitslosengeld) alıyorsunuz – o zaman sağlık sigortanız annelik parası öder (§ 24i SGB V).',
    'Sie freiwillig gesetzlich versichert sind und dabei den Anspruch auf Krankengeld gewählt haben':
      'gönüllü olarak yasal sigortalıysanız ve bu sigortada hastalık parası (Krankengeld) hakkını seçtiyseniz',
    'Ihr Baby ist erst wenige Wochen alt, und Sie haben es geboren und sind angestellt – in der Schutzfrist nach der Geburt bekommen Sie Mutterschaftsgeld.':
      'Bebeğiniz henüz birkaç haftalık, onu siz doğurdunuz ve bir işte çalışıyorsunuz – doğumdan sonraki koruma süresinde annelik parası alırsınız.',
    'Ihr Baby ist erst wenige Wochen alt, Sie haben es geboren, sind gesetzlich versichert und bekommen Arbeitslosengeld – die Krankenkasse zahlt Mutterschaftsgeld.':
      'Bebeğiniz henüz birkaç haftalık, onu siz doğurdunuz, yasal sigortalısınız ve işsizlik parası alıyorsunuz – sağlık sigortası annelik parası öder.',
  },
} satisfies SeedAngebotTranslation
