import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'إعانة الأمومة (Mutterschaftsgeld)',
  summary:
    'خلال فترات حماية الأمومة قبل الولادة وبعدها تحصل العاملات على إعانة الأمومة (Mutterschaftsgeld): من صندوق التأمين الصحي (Krankenkasse) حتى 13 يورو يوميًا، وإضافة من صاحب العمل حتى صافي راتبكِ السابق. المؤمَّن عليهن تأمينًا خاصًا يحصلن مرة واحدة على 210 يورو كحد أقصى من الحكومة الاتحادية.',
  costs:
    'للمؤمَّن عليهن في التأمين الحكومي مع حق في إعانة المرض (Krankengeld): حتى 13 يورو في اليوم من صندوق التأمين الصحي، مع إضافة من صاحب العمل حتى صافي الراتب. للمؤمَّن عليهن في تأمين خاص أو في التأمين العائلي (Familienversicherung): مرة واحدة 210 يورو على الأكثر من المكتب الاتحادي للضمان الاجتماعي (Bundesamt für Soziale Sicherung)، مع إضافة من صاحب العمل. تقديم الطلب مجاني.',
  provider:
    'صندوق التأمين الصحي الحكومي الخاص بكِ، أو المكتب الاتحادي للضمان الاجتماعي (Bundesamt für Soziale Sicherung – Mutterschaftsgeldstelle)؛ والإضافة من صاحب العمل',
  eligibilitySummary:
    'فقط للمرأة التي تنتظر الطفل أو التي أنجبته: في فترات حماية الأمومة قبل الولادة وبعدها، إذا كانت تعمل بعقد عمل أو عقد تدريب مهني (وأيضًا في Minijob)، أو تحصل على إعانة البطالة (Arbeitslosengeld)، أو كانت تعمل عملًا حرًا ومؤمَّنة طوعيًا في التأمين الحكومي مع حق في إعانة المرض. مَن تحصل على Grundsicherungsgeld (سابقًا Bürgergeld) فقط ولا تعمل ليس لها حق فيها. مقدار إعانة الأمومة، ومَن يدفعها، يتوقفان على تأمينكِ الصحي.',
  synonyms:
    'إعانة الأمومة, مال الأمومة, راتب إجازة الأمومة, إجازة الأمومة, إضافة صاحب العمل, 13 يورو في اليوم, 210 يورو, Mutterschaftsgeld, Mutterschutzgeld, Arbeitgeberzuschuss, Mutterschaftsgeldstelle, Bundesamt für Soziale Sicherung',
  steps: [
    'اطلبي من طبيبتكِ أو طبيبكِ أو القابلة شهادة بموعد الولادة، وليس قبل سبعة أسابيع من موعد الولادة المحسوب.',
    'إذا كنتِ مؤمَّنة في التأمين الحكومي: قدّمي الشهادة إلى صندوق التأمين الصحي الخاص بكِ. إذا كنتِ مؤمَّنة في تأمين خاص أو في التأمين العائلي: قدّمي طلب إعانة الأمومة لدى المكتب الاتحادي للضمان الاجتماعي (Bundesamt für Soziale Sicherung).',
    'تقدّمين طلب الإضافة لدى صاحب العمل؛ وكثير من أصحاب العمل يدفعونها تلقائيًا مع كشف الراتب.',
    'بعد الولادة، أرسلي شهادة الميلاد (Geburtsurkunde) إلى صندوق التأمين الصحي، لكي تُحسب فترة الحماية بعد الولادة.',
  ],
  documents: [
    'شهادة طبية بالموعد المتوقع للولادة',
    'بعد الولادة: شهادة الميلاد (Geburtsurkunde) أو شهادة الولادة',
    'عند تقديم الطلب لدى المكتب الاتحادي: شهادة من صاحب العمل عن علاقة العمل',
  ],
  reminders: ['احصلوا على شهادة موعد الولادة المتوقع وقدّموا طلب Mutterschaftsgeld'],
  ruleTexts: {
    'Sie sind schwanger und angestellt oder in Ausbildung – in den Schutzfristen bekommen Sie Mutterschaftsgeld und den Zuschuss Ihres Arbeitgebers.':
      'أنتِ حامل وموظفة أو في تدريب مهني – في فترات حماية الأمومة تحصلين على إعانة الأمومة (Mutterschaftsgeld) وعلى الإضافة من صاحب العمل.',
    'Sie sind schwanger, gesetzlich versichert und bekommen Arbeitslosengeld – dann zahlt Ihre Krankenkasse Mutterschaftsgeld (§ 24i SGB V).':
      'أنتِ حامل، ومؤمَّنة في التأمين الصحي الحكومي، وتحصلين على إعانة البطالة (Arbeitslosengeld) – عندها يدفع صندوق التأمين الصحي إعانة الأمومة (§ 24i SGB V).',
    'Sie freiwillig gesetzlich versichert sind und dabei den Anspruch auf Krankengeld gewählt haben':
      'كنتِ مؤمَّنة طوعيًا في التأمين الصحي الحكومي، واخترتِ في ذلك الحق في إعانة المرض (Krankengeld)',
    'Ihr Baby ist erst wenige Wochen alt, und Sie haben es geboren und sind angestellt – in der Schutzfrist nach der Geburt bekommen Sie Mutterschaftsgeld.':
      'عمر طفلكِ الرضيع بضعة أسابيع فقط، وأنتِ التي أنجبته، وأنتِ موظفة – في فترة الحماية بعد الولادة تحصلين على إعانة الأمومة (Mutterschaftsgeld).',
    'Ihr Baby ist erst wenige Wochen alt, Sie haben es geboren, sind gesetzlich versichert und bekommen Arbeitslosengeld – die Krankenkasse zahlt Mutterschaftsgeld.':
      'عمر طفلكِ الرضيع بضعة أسابيع فقط، وأنتِ التي أنجبته، ومؤمَّنة في التأمين الصحي الحكومي، وتحصلين على إعانة البطالة (Arbeitslosengeld) – يدفع صندوق التأمين الصحي إعانة الأمومة.',
  },
} satisfies SeedAngebotTranslation
