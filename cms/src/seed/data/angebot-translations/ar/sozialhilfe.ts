import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title:
    'المساعدة الاجتماعية والضمان الأساسي في الشيخوخة وعند نقص القدرة على العمل (Sozialhilfe und Grundsicherung im Alter und bei Erwerbsminderung)',
  summary:
    'مَن لا يستطيع العمل – بسبب السن أو المرض أو الإعاقة – ولا يكفيه ماله للعيش، يحصل على المساعدة الاجتماعية (Sozialhilfe): المبلغ الأساسي (Regelsatz) والإيجار والتدفئة. ويمكن أيضًا للأبناء البالغين ذوي الإعاقة نيل ضمان أساسي (Grundsicherung) خاص بهم. في Hamm يدفعها مكتب الشؤون الاجتماعية (Sozialamt).',
  costs:
    'المبالغ الأساسية (Regelsätze) في 2026 شهريًا: 563 يورو للبالغين الذين يعيشون في مسكن دون شريكة أو شريك – وأيضًا للابن أو الابنة البالغ في منزل الوالدين –، و506 يورو لكل شريكة أو شريك، و451 يورو في شكل سكن خاص (besondere Wohnform)، و471 يورو (من 14 إلى 17 سنة)، و390 يورو (من 6 إلى 13)، و357 يورو (حتى 5). يُضاف إلى ذلك الإيجار والتدفئة والاحتياجات الإضافية (Mehrbedarfe). أُعلن عن حساب جديد للمبالغ لعام 2027. يمكنكم الاحتفاظ بمدّخرات حتى 10,000 يورو لكل شخص بالغ، وبسيارة مناسبة. تقديم الطلب مجاني.',
  provider: 'مدينة Hamm بصفتها الجهة المسؤولة عن المساعدة الاجتماعية (مكتب الشؤون الاجتماعية – Sozialamt)',
  eligibilitySummary:
    'للأشخاص الذين يقيمون عادةً في ألمانيا، ولا يستطيعون تغطية تكاليف معيشتهم من دخلهم وممتلكاتهم، وبلغوا حد السن (يرتفع حسب سنة الميلاد إلى 67 سنة؛ مَن وُلد في 1960 يبلغه في سن 66 سنة و4 أشهر)، أو فقدوا القدرة على العمل بشكل كامل ودائم (ابتداءً من سن 18)، أو لا يستطيعون العمل مؤقتًا. مَن يحصل على Sozialhilfe من قبل، يرى الخدمة في Situations-Finder على أنها «تناسبكم». وإلا فيعرضها Situations-Finder فقط تحت «قد يناسبكم أيضًا»: فالحاجة تتوقف على المعاش التقاعدي والدخل والمدّخرات، وفقدان القدرة على العمل تفحصه هيئة التأمين التقاعدي (Rentenversicherung) – ولا يسأل Situations-Finder عن أيٍّ منهما. يعرض الخدمة إذا كان يعيش عندكم شخص عمره 66 سنة أو أكثر، أو شخص يحصل على معاش تقاعدي، أو بالغ ذو إعاقة لا يعمل، أو ابن أو ابنة بالغ ذو إعاقة. مَن يحصل على المساعدات وفق قانون طالبي اللجوء لا يحصل على Sozialhilfe. للتبسيط: إذا كان دخل المنزل أكثر من 100,000 يورو في السنة فلا يعرض Situations-Finder الخدمة – ومع ذلك يمكن للابن أو الابنة البالغ ذي الإعاقة الحصول على Grundsicherung، ما دام لا يكسب أحد الوالدين وحده أكثر من 100,000 يورو. ولا يتعرّف على مَن لا يستطيع العمل بسبب مرض طويل فقط دون ذكر إعاقة.',
  synonyms:
    'المساعدة الاجتماعية, سوسيال هيلفه, الضمان الأساسي, الضمان الأساسي في الشيخوخة, الضمان الأساسي عند فقدان القدرة على العمل, المعاش لا يكفي, معاش تقاعدي قليل, فقر الشيخوخة, غير قادر على العمل, معاش العجز, ورشة لذوي الإعاقة, ابن بالغ ذو إعاقة, مكتب الشؤون الاجتماعية, Sozialhilfe, Grundsicherung, Grundsicherung im Alter, Hilfe zum Lebensunterhalt, HLU, SGB XII, Sozialamt, Erwerbsminderung, Erwerbsminderungsrente, WfbM, Regelsatz',
  steps: [
    'احصلوا على استشارة – مثلًا في مكتب خدمة العائلات (Familien-Service-Theke) في Familienrathaus، الذي يدلّكم على الجهة المختصة في مكتب الشؤون الاجتماعية (Sozialamt).',
    'قدّموا الطلب لدى مدينة Hamm. يُمنح الضمان الأساسي فقط عند تقديم طلب، وابتداءً من الشهر الذي يصل فيه الطلب – لذلك قدّموه مبكرًا، وعند الضرورة بدون نموذج خاص.',
    'إذا كان الأمر يتعلق بفقدان دائم للقدرة على العمل، يطلب مكتب الشؤون الاجتماعية من هيئة التأمين التقاعدي (Rentenversicherung) أن تفحصه، إذا لم يحدث ذلك من قبل. القرارات والتقارير التي لديكم تسرّع ذلك.',
    'قدّموا الإثباتات التي يطلبها منكم مكتب الشؤون الاجتماعية، وأبلغوا لاحقًا عن كل تغيير في الدخل أو الإيجار أو المنزل.',
  ],
  documents: [
    'بطاقة الهوية أو جواز السفر، ولمن ليس لديه جواز سفر ألماني: تصريح الإقامة (Aufenthaltstitel)',
    'عقد الإيجار وإثباتات التكاليف الإضافية (Nebenkosten) وتكاليف التدفئة',
    'قرارات المعاش التقاعدي (Rentenbescheide) وإثباتات الدخل الأخرى (ومنها Kindergeld والنفقة)',
    'كشوف الحساب البنكي للأشهر الأخيرة وإثباتات الممتلكات',
    'إثبات التأمين الصحي',
    'إن وُجدت: بطاقة الإعاقة الشديدة (Schwerbehindertenausweis)، وقرار معاش العجز (Erwerbsminderungsrente)، وشهادة من ورشة العمل لذوي الإعاقة (Werkstatt für behinderte Menschen)',
  ],
  ruleTexts: {
    'Sie bekommen schon Sozialhilfe oder Grundsicherung – hier finden Sie, was dazugehört und was Sie bei Änderungen tun.':
      'تحصلون من قبل على المساعدة الاجتماعية (Sozialhilfe) أو الضمان الأساسي (Grundsicherung) – هنا تجدون ما يتعلق بها، وما تفعلونه عند حدوث تغييرات.',
    'In Ihrem Haushalt lebt jemand, der die Altersgrenze erreicht hat oder bald erreicht (Jahrgang 1960: 66 Jahre und 4 Monate, ab Jahrgang 1964: 67 Jahre).':
      'في منزلكم يعيش شخص بلغ حد السن أو سيبلغه قريبًا (مواليد 1960: 66 سنة و4 أشهر، ومواليد 1964 وما بعدها: 67 سنة).',
    'In Ihrem Haushalt lebt jemand mit Rente – reicht sie nicht zum Leben, kann die Sozialhilfe aufstocken.':
      'في منزلكم يعيش شخص يحصل على معاش تقاعدي – إذا كان لا يكفي للعيش، يمكن للمساعدة الاجتماعية أن تكمّله.',
    'In Ihrem Haushalt lebt ein Erwachsener mit Behinderung, der nicht arbeitet.': 'في منزلكم يعيش شخص بالغ ذو إعاقة لا يعمل.',
    'die erwachsene Person mit Behinderung wegen ihrer Krankheit oder Behinderung weniger als drei Stunden am Tag arbeiten kann':
      'كان الشخص البالغ ذو الإعاقة لا يستطيع، بسبب مرضه أو إعاقته، أن يعمل ثلاث ساعات في اليوم أو أكثر',
    'Ihr Haushalt hat kein Einkommen über 100.000 Euro im Jahr.': 'ليس لدى منزلكم دخل يزيد على 100,000 يورو في السنة.',
    'Rente, Einkommen und Ersparnisse nicht zum Leben reichen': 'كان المعاش التقاعدي والدخل والمدّخرات لا تكفي للعيش',
    'Ihr volljähriges Kind hat eine Behinderung. Es kann eigene Grundsicherung bekommen – Ihr Einkommen als Eltern zählt dabei nicht.':
      'ابنكم أو ابنتكم البالغ لديه إعاقة. يمكنه الحصول على ضمان أساسي (Grundsicherung) خاص به – ولا يُحسب دخلكم كوالدين في ذلك.',
    'Ihr Kind wegen seiner Behinderung auf Dauer weniger als drei Stunden am Tag arbeiten kann (zum Beispiel in einer Werkstatt für behinderte Menschen arbeitet)':
      'كان طفلكم لا يستطيع بسبب إعاقته، بشكل دائم، أن يعمل ثلاث ساعات في اليوم أو أكثر (مثلًا يعمل في ورشة لذوي الإعاقة – Werkstatt für behinderte Menschen)',
  },
} satisfies SeedAngebotTranslation
