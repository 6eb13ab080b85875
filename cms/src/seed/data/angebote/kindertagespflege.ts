import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: §§ 22–24 SGB VIII; hamm.de „Tagespflege für Kinder“ (Ausrichtung auf Kinder unter drei Jahren,
// bis zu fünf Kinder je Tagespflegeperson, Vergütung durch das Jugendamt, Elternbeitrag);
// presse-service.de, Stadt Hamm 30.04.2025 (rund 120 Tagespflegepersonen, nicht teurer als ein Kita-Platz,
// Beratungs- und Vermittlungsstelle Kindertagesbetreuung Tel. 02381 17-6399).
export default {
  title: 'Kindertagespflege (Tagesmutter oder Tagesvater)',
  slug: 'kindertagespflege',
  summary:
    'Eine Tagesmutter oder ein Tagesvater betreut Ihr Kind in einer kleinen Gruppe mit höchstens fünf Kindern – oft mit flexiblen Zeiten. In Hamm vor allem für Kinder unter drei Jahren. Das Jugendamt vermittelt geprüfte Tagespflegepersonen.',
  summaryLeichteSprache:
    'Eine Tages-Mutter oder ein Tages-Vater passt auf Ihr Kind auf. Die Gruppe ist klein. Das ist gut für kleine Kinder unter 3 Jahren. Das Jugendamt hilft Ihnen, eine Tages-Mutter zu finden.',
  kind: 'betreuung',
  body: [
    'In der Kindertagespflege betreut eine feste Bezugsperson Ihr Kind – in ihren eigenen oder in angemieteten Räumen, selten auch bei Ihnen zu Hause. Eine Tagespflegeperson betreut höchstens fünf Kinder gleichzeitig. Das ist familiennah und für sehr kleine Kinder oft genau richtig.',
    'Die Kindertagespflege ist dem Kita-Platz gleichgestellt: Vom ersten Geburtstag bis zum dritten Geburtstag kann Ihr Recht auf einen Betreuungsplatz auch durch eine Tagesmutter oder einen Tagesvater erfüllt werden. Für ältere Kinder kommt sie in Hamm ergänzend in Frage, etwa wenn die Öffnungszeiten der Kita nicht zu Ihren Arbeitszeiten passen, zum Beispiel bei Schichtdienst.',
    'Alle Tagespflegepersonen, die das Jugendamt Hamm vermittelt, haben eine Qualifizierung abgeschlossen und wurden persönlich und in ihren Räumen überprüft. Das Jugendamt begleitet sie fachlich. In Hamm arbeiten rund 120 qualifizierte Tagespflegepersonen.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['kleinkind'],
  eligibilitySummary:
    'Vor allem Kinder unter drei Jahren in Hamm: ab dem ersten Geburtstag mit Rechtsanspruch, unter einem Jahr, wenn beide Eltern (oder der alleinerziehende Elternteil) arbeiten, eine Ausbildung machen, studieren, Arbeit suchen oder an einer Maßnahme des Jobcenters teilnehmen – oder wenn die Betreuung für die Entwicklung des Kindes geboten ist (§ 24 Abs. 1 SGB VIII). Ältere Kinder ergänzend, wenn Kita oder Offene Ganztagsschule die Betreuungszeiten nicht abdecken.',
  kontakte: ['jugendamt-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm (Beratungs- und Vermittlungsstelle Kindertagesbetreuung) mit qualifizierten Tagespflegepersonen',
  costs:
    'Die Tagespflegeperson wird vom Jugendamt bezahlt. Sie zahlen einen Elternbeitrag nach der Elternbeitragssatzung der Stadt Hamm – er richtet sich nach Einkommen und Betreuungszeit und ist nicht höher als für einen Kita-Platz. Geschwisterkinder sind beitragsfrei. Mit Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld oder Kinderzuschlag zahlen Sie auf Antrag nichts.',
  steps: [
    'Rufen Sie die Beratungs- und Vermittlungsstelle Kindertagesbetreuung des Jugendamts an (02381 17-6399) oder suchen Sie im Kitaportal der Stadt Hamm nach Tagespflegepersonen.',
    'Lernen Sie die Tagesmutter oder den Tagesvater kennen und schauen Sie sich die Räume an.',
    'Vereinbaren Sie eine Eingewöhnung und schließen Sie den Betreuungsvertrag.',
    'Geben Sie beim Jugendamt die Selbsteinschätzung zu Ihrem Einkommen ab. Sie bekommen dann einen Bescheid über den Elternbeitrag.',
  ],
  documents: [
    'Geburtsurkunde oder Ausweisdokument des Kindes',
    'Nachweis über Arbeit, Ausbildung, Studium oder Arbeitssuche (bei Kindern unter einem Jahr und für den Betreuungsumfang)',
    'Selbsteinschätzung zum Elterneinkommen (Formular des Jugendamts)',
  ],
  legalBasis: '§§ 22, 23 und 24 SGB VIII; Kinderbildungsgesetz NRW (KiBiz); Elternbeitragssatzung der Stadt Hamm',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__23.html',
  synonyms:
    'Kindertagespflege, Tagespflege, Tagesmutter, Tagesvater, Tageseltern, Tagespflegeperson, Großtagespflege, U3-Betreuung, Krippe, Schichtdienst, flexible Betreuung',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          minAge: 1,
          maxAge: 3,
          reason: 'Ihr Kind ist zwischen einem und drei Jahren alt – genau dafür ist die Kindertagespflege in Hamm gedacht.',
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
      name: 'Alleinerziehende Mutter in Hamm mit Kind (1½)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 27, employment: 'employed' },
          { role: 'child', age: 1.5, name: 'Emil' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Baby (7 Monate), Mutter arbeitet, Vater in Elternzeit, Hamm',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 33, employment: 'employed' },
          { role: 'adult', age: 35, employment: 'parental-leave' },
          { role: 'child', age: 0.6 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Baby (7 Monate), beide Eltern arbeiten, Hamm',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 33, employment: 'employed' },
          { role: 'adult', age: 35, employment: 'self-employed' },
          { role: 'child', age: 0.6 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit Kind (4) in der Kita',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 36 },
          { role: 'child', age: 4, activity: 'kita' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Kind (2), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 30 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
