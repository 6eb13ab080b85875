import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Денна няня (Kindertagespflege – Tagesmutter oder Tagesvater)',
  summary:
    'Денна няня (Tagesmutter) або няня-чоловік (Tagesvater) доглядає за вашою дитиною в невеликій групі, де щонайбільше п’ятеро дітей, – часто з гнучким графіком. У місті Hamm – насамперед для дітей до трьох років. Jugendamt (служба у справах дітей і молоді) підбирає перевірених денних нянь.',
  costs:
    'Денній няні платить Jugendamt. Ви платите батьківський внесок згідно з положенням про батьківські внески (Elternbeitragssatzung) міста Hamm – він залежить від доходу і тривалості догляду і не перевищує внеску за місце в дитячому садку (Kita). За братів і сестер внесок не стягується. Якщо ви отримуєте Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld або Kinderzuschlag, ви за заявою нічого не платите.',
  provider:
    'Jugendamt міста Hamm (Beratungs- und Vermittlungsstelle Kindertagesbetreuung – служба консультацій і підбору догляду за дітьми) разом із кваліфікованими денними нянями',
  eligibilitySummary:
    'Насамперед діти до трьох років у місті Hamm: з першого дня народження – із законним правом на місце; до одного року – якщо обоє батьків (або самотній з батьків) працюють, проходять професійне навчання, навчаються в університеті, шукають роботу або беруть участь у програмі Jobcenter, – або якщо догляд потрібен для розвитку дитини (§ 24 Abs. 1 SGB VIII). Старші діти – додатково, якщо дитячий садок (Kita) або група продовженого дня (Offene Ganztagsschule) не покривають потрібного часу догляду.',
  synonyms:
    'денна няня, няня, догляд за дитиною до 3 років, ясла, догляд за малюком, гнучкий графік догляду, догляд при змінній роботі, Kindertagespflege, Tagespflege, Tagesmutter, Tagesvater, Tageseltern, Tagespflegeperson, Großtagespflege, U3-Betreuung, Krippe',
  steps: [
    'Зателефонуйте до Beratungs- und Vermittlungsstelle Kindertagesbetreuung при Jugendamt (02381 17-6399) або шукайте денних нянь на порталі Kitaportal міста Hamm.',
    'Познайомтеся з денною нянею і подивіться приміщення.',
    'Домовтеся про період адаптації (Eingewöhnung) і укладіть договір про догляд.',
    'Подайте до Jugendamt самооцінку вашого доходу (Selbsteinschätzung). Після цього ви отримаєте рішення про батьківський внесок.',
  ],
  documents: [
    'Свідоцтво про народження або документ, що посвідчує особу дитини',
    'Підтвердження роботи, професійного навчання, навчання в університеті або пошуку роботи (для дітей до одного року і для визначення обсягу догляду)',
    'Самооцінка доходу батьків (бланк Jugendamt)',
  ],
  ruleTexts: {
    'Ihr Kind ist zwischen einem und drei Jahren alt – genau dafür ist die Kindertagespflege in Hamm gedacht.':
      'Вашій дитині від одного до трьох років – саме для цього віку в місті Hamm і призначена Kindertagespflege.',
    'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).':
      'Вашому немовляті менше року, і всі батьки в домогосподарстві працюють, навчаються або шукають роботу – тоді ваше немовля теж має право на місце в догляді (§ 24 Abs. 1 SGB VIII).',
    'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt':
      'догляд потрібен для розвитку вашого немовляти або ви берете участь у програмі Jobcenter із працевлаштування – це перевіряє Jugendamt',
  },
} satisfies SeedAngebotTranslation
