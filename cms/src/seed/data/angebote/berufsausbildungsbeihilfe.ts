import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Berufsausbildungsbeihilfe (BAB)',
  slug: 'berufsausbildungsbeihilfe',
  summary:
    'Sie machen eine betriebliche Ausbildung und wohnen nicht mehr bei Ihren Eltern? Reicht die Ausbildungsvergütung nicht für Miete und Lebensunterhalt, zahlt die Agentur für Arbeit Berufsausbildungsbeihilfe – als Zuschuss, der nicht zurückgezahlt wird.',
  summaryLeichteSprache:
    'Sie machen eine Ausbildung in einem Betrieb. Sie wohnen nicht bei Ihren Eltern. Ihr Geld reicht nicht. Dann gibt es vielleicht Geld von der Agentur für Arbeit. Das heißt BAB. Sie müssen es nicht zurückzahlen.',
  kind: 'geldleistung',
  body: [
    'Die Berufsausbildungsbeihilfe unterstützt Auszubildende in einer betrieblichen oder außerbetrieblichen Ausbildung in einem anerkannten Ausbildungsberuf und Teilnehmende an berufsvorbereitenden Maßnahmen. Sie ist ein Zuschuss für Lebensunterhalt, Miete, Fahrkosten und Arbeitskleidung.',
    'Sie bekommen BAB nur, wenn Sie während der Ausbildung nicht bei Ihren Eltern wohnen. Sind Sie unter 18, geht das nur, wenn der Ausbildungsbetrieb von der Wohnung der Eltern zu weit entfernt ist. Sind Sie volljährig, verheiratet oder in einer Partnerschaft oder haben Sie ein Kind, spielt die Entfernung keine Rolle.',
    'Auf den Bedarf werden Ihre Ausbildungsvergütung und – nach Freibeträgen – das Einkommen Ihrer Eltern und Ihres Partners angerechnet. Ob sich ein Antrag lohnt, zeigt der BAB-Rechner der Agentur für Arbeit. Für schulische Ausbildungen gibt es stattdessen Schüler-BAföG.',
    'In Hamm berät Sie auch die Jugendberufsagentur (JuBA) in der Bismarckstraße 1, in der die Agentur für Arbeit, das Kommunale Jobcenter und das Jugendamt zusammenarbeiten.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['jugendliche-beruf', 'wenig-geld'],
  kontakte: ['jugendberufsagentur-hamm'],
  erklaervideos: [],
  provider: 'Agentur für Arbeit (zuständig ist die Agentur am Wohnort der oder des Auszubildenden)',
  eligibilitySummary:
    'Für Auszubildende in einer betrieblichen oder außerbetrieblichen Erstausbildung, die nicht bei den Eltern wohnen – unter 18 Jahren nur, wenn der Betrieb von zu Hause aus nicht in angemessener Zeit erreichbar ist – und deren eigenes Geld und das der Eltern nicht reicht. Der Situations-Finder zeigt BAB für erwachsene Auszubildende im Haushalt und für Kinder in Ausbildung, die ausgezogen sind: ohne oder mit geringem Einkommen als passend, bei mittlerem Einkommen als „vielleicht“. Vereinfacht: Die Fahrzeit zum Betrieb und die Art der Ausbildung prüft der Situations-Finder nicht.',
  costs:
    'Die Höhe hängt von Ausbildungsvergütung, Miete, Fahrkosten und dem Einkommen der Eltern ab. Die BAB ist ein Zuschuss und muss nicht zurückgezahlt werden. Der Antrag ist kostenlos.',
  applyUrl: 'https://www.arbeitsagentur.de/bildung/ausbildung/berufsausbildungsbeihilfe-bab',
  steps: [
    'Rechnen Sie mit dem BAB-Rechner der Agentur für Arbeit aus, ob Sie Anspruch haben.',
    'Stellen Sie den Antrag online oder schriftlich bei der Agentur für Arbeit – am besten vor Ausbildungsbeginn. BAB gibt es rückwirkend höchstens ab dem Monat, in dem Sie den Antrag stellen.',
    'Ihre Eltern füllen die Angaben zu ihrem Einkommen aus.',
  ],
  documents: [
    'Ausbildungsvertrag mit Angabe der Ausbildungsvergütung',
    'Mietvertrag oder Nachweis über die Unterkunftskosten',
    'Einkommensnachweise der Eltern (meist Steuerbescheid des vorletzten Jahres)',
    'Meldebescheinigung',
  ],
  deadline: 'Ab dem Monat des Antrags, nicht rückwirkend.',
  legalBasis: '§§ 56–72 Drittes Buch Sozialgesetzbuch (SGB III)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_3/__56.html',
  synonyms: 'Berufsausbildungsbeihilfe, BAB, Azubi Geld, Ausbildung Zuschuss, Ausbildung Miete, BAB-Rechner, Auszubildende Wohnung',
  benefit: 'berufsausbildungsbeihilfe',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        { blockType: 'adult', employment: ['trainee'] },
        {
          blockType: 'all',
          reason: 'Ihr Kind macht eine Ausbildung und wohnt nicht mehr bei Ihnen.',
          conditions: [
            { blockType: 'child', minAge: 15, activities: ['ausbildung'], includeMovedOut: true },
            { blockType: 'not', conditions: [{ blockType: 'child', minAge: 15, activities: ['ausbildung'] }] },
          ],
        },
      ],
    },
    { blockType: 'income', match: ['none', 'low'], borderline: ['middle'] },
  ]),
  testFamilies: [
    {
      name: 'Paar mit geringem Einkommen, Sohn (17) in Ausbildung in einer anderen Stadt',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 45, employment: 'employed' },
          { role: 'adult', age: 44, employment: 'homemaker' },
          { role: 'child', age: 17, activity: 'ausbildung', livesInHousehold: false },
          { role: 'child', age: 12, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehende Auszubildende (24) mit Kind (2), geringes Einkommen',
      household: {
        version: 1,
        income: 'low',
        singleParent: true,
        members: [
          { role: 'adult', age: 24, employment: 'trainee' },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Tochter (17) in Ausbildung in Hamm, wohnt zu Hause',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 47, employment: 'employed' },
          { role: 'child', age: 17, activity: 'ausbildung' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit hohem Einkommen, Sohn (19) in Ausbildung auswärts',
      household: {
        version: 1,
        income: 'high',
        members: [
          { role: 'adult', age: 53, employment: 'employed' },
          { role: 'child', age: 19, activity: 'ausbildung', livesInHousehold: false },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
