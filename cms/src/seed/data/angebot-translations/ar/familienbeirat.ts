import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'مجلس العائلات (Familienbeirat): شاركوا في تشكيل Hamm',
  summary:
    'في مجلس العائلات (Familienbeirat) تقول العائلات لإدارة المدينة ما الذي يسير بشكل جيد، وما الذي يجب أن يتحسن. يمكن لكل عائلة من Hamm أن تشارك – حتى لفترة محدودة فقط، أو في موضوع واحد.',
  costs: 'مجاني.',
  provider: 'مدينة Hamm – وحدة «المدينة الأكثر ملاءمة للعائلات» (Stabsstelle Familienfreundlichste Stadt)',
  eligibilitySummary:
    'كل العائلات من Hamm – الآباء والأمهات، والأجداد والجدات، والآباء والأمهات الذين يربّون أطفالهم وحدهم، حتى لفترة محدودة فقط، أو في موضوع واحد. لا حاجة إلى معرفة مسبقة.',
  synonyms:
    'مجلس العائلات, المشاركة, المشاركة في القرار, رأي العائلات, أفكار للمدينة, عمل تطوعي, قول رأيي, Familienbeirat, Beirat, Beteiligung, Mitbestimmung, Ehrenamt',
  steps: [
    'تريدون المشاركة؟ تواصلوا مع وحدة «المدينة الأكثر ملاءمة للعائلات» (Stabsstelle Familienfreundlichste Stadt). لا تحتاجون إلى معرفة مسبقة ولا إلى أوراق.',
  ],
  documents: ['لا حاجة إلى أوراق.'],
  ruleTexts: {
    'Sie sind eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.':
      'أنتم عائلة في Hamm – تجاربكم مطلوبة في مجلس العائلات (Familienbeirat).',
    'Sie werden bald eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.':
      'ستصبحون قريبًا عائلة في Hamm – تجاربكم مطلوبة في مجلس العائلات (Familienbeirat).',
  },
} satisfies SeedAngebotTranslation
