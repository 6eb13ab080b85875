import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title:
    'Соціальна допомога та базове забезпечення в старості й при втраті працездатності (Sozialhilfe und Grundsicherung im Alter und bei Erwerbsminderung)',
  summary:
    'Хто не може працювати через вік, хворобу чи інвалідність і має замало грошей на життя, отримує соціальну допомогу (Sozialhilfe): базову ставку (Regelsatz), оренду й опалення. Дорослі діти з інвалідністю теж можуть мати власне базове забезпечення (Grundsicherung). У Hamm її платить міський Sozialamt.',
  costs:
    'Базові ставки (Regelsätze) у 2026 році на місяць: 563 євро для дорослих, які живуть у квартирі без партнерки чи партнера, – також для дорослої дитини в домогосподарстві батьків, – 506 євро для кожного з партнерів, 451 євро в особливій формі проживання (besondere Wohnform), 471 євро (14–17 років), 390 євро (6–13), 357 євро (до 5). До цього додаються оренда, опалення та додаткові потреби (Mehrbedarfe). На 2027 рік оголошено перерахунок. Заощадження до 10.000 євро на кожну дорослу особу і прийнятний автомобіль ви можете залишити собі. Подати заяву можна безкоштовно.',
  provider: 'Місто Hamm як організація, що надає соціальну допомогу (Sozialamt)',
  eligibilitySummary:
    'Для людей зі звичайним місцем перебування в Німеччині, які не можуть покрити витрати на життя з власного доходу та майна і досягли вікової межі (вона зростає залежно від року народження до 67 років; хто народився в 1960 році, досягає її у 66 років і 4 місяці), тривало повністю втратили працездатність (з 18 років) або тимчасово не можуть працювати. Хто вже отримує Sozialhilfe, бачить цю послугу в Situations-Finder з позначкою «Підходить». В інших випадках Situations-Finder показує її лише в розділі «Може також підійти»: чи людина потребує допомоги, залежить від пенсії, доходу та заощаджень, а чи вона втратила працездатність, перевіряє пенсійне страхування (Rentenversicherung) – про те й інше Situations-Finder не питає. Він показує цю послугу, якщо з вами живе хтось віком від 66 років, хтось, хто отримує пенсію, доросла особа з інвалідністю без роботи або повнолітня дитина з інвалідністю. Хто отримує Asylbewerberleistungen, не отримує Sozialhilfe. Спрощено: якщо дохід домогосподарства перевищує 100.000 євро на рік, Situations-Finder цю послугу не показує – хоча повнолітня дитина з інвалідністю все одно може отримувати Grundsicherung, поки жоден із батьків окремо не заробляє понад 100.000 євро. Людей, які без зазначеної інвалідності не можуть працювати лише через тривалу хворобу, він не розпізнає.',
  synonyms:
    'соціальна допомога, базове забезпечення, допомога пенсіонерам, мала пенсія, пенсії не вистачає, бідність у старості, втрата працездатності, непрацездатність, пенсія по інвалідності, майстерня для людей з інвалідністю, повнолітня дитина з інвалідністю, соціальне управління, Sozialhilfe, Grundsicherung, Grundsicherung im Alter, Grundsicherung bei Erwerbsminderung, Hilfe zum Lebensunterhalt, HLU, SGB XII, Sozialamt, Erwerbsminderungsrente, WfbM, Regelsatz',
  steps: [
    'Отримайте консультацію – наприклад, на стійці сімейного сервісу (Familien-Service-Theke) у Familienrathaus, де вам назвуть відповідний відділ Sozialamt.',
    'Подайте заяву до міста Hamm. Grundsicherung надають лише за заявою і з місяця, у якому надійшла заява, – тому подайте її рано, у крайньому разі в довільній формі.',
    'Якщо йдеться про тривалу втрату працездатності, Sozialamt доручає перевірити її пенсійному страхуванню (Rentenversicherung), якщо цього ще не зробили. Рішення та висновки, які у вас уже є, прискорять процес.',
    'Подайте підтвердження, які просить Sozialamt, і пізніше повідомляйте про кожну зміну доходу, оренди або складу домогосподарства.',
  ],
  documents: [
    'Посвідчення особи або паспорт; без німецького паспорта – ваш дозвіл на проживання (Aufenthaltstitel)',
    'Договір оренди та підтвердження комунальних витрат і витрат на опалення',
    'Рішення про пенсію (Rentenbescheide) та інші підтвердження доходу (також Kindergeld і аліменти)',
    'Виписки з банківського рахунку за останні місяці та підтвердження майна',
    'Підтвердження медичного страхування',
    'Якщо є: посвідчення про тяжку інвалідність (Schwerbehindertenausweis), рішення про пенсію через втрату працездатності (Erwerbsminderungsrente), довідка з майстерні (Werkstatt für behinderte Menschen)',
  ],
  ruleTexts: {
    'Sie bekommen schon Sozialhilfe oder Grundsicherung – hier finden Sie, was dazugehört und was Sie bei Änderungen tun.':
      'Ви вже отримуєте Sozialhilfe або Grundsicherung – тут ви дізнаєтеся, що до цього належить і що робити, коли щось змінюється.',
    'In Ihrem Haushalt lebt jemand, der die Altersgrenze erreicht hat oder bald erreicht (Jahrgang 1960: 66 Jahre und 4 Monate, ab Jahrgang 1964: 67 Jahre).':
      'У вашому домогосподарстві живе людина, яка досягла вікової межі або незабаром її досягне (1960 рік народження: 66 років і 4 місяці, з 1964 року народження: 67 років).',
    'In Ihrem Haushalt lebt jemand mit Rente – reicht sie nicht zum Leben, kann die Sozialhilfe aufstocken.':
      'У вашому домогосподарстві живе людина, яка отримує пенсію, – якщо пенсії не вистачає на життя, Sozialhilfe може її доповнити.',
    'In Ihrem Haushalt lebt ein Erwachsener mit Behinderung, der nicht arbeitet.':
      'У вашому домогосподарстві живе доросла особа з інвалідністю, яка не працює.',
    'die erwachsene Person mit Behinderung wegen ihrer Krankheit oder Behinderung weniger als drei Stunden am Tag arbeiten kann':
      'доросла особа з інвалідністю через свою хворобу або інвалідність може працювати менше трьох годин на день',
    'Ihr Haushalt hat kein Einkommen über 100.000 Euro im Jahr.': 'Дохід вашого домогосподарства не перевищує 100.000 євро на рік.',
    'Rente, Einkommen und Ersparnisse nicht zum Leben reichen': 'пенсії, доходу та заощаджень не вистачає на життя',
    'Ihr volljähriges Kind hat eine Behinderung. Es kann eigene Grundsicherung bekommen – Ihr Einkommen als Eltern zählt dabei nicht.':
      'Ваша повнолітня дитина має інвалідність. Вона може отримувати власне базове забезпечення (Grundsicherung) – ваш дохід як батьків при цьому не враховується.',
    'Ihr Kind wegen seiner Behinderung auf Dauer weniger als drei Stunden am Tag arbeiten kann (zum Beispiel in einer Werkstatt für behinderte Menschen arbeitet)':
      'ваша дитина через інвалідність тривало може працювати менше трьох годин на день (наприклад, працює в майстерні для людей з інвалідністю – Werkstatt für behinderte Menschen)',
  },
} satisfies SeedAngebotTranslation
