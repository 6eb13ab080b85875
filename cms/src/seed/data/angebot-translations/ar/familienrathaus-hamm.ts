import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'دار البلدية للعائلات في Hamm (Familienrathaus Hamm) – خدمات حول الولادة ولكل أسئلة العائلة',
  summary:
    'شهادة الميلاد، وإعانة الوالدين (Elterngeld)، والاستشارة: في Familienrathaus في شارع Caldenhofer Weg 10 تُنجزون أمورًا كثيرة حول الولادة في مكان واحد. ولكل أسئلة العائلة الأخرى يساعدكم مكتب خدمة العائلات (Familien-Service-Theke). تعالوا ببساطة.',
  costs: 'الاستشارة والمعلومات مجانية. للوثائق تُدفع الرسوم المعتادة لمكتب الأحوال المدنية (Standesamt).',
  provider: 'مدينة Hamm',
  eligibilitySummary:
    'كل العائلات وكل مَن ينتظرون طفلًا في Hamm. الخدمات المتعلقة بالولادة مجمّعة هنا؛ وفي الأمور الأخرى تحصل كل العائلات على معلومات وتوجيه إلى الجهة المناسبة.',
  synonyms:
    'دار البلدية للعائلات, خدمة العائلات, مكتب خدمة العائلات, شهادة الميلاد, تسجيل المولود, ولادة, رضيع, دائرة رسمية, مكتب حكومي, مكان واحد لكل شيء, نقطة اتصال للعائلات, Familienrathaus, Familienservice, Familien-Service-Theke, FaST, Mesestift, Caldenhofer Weg, Standesamt, Geburtsurkunde, Elterngeldstelle',
  steps: [
    'انظروا أولًا عبر الإنترنت في Familienrathaus الرقمي ما الخدمات التي تناسب عائلتكم.',
    'تعالوا إلى مكتب خدمة العائلات (Familien-Service-Theke) في Familienrathaus في شارع Caldenhofer Weg 10. لبعض الأمور، مثلًا لدى مكتب الأحوال المدنية (Standesamt)، تحتاجون إلى موعد.',
    'أحضروا معكم بطاقة هويتكم، وإن وُجدت، الرسائل أو القرارات (Bescheide) المتعلقة بأمركم.',
  ],
  documents: [
    'بطاقة الهوية أو جواز السفر',
    'بعد الولادة: الأوراق اللازمة لشهادة الميلاد (مثلًا إشعار الولادة من المستشفى، أو عقد الزواج، أو شهادات ميلاد الوالدين)',
    'الرسائل والقرارات (Bescheide) المتعلقة بأمركم',
  ],
  ruleTexts: {
    'Sie erwarten ein Baby – rund um die Geburt erledigen Sie im Familienrathaus vieles an einem Ort.':
      'تنتظرون طفلًا – في Familienrathaus تُنجزون أمورًا كثيرة حول الولادة في مكان واحد.',
    'Sie sind eine Familie in Hamm – das Familienrathaus ist Ihre Anlaufstelle für alle Familienfragen.':
      'أنتم عائلة في Hamm – Familienrathaus هو المكان الذي تتوجهون إليه في كل أسئلة العائلة.',
  },
} satisfies SeedAngebotTranslation
