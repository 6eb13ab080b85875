import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 24 SGB VIII; hamm.de (Kindertagesbetreuung – Überblick, Elternbeiträge, Kita-Portal);
// presse-service.de, Stadt Hamm 30.04.2025 (Beratungs- und Vermittlungsstelle Kindertagesbetreuung, Tel. 02381 17-6399);
// lippewelle.de (Vormerkung im Kitaportal bis Mitte Januar, Vergabe ab 1. Februar).
export default {
  title: 'Kita-Platz in Hamm',
  slug: 'kita-platz',
  summary:
    'Ab dem ersten Geburtstag hat Ihr Kind ein Recht auf einen Betreuungsplatz, ab drei Jahren auf einen Platz in einer Kita. In Hamm merken Sie Ihr Kind online im Kitaportal vor – am besten früh.',
  summaryLeichteSprache:
    'Ihr Kind ist 1 Jahr oder älter? Dann darf es in die Kita gehen. Das ist ein Recht. Melden Sie Ihr Kind früh an. Das geht im Internet. Das Jugendamt hilft Ihnen.',
  kind: 'betreuung',
  body: [
    'In der Kita spielt und lernt Ihr Kind mit anderen Kindern. Pädagogische Fachkräfte begleiten es, fördern die Sprache und bereiten es auf die Schule vor. Sie gewinnen Zeit für Arbeit, Ausbildung, Studium oder einen Sprachkurs.',
    'Jedes Kind hat vom ersten Geburtstag bis zur Einschulung ein Recht auf Förderung in einer Kita oder in der Kindertagespflege. Ab dem dritten Geburtstag bezieht sich das Recht ausdrücklich auf einen Kita-Platz. Für ein Kind unter einem Jahr gibt es einen Platz, wenn Sie ihn brauchen – zum Beispiel weil Sie arbeiten, eine Ausbildung machen, studieren oder Arbeit suchen.',
    'In Hamm merken Sie Ihr Kind im Kitaportal der Stadt bei Ihren Wunsch-Kitas vor. Jede Kita führt eine eigene Warteliste und vergibt ihre freien Plätze nach den Aufnahmekriterien ihres Trägers. Für das Kita-Jahr ab 1. August endet die Frist für die Vormerkung in der Regel Mitte Januar; ab Februar werden die Plätze vergeben.',
    'Finden Sie keinen Platz, hilft die Beratungs- und Vermittlungsstelle Kindertagesbetreuung des Jugendamts. Sie berät auch, wenn Ihr Kind besondere Unterstützung braucht, zum Beispiel bei einer Behinderung.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['kleinkind', 'neu-in-hamm'],
  eligibilitySummary:
    'Alle Kinder in Hamm vom ersten Geburtstag bis zur Einschulung (Rechtsanspruch, ab drei Jahren auf einen Kita-Platz). Kinder unter einem Jahr bekommen einen Platz, wenn beide Eltern (oder der alleinerziehende Elternteil) arbeiten, eine Ausbildung machen, studieren, Arbeit suchen oder an einer Maßnahme des Jobcenters teilnehmen – oder wenn die Betreuung für die Entwicklung des Kindes geboten ist; das prüft das Jugendamt (§ 24 Abs. 1 SGB VIII).',
  kontakte: ['jugendamt-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm (Abteilung Frühkindliche Bildung) und die Träger der Kitas',
  costs:
    'Der Elternbeitrag richtet sich nach dem Einkommen der Familie, der Betreuungszeit und dem Alter des Kindes (Elternbeitragssatzung der Stadt Hamm). In Hamm zahlen Sie höchstens für ein Kind; Geschwisterkinder sind beitragsfrei. Die letzten beiden Kita-Jahre vor der Einschulung sind in NRW beitragsfrei. Familien mit Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld oder Kinderzuschlag zahlen auf Antrag nichts. Das Mittagessen kostet extra; dafür gibt es Hilfe über Bildung und Teilhabe.',
  steps: [
    'Schauen Sie sich Kitas in Ihrer Nähe an – im Kitaportal der Stadt Hamm finden Sie alle Einrichtungen.',
    'Merken Sie Ihr Kind im Kitaportal bei Ihren Wunsch-Kitas vor. Für einen Platz ab 1. August sollten Sie das bis Mitte Januar erledigen.',
    'Nehmen Sie Kontakt zur Kita auf und vereinbaren Sie einen Kennenlerntermin.',
    'Bekommen Sie eine Zusage, schließen Sie den Betreuungsvertrag mit der Kita ab. Das Jugendamt bittet Sie danach, Ihr Einkommen für den Elternbeitrag selbst einzuschätzen.',
    'Sie finden keinen Platz? Rufen Sie die Beratungs- und Vermittlungsstelle Kindertagesbetreuung des Jugendamts an: 02381 17-6399.',
  ],
  documents: [
    'Geburtsurkunde oder Ausweisdokument des Kindes',
    'Nachweis über Arbeit, Ausbildung, Studium oder Arbeitssuche (bei Kindern unter einem Jahr und für längere Betreuungszeiten)',
    'Selbsteinschätzung zum Elterneinkommen (Formular des Jugendamts)',
    'Bescheid über Grundsicherungsgeld (bisher Bürgergeld), Wohngeld, Kinderzuschlag o. Ä., wenn Sie davon befreit werden möchten',
  ],
  importance: 'high',
  legalBasis: '§ 24 SGB VIII; Kinderbildungsgesetz NRW (KiBiz); Elternbeitragssatzung der Stadt Hamm',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__24.html',
  synonyms:
    'Kita, Kindergarten, Kindertagesstätte, Kita-Platz, Kitaplatz, Betreuungsplatz, Krippe, U3, Ü3, Kitaportal, Kita-Anmeldung, Vormerkung, Rechtsanspruch, Kinderbetreuung',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          minAge: 1,
          maxAge: 6,
          reason: 'Ihr Kind ist mindestens ein Jahr alt und noch nicht in der Schule. Es hat ein Recht auf einen Betreuungsplatz.',
        },
        {
          blockType: 'child',
          minAge: 6,
          maxAge: 7,
          activities: ['none', 'kita', 'kindertagespflege'],
          reason: 'Ihr Kind ist sechs Jahre alt und geht noch nicht zur Schule.',
        },
        {
          blockType: 'all',
          reason:
            'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).',
          conditions: [
            { blockType: 'child', maxAge: 1 },
            { blockType: 'adult', employment: ['employed', 'self-employed', 'student', 'trainee', 'unemployed'] },
            {
              blockType: 'not',
              conditions: [
                { blockType: 'adult', relations: ['parent', 'foster-parent'], employment: ['parental-leave', 'homemaker', 'retired'] },
              ],
            },
          ],
        },
        {
          blockType: 'all',
          conditions: [
            { blockType: 'child', maxAge: 1 },
            {
              blockType: 'proviso',
              text: 'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt',
            },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Paar in Hamm mit Kind (2)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 31 },
          { role: 'adult', age: 33 },
          { role: 'child', age: 2, name: 'Lina' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Baby (6 Monate), beide Eltern in Elternzeit, Hamm',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 30, employment: 'parental-leave' },
          { role: 'adult', age: 32, employment: 'parental-leave' },
          { role: 'child', age: 0.5 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie mit Kind (3), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 28 },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie in Hamm mit Grundschulkind (8)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 40 },
          { role: 'child', age: 8, activity: 'grundschule' },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
