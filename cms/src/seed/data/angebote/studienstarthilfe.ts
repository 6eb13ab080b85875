import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).

export default {
  title: 'Studienstarthilfe',
  slug: 'studienstarthilfe',
  summary:
    'Wer unter 25 ist, zum ersten Mal ein Studium beginnt und vorher Grundsicherungsgeld (bisher Bürgergeld), Wohngeld, Kinderzuschlag, Sozialhilfe oder Asylbewerberleistungen bekommen hat, kann einmalig 1.000 Euro Studienstarthilfe bekommen – ein Zuschuss, der nicht zurückgezahlt wird.',
  summaryLeichteSprache:
    'Sie fangen ein Studium an. Sie sind jünger als 25 Jahre. Ihre Familie bekommt zum Beispiel Grundsicherungsgeld (früher Bürgergeld) oder Wohngeld. Dann bekommen Sie einmal 1.000 Euro. Das Geld müssen Sie nicht zurückzahlen.',
  kind: 'geldleistung',
  body: [
    'Zum Studienstart kostet vieles Geld: ein Laptop, Bücher, die Kaution für das erste Zimmer, der Umzug. Die Studienstarthilfe hilft jungen Menschen aus Familien mit wenig Geld bei diesen Anfangskosten.',
    'Sie bekommen einmalig 1.000 Euro, wenn Sie sich erstmals an einer Hochschule einschreiben, bei Studienbeginn jünger als 25 Jahre sind und im Monat vor dem Studienbeginn selbst eine der genannten Sozialleistungen bekommen haben oder in einem Haushalt gelebt haben, der Wohngeld oder Kinderzuschlag für Sie bekommt. Auch junge Menschen, die Leistungen der Kinder- und Jugendhilfe bekommen, zum Beispiel in einer Wohngruppe, können Anspruch haben.',
    'Die Studienstarthilfe wird nicht auf das BAföG und andere Sozialleistungen angerechnet. Sie können sie zusätzlich zum BAföG beantragen.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung'],
  lebenslagen: ['jugendliche-beruf', 'wenig-geld'],
  kontakte: ['jugendberufsagentur-hamm'],
  erklaervideos: [],
  provider: 'Studierendenwerk der Hochschule (über BAföG Digital)',
  eligibilitySummary:
    'Für Studienanfängerinnen und -anfänger unter 25 Jahren in ihrem ersten Studium, die im Monat vor Studienbeginn Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen oder Leistungen der Kinder- und Jugendhilfe bekommen haben oder für die Wohngeld oder Kinderzuschlag gezahlt wurde. Haben Sie keine dieser Leistungen angegeben, könnten aber eine davon bekommen, zeigt der Situations-Finder das Angebot als „vielleicht“.',
  amount: {
    kind: 'fixed',
    period: 'once',
    value: 1000,
    source: '§ 56 BAföG: Studienstarthilfe 1.000 Euro als einmaliger Zuschuss',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs: 'Einmalig 1.000 Euro als Zuschuss. Der Antrag ist kostenlos.',
  applyUrl: 'https://www.bafoeg-digital.de/ams/STUDIENSTARTHILFE',
  steps: [
    'Schreiben Sie sich an der Hochschule ein.',
    'Stellen Sie den Antrag online über BAföG Digital – spätestens bis zum Ende des Monats nach dem Studienbeginn (bei Studienbeginn im Oktober also bis Ende November).',
    'Laden Sie den Nachweis über die Sozialleistung aus dem Monat vor Studienbeginn und die Immatrikulationsbescheinigung hoch.',
  ],
  documents: [
    'Immatrikulationsbescheinigung',
    'Bescheid über Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld oder Kinderzuschlag für den Monat vor Studienbeginn',
  ],
  legalBasis: '§ 56 Bundesausbildungsförderungsgesetz (BAföG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/baf_g/__56.html',
  synonyms: 'Studienstarthilfe, Studienstart, 1000 Euro Studium, Starthilfe Studium, Erstsemester Zuschuss, BAföG Digital',
  rules: rules([
    {
      blockType: 'child',
      minAge: 16,
      maxAge: 25,
      startingStudies: true,
      includeMovedOut: true,
    },
    { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe', 'asylbewerberleistungen', 'wohngeld', 'kinderzuschlag'] },
  ]),
  testFamilies: [
    {
      name: 'Familie mit Wohngeld, Tochter (18) beginnt Studium',
      household: {
        version: 1,
        receives: ['wohngeld', 'kindergeld'],
        members: [
          { role: 'adult', age: 46 },
          { role: 'child', age: 18, activity: 'weiterfuehrende-schule', startingStudies: true },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit geringem Einkommen ohne Leistungen, Sohn (19) beginnt Studium',
      household: {
        version: 1,
        income: 'low',
        receives: [],
        members: [
          { role: 'adult', age: 48, residenceStatus: 'german' },
          { role: 'child', age: 19, startingStudies: true },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie mit hohem Einkommen, Kind (18) beginnt Studium',
      household: {
        version: 1,
        income: 'high',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 50, residenceStatus: 'german' },
          { role: 'child', age: 18, startingStudies: true },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Bürgergeld, Kind (26) beginnt Studium',
      household: {
        version: 1,
        receives: ['buergergeld'],
        members: [
          { role: 'adult', age: 55 },
          { role: 'child', age: 26, startingStudies: true },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
