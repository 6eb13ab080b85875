import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'زيارة الترحيب للعائلات التي لديها رضيع وللعائلات الوافدة حديثًا (Willkommensbesuch)',
  summary:
    'أهلًا وسهلًا بكم في Hamm! بعد الولادة تعرض المدينة على كل عائلة زيارة – وأيضًا على العائلات التي تنتقل حديثًا إلى Hamm مع أطفال صغار. يُحضر معه شخص مختص معلومات وهدية، ويجيب عن أسئلتكم. بشكل اختياري ومجانًا.',
  costs: 'مجانية.',
  provider: 'مدينة Hamm – المساعدات المبكرة (Frühe Hilfen) في Familienrathaus، بالتعاون مع جهات مستقلة لرعاية الشباب',
  eligibilitySummary: 'كل العائلات في Hamm التي لديها طفل مولود حديثًا، والعائلات التي انتقلت حديثًا إلى Hamm مع أطفال حتى ست سنوات.',
  synonyms:
    'زيارة الترحيب, زيارة للمولود, زيارة منزلية بعد الولادة, ترحيب بالمولود, هدية للمولود, حقيبة ترحيب, رضيع, ولادة, مولود جديد, انتقلنا إلى Hamm, وصلنا حديثًا إلى Hamm, Willkommensbesuch, Babybesuch, Begrüßungsbesuch, Frühe Hilfen, Hausbesuch',
  steps: [
    'لا تحتاجون إلى تقديم أي طلب. بعد الولادة يصلكم خبر زيارة الترحيب برسالة.',
    'إذا كان الموعد لا يناسبكم، أو لا تريدون زيارة، فتواصلوا ببساطة مع الجهة المذكورة.',
    'انتقلتم حديثًا، أو لم تصلكم رسالة؟ تواصلوا مع Familienrathaus أو مع مكتب العائلة (Familienbüro).',
  ],
  documents: ['لا حاجة إلى أوراق.'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Baby unter einem Jahr – die Stadt Hamm heißt es mit einem Besuch willkommen.':
      'في عائلتكم يعيش رضيع عمره أقل من سنة – ترحّب به مدينة Hamm بزيارة.',
    'Sie sind mit einem Kind bis sechs Jahre neu nach Hamm gezogen – auch dann gibt es einen Willkommensbesuch.':
      'انتقلتم حديثًا إلى Hamm مع طفل عمره حتى ست سنوات – في هذه الحالة أيضًا توجد زيارة ترحيب.',
  },
} satisfies SeedAngebotTranslation
