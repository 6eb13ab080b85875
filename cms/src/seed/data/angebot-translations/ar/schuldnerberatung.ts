import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'استشارة الديون والإفلاس (Schuldner- und Insolvenzberatung)',
  summary:
    'إنذارات دفع أو حجز على الحساب أو ديون إيجار؟ تساعدكم استشارة الديون (Schuldnerberatung) على فهم وضعكم، وتؤمّن الإيجار والكهرباء والحساب، وتتفاوض مع الدائنين، وتساعد عند الحاجة في الإفلاس الشخصي. وهي عادةً مجانية مع Grundsicherungsgeld (سابقًا Bürgergeld) أو Sozialhilfe أو الدخل القليل.',
  costs:
    'مع إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو Sozialhilfe يتحمل مركز العمل (Jobcenter) أو مكتب الشؤون الاجتماعية (Sozialamt) التكاليف في العادة. مع الدخل القليل تكون الاستشارة لدى مراكز منظمات الرعاية الاجتماعية غالبًا مجانية؛ اسألوا مسبقًا هل ستكون عليكم تكاليف.',
  provider:
    'مراكز معترف بها لاستشارة الديون والإفلاس في Hamm، مثل Katholischer Sozialdienst (KSD)؛ وتحمّل التكاليف عبر مركز العمل البلدي (Kommunales Jobcenter Hamm) أو مكتب الشؤون الاجتماعية (Sozialamt) في Hamm',
  eligibilitySummary:
    'للأشخاص في Hamm الذين عليهم ديون لا يستطيعون حلّها وحدهم. تكون الاستشارة في العادة مجانية للأشخاص الذين يحصلون على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو Sozialhilfe، ولأصحاب الدخل القليل. لا يعرف Situations-Finder هل عليكم ديون: يعرض الخدمة للعائلات في Hamm التي ليس دخلها مرتفعًا تحت «قد يناسبكم أيضًا». إذا كان دخل المنزل أكثر من 100,000 يورو في السنة فلا يعرضها؛ وحتى في هذه الحالة يمكنكم التوجه إلى مركز استشارة، لكن يجب أن تتوقعوا تكاليف.',
  synonyms:
    'استشارة الديون, ديون, ديون كثيرة, مساعدة في الديون, إفلاس شخصي, رسالة تذكير بالدفع, شركة تحصيل ديون, المحضر القضائي, حجز على الحساب, حجز على الراتب, حساب محمي من الحجز, ديون الإيجار, ديون الكهرباء, قطع الكهرباء, الدفع بالتقسيط, Schuldnerberatung, Insolvenzberatung, Privatinsolvenz, Verbraucherinsolvenz, Inkasso, Mahnung, P-Konto, Pfändungsschutzkonto, KSD Hamm',
  steps: [
    'تواصلوا مع مركز لاستشارة الديون في Hamm. إذا كنتم لا تعرفون إلى أين تذهبون: يدلّكم مكتب خدمة العائلات (Familien-Service-Theke) في Familienrathaus على مراكز. ومع إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) اسألوا أيضًا الشخص المسؤول عنكم في مركز العمل البلدي (Kommunales Jobcenter).',
    'إذا كان هناك خطر حجز على الحساب، فحوّلوا حسابكم الجاري فورًا لدى البنك إلى حساب محمي من الحجز (P-Konto).',
    'اجمعوا كل الرسائل من الدائنين، وشركات تحصيل الديون (Inkassobüros)، والمحاكم – حتى غير المفتوحة منها – وأحضروها معكم إلى الموعد الأول.',
    'تضعون مع المستشارة أو المستشار خطة: أقساط، أو تسوية، أو إفلاس المستهلك (Verbraucherinsolvenz).',
  ],
  documents: [
    'كل رسائل التذكير بالدفع، والفواتير، والعقود، والرسائل من الدائنين وشركات تحصيل الديون والمحاكم',
    'إثباتات الدخل والقرارات (Bescheide)، مثلًا عن إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld)، وWohngeld، وKindergeld، والنفقة',
    'كشوف الحساب البنكي للأشهر الأخيرة',
    'عقد الإيجار وإثباتات التكاليف الثابتة',
    'بطاقة الهوية أو جواز السفر',
  ],
  ruleTexts: {
    'Sie haben wenig oder kein Einkommen aus Arbeit – dann ist die Schuldnerberatung für Sie in der Regel kostenlos.':
      'ليس لديكم دخل من العمل، أو دخلكم منه قليل – لذلك تكون استشارة الديون لكم مجانية في العادة.',
    'Auch mit mittlerem Einkommen können Sie sich beraten lassen – fragen Sie vorher, ob für Sie Kosten entstehen.':
      'حتى مع الدخل المتوسط يمكنكم الحصول على استشارة – اسألوا مسبقًا هل ستكون عليكم تكاليف.',
    'Schulden, Mahnungen oder unbezahlte Rechnungen Sie belasten': 'كانت الديون، أو رسائل التذكير بالدفع، أو الفواتير غير المدفوعة تثقل عليكم',
  },
} satisfies SeedAngebotTranslation
