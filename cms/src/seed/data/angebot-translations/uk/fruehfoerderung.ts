import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Рання підтримка розвитку для дітей із затримкою розвитку або інвалідністю (Frühförderung)',
  summary:
    'Ваша дитина розвивається повільніше за інших, має інвалідність, або ви хвилюєтеся? Рання підтримка розвитку (Frühförderung) допомагає дітям від народження до вступу до школи лікувально-педагогічними заняттями (heilpädagogische Förderung) і терапією – і консультує батьків. Для вас безкоштовно.',
  costs:
    'Для сім’ї безкоштовно і незалежно від доходу. Витрати несуть Landschaftsverband Westfalen-Lippe як організація, що фінансує Eingliederungshilfe (допомогу з інтеграції), та лікарняна каса.',
  provider:
    'Центри ранньої підтримки розвитку (Frühförderstellen), у місті Hamm – Frühförderung клінік Johanniter-Kliniken Hamm; витрати несуть Landschaftsverband Westfalen-Lippe (LWL) і лікарняні каси',
  eligibilitySummary:
    'Діти від народження до вступу до школи, які мають інвалідність, під загрозою інвалідності або мають затримку розвитку – також уже за обґрунтованої підозри. Діагноз або посвідчення особи з тяжкою інвалідністю (Schwerbehindertenausweis) не потрібні.',
  synonyms:
    'рання підтримка розвитку, рання допомога дитині, затримка розвитку, порушення розвитку, дитина не говорить, затримка мовлення, недоношена дитина, інвалідність, логопед, ерготерапія, фізіотерапія, лікувальна педагогіка, Frühförderung, Frühförderstelle, Heilpädagogik, Logopädie, Ergotherapie, Komplexleistung, Johanniter',
  steps: [
    'Розкажіть про свої побоювання педіатрові, наприклад на наступному профілактичному огляді (U-Untersuchung). Дитячий садок (Kita) також може порадити вам звернутися до Frühförderung.',
    'Зв’яжіться з центром ранньої підтримки розвитку (Frühförderstelle). Першу консультацію можна отримати без направлення.',
    'Фахівці обстежать вашу дитину і разом із вами складуть план підтримки та лікування.',
    'Frühförderstelle допоможе вам подати заяву до організації, яка оплачує послуги. Після цього починаються заняття.',
  ],
  documents: [
    'Жовта книжка профілактичних оглядів дитини (Vorsorgeheft, gelbes U-Heft)',
    'Наявні висновки лікарів і результати обстежень',
    'Картка медичного страхування дитини (Versichertenkarte)',
  ],
  ruleTexts: {
    'Ihr Kind ist noch nicht im Schulalter und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).':
      'Ваша дитина ще не шкільного віку і має інвалідність або затримку розвитку (або є підозра на це).',
    'Ihr Kind geht noch nicht zur Schule und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).':
      'Ваша дитина ще не ходить до школи і має інвалідність або затримку розвитку (або є підозра на це).',
  },
} satisfies SeedAngebotTranslation
