import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Місце в дитячому садку в місті Hamm (Kita-Platz)',
  summary:
    'З першого дня народження ваша дитина має право на місце в закладі догляду, а з трьох років – на місце в дитячому садку (Kita). У місті Hamm ви попередньо записуєте дитину онлайн на порталі Kitaportal – найкраще заздалегідь.',
  costs:
    'Батьківський внесок залежить від доходу сім’ї, тривалості догляду та віку дитини (Elternbeitragssatzung міста Hamm). У місті Hamm ви платите щонайбільше за одну дитину; за братів і сестер внесок не стягується. Останні два роки в дитячому садку перед вступом до школи в NRW безкоштовні. Сім’ї, які отримують Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld або Kinderzuschlag, за заявою нічого не платять. Обід оплачується окремо; на нього є допомога через Bildung und Teilhabe.',
  provider: 'Jugendamt міста Hamm (відділ Frühkindliche Bildung – дошкільна освіта) та організації, що утримують дитячі садки',
  eligibilitySummary:
    'Усі діти в місті Hamm від першого дня народження до вступу до школи (законне право; з трьох років – на місце в дитячому садку). Діти до одного року отримують місце, якщо обоє батьків (або самотній з батьків) працюють, проходять професійне навчання, навчаються в університеті, шукають роботу або беруть участь у програмі Jobcenter, – або якщо догляд потрібен для розвитку дитини; це перевіряє Jugendamt (§ 24 Abs. 1 SGB VIII).',
  synonyms:
    'дитячий садок, дитсадок, садочок, місце в садочку, ясла, догляд за дитиною, записати дитину в садок, запис до дитсадка, право на місце в дитсадку, Kita, Kindergarten, Kindertagesstätte, Kita-Platz, Betreuungsplatz, Krippe, U3, Ü3, Kitaportal, Kita-Anmeldung, Rechtsanspruch',
  steps: [
    'Подивіться дитячі садки поруч із вами – на порталі Kitaportal міста Hamm ви знайдете всі заклади.',
    'Попередньо запишіть дитину на Kitaportal до бажаних дитячих садків. Щоб отримати місце з 1 серпня, зробіть це до середини січня.',
    'Зв’яжіться з дитячим садком і домовтеся про зустріч для знайомства.',
    'Якщо вам підтвердили місце, укладіть договір про догляд із дитячим садком. Після цього Jugendamt попросить вас самостійно оцінити ваш дохід для розрахунку батьківського внеску.',
    'Не можете знайти місце? Зателефонуйте до Beratungs- und Vermittlungsstelle Kindertagesbetreuung (служби консультацій і підбору догляду за дітьми) при Jugendamt: 02381 17-6399.',
  ],
  documents: [
    'Свідоцтво про народження або документ, що посвідчує особу дитини',
    'Підтвердження роботи, професійного навчання, навчання в університеті або пошуку роботи (для дітей до одного року і для довшого часу догляду)',
    'Самооцінка доходу батьків (бланк Jugendamt)',
    'Рішення (Bescheid) про Grundsicherungsgeld (раніше Bürgergeld), Wohngeld, Kinderzuschlag тощо, якщо ви хочете звільнення від внеску',
  ],
  ruleTexts: {
    'Ihr Kind ist mindestens ein Jahr alt und noch nicht in der Schule. Es hat ein Recht auf einen Betreuungsplatz.':
      'Вашій дитині щонайменше один рік, і вона ще не ходить до школи. Вона має право на місце в закладі догляду.',
    'Ihr Kind ist sechs Jahre alt und geht noch nicht zur Schule.': 'Вашій дитині шість років, і вона ще не ходить до школи.',
    'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).':
      'Вашому немовляті менше року, і всі батьки в домогосподарстві працюють, навчаються або шукають роботу – тоді ваше немовля теж має право на місце в догляді (§ 24 Abs. 1 SGB VIII).',
    'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt':
      'догляд потрібен для розвитку вашого немовляти або ви берете участь у програмі Jobcenter із працевлаштування – це перевіряє Jugendamt',
  },
} satisfies SeedAngebotTranslation
