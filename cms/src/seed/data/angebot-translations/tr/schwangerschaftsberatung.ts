import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Hamilelik danışmanlığı (Schwangerschaftsberatung)',
  summary:
    'Hamile misiniz, sorunuz mu var? Devletçe tanınmış merkezler size ve partnerinize ücretsiz, gizli, isterseniz isimsiz danışmanlık verir: para, başvurular, iş, partnerlik, doğum öncesi tanı (Pränataldiagnostik) veya hamilelik çatışması (Schwangerschaftskonflikt) – çocuğun 3. yaş gününe kadar da.',
  costs: 'Ücretsizdir.',
  provider: "Devlet tarafından tanınmış hamilelik danışma merkezleri, Hamm'da bunlar arasında Caritas danışma merkezindeki SkF",
  eligibilitySummary:
    'Tüm hamile kadınlar ve partnerleri, aile planlaması ve hamilelikle ilgili soruları olan kadınlar ve erkekler ile üç yaşından küçük çocuğu olan aileler. Hiçbir şart yok; isterseniz isim vermeden.',
  synonyms:
    'hamilelik danışmanlığı, hamile danışmanlık, hamilelikte çatışma danışmanlığı, danışmanlık belgesi, kürtaj, gebeliği sonlandırma, aile planlaması, doğum kontrolü, doğum öncesi tanı, hamile, Schwangerschaftsberatung, Schwangerschaftskonfliktberatung, Beratungsschein, Bundesstiftung Mutter und Kind, SkF, Caritas',
  steps: [
    'Bir danışma merkezini arayın veya e-posta yazın ve randevu alın. İki kişi olarak da gelebilirsiniz.',
    "Bundesstiftung Mutter und Kind'e (Anne ve Çocuk Federal Vakfı) başvuru için henüz hamile olmanız gerekir – bu yüzden erkenden başvurun.",
    'Hamileliği sonlandırmayı (Schwangerschaftsabbruch) mı düşünüyorsunuz? Danışmanlık belgesi (Beratungsschein) veren bir merkezden hızla çatışma danışmanlığı (Konfliktberatung) için randevu alın.',
  ],
  documents: [
    'Anne pasaportu (Mutterpass) veya hamileliği gösteren doktor belgesi',
    'Başvurular için: kimlik, gelir ve kira belgeleri, sosyal yardım kararları (Bescheide)',
  ],
  ruleTexts: {
    'Sie erwarten ein Kind – eine Schwangerschaftsberatung kann Ihnen in vielen Fragen helfen.':
      'Bebek bekliyorsunuz – hamilelik danışmanlığı birçok konuda size yardımcı olabilir.',
    'Ihr Kind ist unter drei Jahren – so lange begleiten Schwangerschaftsberatungsstellen auch nach der Geburt.':
      'Çocuğunuz üç yaşından küçük – hamilelik danışma merkezleri doğumdan sonra da bu yaşa kadar size eşlik eder.',
  },
} satisfies SeedAngebotTranslation
