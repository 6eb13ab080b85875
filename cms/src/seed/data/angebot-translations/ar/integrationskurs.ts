import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'دورة الاندماج (Integrationskurs): تعلّم الألمانية والتعرف على الحياة في ألمانيا',
  summary:
    'في دورة الاندماج (Integrationskurs) تتعلمون الألمانية حتى المستوى B1، وتعرفون الكثير عن الحياة اليومية والتاريخ والحقوق في ألمانيا. يستحقها اللاجئون المعترف بهم وكثير ممن يأتون حديثًا للعمل أو للالتحاق بالعائلة. مع إعانة الضمان الأساسي (Grundsicherungsgeld) أو الدخل القليل تكون الدورة مجانية.',
  costs:
    'المساهمة الخاصة 2.29 يورو لكل حصة دراسية، أي 1,603 يورو لدورة من 700 ساعة؛ وتدفعونها لكل جزء من الدورة مكوّن من 100 ساعة. مَن يحصل على Grundsicherungsgeld (سابقًا Bürgergeld)، أو المساعدة الاجتماعية (Sozialhilfe)، أو المساعدات وفق قانون طالبي اللجوء، أو يكسب قليلًا، يُعفى منها عند تقديم طلب. إذا نجحتم في الدورة خلال سنتين، تسترجعون نصف المبلغ. امتحانات النهاية مجانية؛ وللمسافات البعيدة توجد مساعدة في تكاليف المواصلات.',
  provider: 'المكتب الاتحادي للهجرة واللاجئين (Bundesamt für Migration und Flüchtlinge – BAMF) مع جهات معتمدة لتنظيم الدورات في Hamm',
  eligibilitySummary:
    'الحق في الدورة: للمهاجرين الذين حصلوا لأول مرة على تصريح إقامة (Aufenthaltserlaubnis) للعمل، أو للالتحاق بالعائلة (Familiennachzug)، أو لأسباب إنسانية معيّنة (مثلًا كلاجئين معترف بهم أو مع حماية فرعية – subsidiärer Schutz)، خلال سنة واحدة بعد ذلك، وإذا كانوا لا يتكلمون الألمانية بشكل كافٍ. ويمكن أن يُلزِم مكتب شؤون الأجانب (Ausländerbehörde) أو مركز العمل (Jobcenter) بالمشاركة. القبول الطوعي (لمواطني الاتحاد الأوروبي، والقادمين من أوكرانيا، وطالبي اللجوء، والحاصلين على Duldung) موقوف في 2026. يعرض Situations-Finder الدورة للاجئين المعترف بهم على أنها «تناسبكم». ومع تصريح إقامة آخر يعرضها فقط على أنها «قد تناسبكم»، لأنه لا يسأل عن نوع التصريح؛ وكذلك للأشخاص تحت الحماية المؤقتة الذين يحصلون على Grundsicherungsgeld، لأن مركز العمل يمكنه أن يُلزمهم. للتبسيط: لا يسأل Situations-Finder هل تتكلمون الألمانية بشكل كافٍ، ولا متى مُنح تصريح إقامتكم.',
  synonyms:
    'دورة الاندماج, كورس اندماج, دورة لغة ألمانية, كورس ألماني, تعلم اللغة الألمانية, دورة التوجيه, الحياة في ألمانيا, امتحان B1, ورقة الاستحقاق, دورة للنساء, دورة للوالدين, دورة محو الأمية, إعفاء من التكاليف, Integrationskurs, Deutschkurs, Sprachkurs, Orientierungskurs, DTZ, Berechtigungsschein, BAMF, Alphabetisierungskurs',
  steps: [
    'لديكم حق في الدورة أو إلزام بها؟ عندها تحصلون على ورقة الاستحقاق (Berechtigungsschein) من مكتب شؤون الأجانب (Ausländerbehörde) أو من مركز العمل (Jobcenter).',
    'ابحثوا عن جهة تنظّم الدورات في Hamm، وسجّلوا هناك. تقومون أولًا باختبار تحديد المستوى (Einstufungstest).',
    'قدّموا قبل بدء الدورة لدى BAMF طلب الإعفاء من المساهمة في التكاليف، إذا كنتم تحصلون على Grundsicherungsgeld، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو تكسبون قليلًا. تساعدكم في ذلك جهة تنظيم الدورة.',
    'بعد الدورة تقومون بامتحانات النهاية. مع الشهادة يمكنكم استرجاع نصف مساهمتكم في التكاليف.',
  ],
  documents: [
    'جواز السفر وتصريح الإقامة (Aufenthaltstitel)',
    'ورقة الاستحقاق (Berechtigungsschein) أو الإلزام (من مكتب شؤون الأجانب أو مركز العمل)',
    'للإعفاء من التكاليف: قرار Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو إثباتات دخلكم',
  ],
  ruleTexts: {
    'Sie sind als Flüchtling anerkannt oder haben subsidiären Schutz – damit haben Sie einen Anspruch auf den Integrationskurs, wenn Sie noch nicht ausreichend Deutsch sprechen.':
      'أنتم معترف بكم كلاجئين أو لديكم حماية فرعية (subsidiärer Schutz) – لذلك لكم حق في دورة الاندماج، إذا كنتم لا تتكلمون الألمانية بشكل كافٍ بعد.',
    'Ihre Aufenthaltserlaubnis Ihnen vor weniger als einem Jahr erstmals zum Arbeiten, zum Familiennachzug oder aus humanitären Gründen erteilt wurde':
      'كان تصريح إقامتكم قد مُنح لكم لأول مرة قبل أقل من سنة، للعمل، أو للالتحاق بالعائلة، أو لأسباب إنسانية',
    'das Jobcenter Sie zur Teilnahme verpflichtet': 'ألزمكم مركز العمل (Jobcenter) بالمشاركة',
  },
} satisfies SeedAngebotTranslation
