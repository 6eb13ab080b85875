import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'الاستشارة والدعم في النفقة (Beratung und Unterstützung bei Unterhalt)',
  summary:
    'كم نفقة (Unterhalt) يستحق طفلي؟ ماذا أفعل إذا لم تُدفع؟ يقدّم مكتب رعاية الشباب (Jugendamt) الاستشارة مجانًا للآباء والأمهات الذين يربّون أطفالهم وحدهم، وللشباب البالغين حتى سن 21، في النفقة وحق رؤية الطفل (Umgang)، ويحسب معكم المبلغ، ويوثّق اتفاقات النفقة بدون رسوم.',
  costs: 'الاستشارة والتوثيق لدى مكتب رعاية الشباب مجانيان.',
  provider: 'مكتب رعاية الشباب (Jugendamt) في مدينة Hamm (Beistandschaften، والتوثيق – Beurkundungen)',
  eligibilitySummary:
    'الأمهات والآباء في Hamm الذين يرعون طفلًا وحدهم، والشباب البالغون حتى بلوغ سن 21 فيما يخص نفقتهم الخاصة. وتوثيق التزامات النفقة متاح للوالدين كليهما.',
  synonyms:
    'نفقة, نفقة الطفل, استشارة النفقة, حساب النفقة, جدول دوسلدورف, كم النفقة, الأب لا يدفع النفقة, سند النفقة, توثيق النفقة, حق رؤية الطفل, انفصال, طلاق, نفقة الأبناء البالغين, Unterhalt, Unterhaltsberatung, Kindesunterhalt, Düsseldorfer Tabelle, Jugendamtsurkunde, Umgangsrecht',
  steps: [
    'احجزوا موعدًا لدى مكتب رعاية الشباب (Jugendamt)، أو اسألوا في مكتب خدمة العائلات (Familien-Service-Theke) في Familienrathaus عن الشخص المناسب للتواصل.',
    'أحضروا معكم الأوراق التي لديكم – وخاصة إثباتات دخل الوالد الآخر، إذا كانت معروفة.',
    'تتحدثون مع المختص عن النفقة التي يستحقها طفلكم، وكيف تحصلون عليها – مثلًا عن طريق سند (Urkunde)، أو Beistandschaft، أو سلفة النفقة (Unterhaltsvorschuss).',
  ],
  documents: [
    'شهادة ميلاد الطفل (Geburtsurkunde)',
    'بطاقة هويتكم',
    'سندات النفقة، أو القرارات، أو الاتفاقات الموجودة',
    'إثباتات الدخل والمدفوعات، إن وُجدت',
  ],
  ruleTexts: {
    'Sie sorgen allein für Ihr Kind – das Jugendamt berät Sie kostenlos zum Unterhalt.':
      'ترعون طفلكم وحدكم – يقدّم لكم مكتب رعاية الشباب (Jugendamt) الاستشارة في النفقة مجانًا.',
  },
} satisfies SeedAngebotTranslation
