import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'تربية الأطفال دون شريك، لكنكم لستم وحدكم: مساعدات للآباء والأمهات الذين يربّون أطفالهم وحدهم (Hilfen für Alleinerziehende)',
  summary:
    'تربّون طفلكم وحدكم؟ في Hamm توجد خدمات كثيرة وأماكن لقاء وأشخاص يمكنكم التوجه إليهم، مخصصة للآباء والأمهات الذين يربّون أطفالهم وحدهم – وتوجد أيضًا مساعدات مالية من المفيد أن تعرفوها.',
  costs: 'الاستشارة مجانية.',
  provider: 'مدينة Hamm – مكتب رعاية الشباب (Jugendamt)، ومكتب العائلة (Familienbüro)، والشركاء',
  eligibilitySummary: 'الأمهات والآباء في Hamm الذين يربّون طفلهم أو أطفالهم دون شريكة أو شريك في المنزل.',
  synonyms:
    'أم عزباء, أب أعزب, أم وحيدة, أب وحيد, تربية الأطفال دون شريك, تربية الطفل وحدي, انفصال, طلاق, نفقة, نفقة الأطفال, مساعدة للأم العزباء, Alleinerziehende, alleinerziehend, Unterhalt, Beistandschaft, Steuerklasse 2, Entlastungsbetrag',
  steps: [
    'استخدموا Situations-Finder في Familienrathaus الرقمي (دار البلدية للعائلات): يعرض لكم المساعدات التي تناسب عائلتكم.',
    'تعالوا إلى Familienrathaus، أو تواصلوا مع مكتب العائلة (Familienbüro). هناك تعرفون ما خدمات الاستشارة وأماكن اللقاء الموجودة قريبًا منكم.',
    'إذا كان الأمر يتعلق بالنفقة (Unterhalt) أو بالتواصل مع الطفل ورؤيته (Umgang)، فاحجزوا موعدًا في مكتب رعاية الشباب (Jugendamt). أحضروا معكم أوراق الانفصال أو الطلاق أو النفقة، إن وُجدت.',
  ],
  documents: ['إن وُجدت: أوراق الانفصال أو الطلاق أو حق الحضانة (Sorgerecht) أو النفقة', 'قرارات (Bescheide) المساعدات التي تحصلون عليها الآن'],
  ruleTexts: {
    'Sie erziehen Ihr Kind allein.': 'تربّون طفلكم وحدكم.',
  },
} satisfies SeedAngebotTranslation
