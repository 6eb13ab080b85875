import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Консультації для вагітних (Schwangerschaftsberatung)',
  summary:
    'Ви вагітні й маєте багато запитань? Державно визнані консультаційні центри консультують вас і вашого партнера безкоштовно, конфіденційно і за бажанням анонімно: щодо грошей і заяв, роботи, стосунків, пренатальної діагностики або в конфлікті щодо вагітності – також до 3-го дня народження дитини.',
  costs: 'Безкоштовно.',
  provider:
    'Державно визнані консультаційні центри для вагітних (Schwangerschaftsberatungsstellen), у місті Hamm зокрема SkF у консультаційному центрі Caritas (Caritas-Beratungszentrum)',
  eligibilitySummary:
    'Усі вагітні та їхні партнерки чи партнери, жінки й чоловіки із запитаннями щодо планування сім’ї та вагітності, а також сім’ї з дітьми до трьох років. Без жодних умов, за бажанням анонімно.',
  synonyms:
    'консультація для вагітних, вагітність, вагітна, непланована вагітність, аборт, переривання вагітності, довідка про консультацію, планування сім’ї, контрацепція, пренатальна діагностика, допомога вагітним, Schwangerschaftsberatung, Schwangerschaftskonfliktberatung, Beratungsschein, Schwangerschaftsabbruch, Bundesstiftung Mutter und Kind, SkF, Caritas',
  steps: [
    'Зателефонуйте до консультаційного центру або напишіть електронного листа і домовтеся про зустріч. Можна прийти й удвох.',
    'Щоб подати заяву до фонду Bundesstiftung Mutter und Kind, ви маєте бути ще вагітною – тому звертайтеся рано.',
    'Якщо ви думаєте про переривання вагітності, швидко запишіться на консультацію в конфліктній ситуації (Konfliktberatung) до центру, який видає довідку про консультацію (Beratungsschein).',
  ],
  documents: [
    'Картка вагітної (Mutterpass) або довідка від лікаря про вагітність',
    'Для заяв: посвідчення особи, підтвердження доходу та оренди, рішення (Bescheide) про соціальні виплати',
  ],
  ruleTexts: {
    'Sie erwarten ein Kind – eine Schwangerschaftsberatung kann Ihnen in vielen Fragen helfen.':
      'Ви чекаєте на дитину – консультація для вагітних може допомогти вам із багатьма питаннями.',
    'Ihr Kind ist unter drei Jahren – so lange begleiten Schwangerschaftsberatungsstellen auch nach der Geburt.':
      'Вашій дитині менше трьох років – стільки часу консультаційні центри для вагітних супроводжують сім’ї й після пологів.',
  },
} satisfies SeedAngebotTranslation
