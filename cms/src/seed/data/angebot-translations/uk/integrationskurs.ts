import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Інтеграційний курс: вивчення німецької мови та знайомство з життям у Німеччині (Integrationskurs)',
  summary:
    'На інтеграційному курсі (Integrationskurs) ви вивчаєте німецьку до рівня B1 і багато дізнаєтеся про побут, історію та права в Німеччині. Право на курс мають визнані біженці та багато тих, хто нещодавно приїхав на роботу або до сім’ї. З Grundsicherungsgeld або малим доходом курс безкоштовний.',
  costs:
    'Власний внесок становить 2,29 євро за навчальну годину, тобто 1.603 євро за курс на 700 годин; ви сплачуєте його за кожен модуль курсу на 100 годин. Хто отримує Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe або Asylbewerberleistungen чи мало заробляє, звільняється від оплати за заявою. Якщо ви успішно закінчите курс протягом двох років, вам повернуть половину суми. Підсумкові тести безкоштовні; якщо дорога далека, є доплата на проїзд.',
  provider:
    'Федеральне відомство у справах міграції та біженців (Bundesamt für Migration und Flüchtlinge, BAMF) разом із допущеними організаторами курсів у місті Hamm',
  eligibilitySummary:
    'Право на курс: мігранти, які вперше отримали дозвіл на проживання (Aufenthaltserlaubnis) для роботи, для возз’єднання сім’ї або з певних гуманітарних причин (наприклад, як визнані біженці або з субсидіарним захистом), – протягом одного року після цього і якщо вони недостатньо володіють німецькою мовою. Відомство у справах іноземців (Ausländerbehörde) або Jobcenter можуть зобов’язати до участі. Добровільний допуск (громадяни ЄС, Україна, шукачі притулку, люди з Duldung) у 2026 році призупинено. Situations-Finder показує курс визнаним біженцям з позначкою «Підходить». З іншим дозволом на проживання він показує його лише з позначкою «Можливо, підходить», бо не питає про вид дозволу; так само людям із тимчасовим захистом, які отримують Grundsicherungsgeld, бо Jobcenter може зобов’язати їх до участі. Спрощено: чи ви вже достатньо володієте німецькою і коли вам видали дозвіл на проживання, Situations-Finder не питає.',
  synonyms:
    'інтеграційний курс, курс німецької мови, мовний курс, вивчити німецьку, німецька мова, безкоштовні курси німецької, орієнтаційний курс, B1, DTZ, життя в Німеччині, направлення на курс, курс для батьків, курс для жінок, курс грамотності, звільнення від оплати, Integrationskurs, Deutschkurs, Sprachkurs, Orientierungskurs, Berechtigungsschein, BAMF, Alphabetisierungskurs',
  steps: [
    'Ви маєте право на курс або зобов’язані його пройти? Тоді ви отримаєте направлення (Berechtigungsschein) від Ausländerbehörde або Jobcenter.',
    'Знайдіть організатора курсів у місті Hamm і запишіться там. Спочатку ви складаєте тест на визначення рівня (Einstufungstest).',
    'До початку курсу подайте до BAMF заяву на звільнення від внеску, якщо ви отримуєте Grundsicherungsgeld, Sozialhilfe або Asylbewerberleistungen чи мало заробляєте. Організатор курсу допоможе вам із цим.',
    'Після курсу ви складаєте підсумкові тести. З сертифікатом ви можете отримати назад половину свого внеску.',
  ],
  documents: [
    'Паспорт і дозвіл на проживання (Aufenthaltstitel)',
    'Направлення (Berechtigungsschein) або зобов’язання (від Ausländerbehörde або Jobcenter)',
    'Для звільнення від оплати: рішення (Bescheid) про Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe або Asylbewerberleistungen чи підтвердження вашого доходу',
  ],
  ruleTexts: {
    'Sie sind als Flüchtling anerkannt oder haben subsidiären Schutz – damit haben Sie einen Anspruch auf den Integrationskurs, wenn Sie noch nicht ausreichend Deutsch sprechen.':
      'Вас визнано біженцем або ви маєте субсидіарний захист – тож ви маєте право на інтеграційний курс, якщо ще недостатньо володієте німецькою мовою.',
    'Ihre Aufenthaltserlaubnis Ihnen vor weniger als einem Jahr erstmals zum Arbeiten, zum Familiennachzug oder aus humanitären Gründen erteilt wurde':
      'вам менше ніж рік тому вперше видали дозвіл на проживання (Aufenthaltserlaubnis) для роботи, для возз’єднання сім’ї або з гуманітарних причин',
    'das Jobcenter Sie zur Teilnahme verpflichtet': 'Jobcenter зобов’язує вас узяти участь у курсі',
  },
} satisfies SeedAngebotTranslation
