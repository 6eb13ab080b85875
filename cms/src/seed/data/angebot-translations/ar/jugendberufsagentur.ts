import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'وكالة الشباب المهنية في Hamm (Jugendberufsagentur Hamm – JuBA)',
  summary:
    'أيّ مهنة تناسبني؟ أين أجد مكانًا للتدريب المهني؟ تساعد وكالة الشباب المهنية في Hamm (Jugendberufsagentur) في شارع Bismarckstraße 1 الشباب في الطريق من المدرسة إلى التدريب المهني والدراسة الجامعية والعمل – كل شيء في مكان واحد ومجانًا.',
  costs: 'الاستشارة مجانية.',
  provider:
    'وكالة العمل (Agentur für Arbeit Hamm)، ومركز العمل البلدي (Kommunales Jobcenter Hamm)، ومكتب رعاية الشباب (Jugendamt) في Hamm، مع مكتب التنسيق «لا تخرّج دون خطوة تالية» (Kein Abschluss ohne Anschluss)',
  eligibilitySummary:
    'الشباب في Hamm، تقريبًا من مرحلة التوجيه المهني في المدرسة حتى سن 25، الذين يبحثون عن دعم في الانتقال من المدرسة إلى التدريب المهني أو الدراسة الجامعية أو العمل – وآباؤهم وأمهاتهم.',
  synonyms:
    'استشارة مهنية, اختيار المهنة, تدريب مهني, أوسبيلدونغ, مكان تدريب, تدريب عملي, دراسة جامعية, طلب عمل, سيرة ذاتية, عمل, شهادة مدرسية, من المدرسة إلى العمل, JuBA, Jugendberufsagentur, Berufsberatung, Ausbildung, Ausbildungsplatz, Praktikum, Bewerbung, KAoA',
  steps: [
    'تعالوا إلى وكالة الشباب المهنية (Jugendberufsagentur) في شارع Bismarckstraße 1، أو احجزوا موعدًا.',
    'أحضروا معكم، إن وُجدت، آخر شهادة مدرسية، وسيرتكم الذاتية، والرسائل من الدوائر الرسمية. ويمكن للوالدين أن يحضروا معكم.',
    'تخطّطون مع المستشارة أو المستشار للخطوات التالية – تدريب عملي (Praktikum)، أو طلب عمل أو تدريب، أو تدريب مهني، أو مدرسة.',
  ],
  documents: [
    'آخر شهادة مدرسية',
    'السيرة الذاتية، إن وُجدت',
    'الرسائل والقرارات (Bescheide) من وكالة العمل، أو مركز العمل، أو مكتب رعاية الشباب، إن وُجدت',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein junger Mensch zwischen 14 und 24 Jahren – die JuBA hilft beim Weg in Ausbildung und Beruf.':
      'في عائلتكم يعيش شاب أو شابة بين 14 و24 سنة – تساعد JuBA في الطريق إلى التدريب المهني والعمل.',
    'Sie sind unter 25 Jahre alt – die JuBA hilft Ihnen beim Weg in Ausbildung und Beruf.':
      'عمركم أقل من 25 سنة – تساعدكم JuBA في الطريق إلى التدريب المهني والعمل.',
  },
} satisfies SeedAngebotTranslation
