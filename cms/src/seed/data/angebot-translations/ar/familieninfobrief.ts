import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'النشرة الإخبارية للعائلات من مكتب العائلة (Familieninfobrief)',
  summary:
    'أربع مرات في السنة يرسل مكتب العائلة (Familienbüro) النشرة الإخبارية للعائلات (Familieninfobrief) بالبريد الإلكتروني. فيها أخبار وخدمات ونصائح عن الفعاليات للعائلات في Hamm.',
  costs: 'مجانية.',
  provider: 'مكتب العائلة (Familienbüro) في مدينة Hamm',
  eligibilitySummary: 'كل العائلات وكل المهتمين – وخاصة العائلات في Hamm.',
  synonyms:
    'نشرة إخبارية, نشرة العائلات, رسالة إخبارية بالبريد الإلكتروني, أخبار للعائلات, فعاليات, مواعيد, تقويم الفعاليات, Familieninfobrief, Infobrief, Newsletter, Familienbüro',
  steps: ['اسألوا مكتب العائلة (Familienbüro) كيف تحصلون على النشرة الإخبارية للعائلات بالبريد الإلكتروني.'],
  documents: ['عنوان بريد إلكتروني.'],
  ruleTexts: {
    'Sie sind eine Familie in Hamm – der Infobrief hält Sie über Angebote und Termine auf dem Laufenden.':
      'أنتم عائلة في Hamm – تُبقيكم النشرة الإخبارية على اطّلاع على الخدمات والمواعيد.',
    'Sie erwarten ein Baby – der Infobrief hält Sie über Angebote für Familien in Hamm auf dem Laufenden.':
      'تنتظرون طفلًا – تُبقيكم النشرة الإخبارية على اطّلاع على خدمات العائلات في Hamm.',
  },
} satisfies SeedAngebotTranslation
