import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 21 Abs. 2 SGB II (https://www.gesetze-im-internet.de/sgb_2/__21.html), § 30 Abs. 2 SGB XII; Regelbedarfe 2026 563/506 Euro
// unverändert (bmas.de FAQ Regelbedarfsstufen-Fortschreibungsverordnung); seit 01.07.2026 heißt die Leistung Grundsicherungsgeld
// (13. SGB-II-Änderungsgesetz vom 16.04.2026, BGBl. 2026 I Nr. 107; bundestag.de hib 15/2026); die Mehrbedarfe blieben unverändert.

export default {
  title: 'Mehrbedarf bei Schwangerschaft (Grundsicherungsgeld, bisher Bürgergeld)',
  slug: 'mehrbedarf-schwangerschaft',
  summary:
    'Wenn Sie Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe bekommen und schwanger sind, gibt es ab der 13. Schwangerschaftswoche einen Zuschlag von 17 Prozent des Regelbedarfs – 2026 zum Beispiel 95,71 Euro im Monat für Alleinstehende.',
  summaryLeichteSprache:
    'Sie bekommen Grundsicherungsgeld vom Jobcenter. Früher hieß es Bürgergeld. Sie sind schwanger. Dann bekommen Sie ab dem 4. Monat mehr Geld. Sagen Sie es dem Jobcenter. Bringen Sie den Mutterpass mit.',
  kind: 'geldleistung',
  body: [
    'In der Schwangerschaft brauchen Sie mehr: bessere Ernährung, neue Kleidung, Wege zu Untersuchungen. Deshalb gibt es zum Grundsicherungsgeld (bis Juni 2026: Bürgergeld) oder zur Sozialhilfe einen Mehrbedarf für werdende Mütter. Die Reform der Grundsicherung im Juli 2026 hat daran nichts geändert.',
    'Der Mehrbedarf beträgt 17 Prozent Ihres Regelbedarfs. Er wird nach der 12. Schwangerschaftswoche gezahlt, bis zum Ende des Monats, in dem Ihr Kind geboren wird.',
    'Daneben können Sie beim Jobcenter eine Erstausstattung für Schwangerschaft und Geburt beantragen, zum Beispiel für Umstandskleidung, Kinderwagen und Babykleidung. Nach der Geburt kommt für Ihr Kind das Sozialgeld dazu.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'wenig-geld'],
  kontakte: ['kommunales-jobcenter-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Kommunales Jobcenter Hamm (bei Sozialhilfe: Stadt Hamm, Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'Für schwangere Frauen, die Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe bekommen, ab der 13. Schwangerschaftswoche (im Situations-Finder: Geburt in höchstens 28 Wochen) bis zum Ende des Geburtsmonats. Haben Sie Grundsicherungsgeld noch nicht beantragt, zeigt der Situations-Finder das Angebot als „vielleicht“, wenn Grundsicherungsgeld für Sie in Frage kommt.',
  amount: {
    kind: 'range',
    period: 'month',
    min: 86.02,
    max: 95.71,
    source: '§ 21 Abs. 2 SGB II: 17 Prozent des Regelbedarfs (2026: 563 Euro allein, 506 Euro in einer Partnerschaft)',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs:
    '17 Prozent des Regelbedarfs (Stand 2026): 95,71 Euro im Monat für Alleinstehende und Alleinerziehende, 86,02 Euro in einer Partnerschaft. Es gibt keinen eigenen Antrag.',
  steps: [
    'Teilen Sie dem Jobcenter die Schwangerschaft mit und legen Sie den Mutterpass oder eine ärztliche Bescheinigung mit dem errechneten Geburtstermin vor.',
    'Beantragen Sie gleichzeitig die Erstausstattung für Schwangerschaft und Geburt.',
    'Melden Sie nach der Geburt Ihr Kind beim Jobcenter an.',
  ],
  documents: ['Mutterpass oder ärztliche Bescheinigung über den errechneten Geburtstermin'],
  legalBasis: '§ 21 Abs. 2 Zweites Buch Sozialgesetzbuch (SGB II); § 30 Abs. 2 SGB XII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_2/__21.html',
  synonyms:
    'Mehrbedarf Schwangerschaft, Schwangerschaftsmehrbedarf, Grundsicherungsgeld schwanger, Bürgergeld schwanger, Jobcenter schwanger, Zuschlag werdende Mütter',
  rules: rules([
    {
      blockType: 'all',
      reason: 'Sie sind schwanger und haben die 12. Schwangerschaftswoche hinter sich.',
      conditions: [{ blockType: 'adult', pregnant: true, maxDueInWeeks: 28 }],
    },
    { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe'] },
  ]),
  testFamilies: [
    {
      name: 'Schwangere mit Grundsicherungsgeld, Geburt in 20 Wochen',
      household: { version: 1, receives: ['buergergeld'], members: [{ role: 'adult', age: 26, pregnant: true, dueInWeeks: 20 }] },
      expected: 'yes',
    },
    {
      name: 'Schwangere mit Grundsicherungsgeld in der 8. Woche',
      household: { version: 1, receives: ['buergergeld'], members: [{ role: 'adult', age: 29, pregnant: true, dueInWeeks: 32 }] },
      expected: 'no',
    },
    {
      name: 'Schwangere mit Grundsicherungsgeld, Termin nicht angegeben',
      household: { version: 1, receives: ['buergergeld'], members: [{ role: 'adult', age: 22, pregnant: true }] },
      expected: 'maybe',
    },
    {
      name: 'Schwangere mit mittlerem Einkommen ohne Leistungen',
      household: {
        version: 1,
        income: 'middle',
        receives: [],
        members: [{ role: 'adult', age: 31, residenceStatus: 'german', employment: 'employed', pregnant: true, dueInWeeks: 15 }],
      },
      expected: 'no',
    },
    {
      name: 'Schwangere mit Grundsicherungsgeld, Geburt in genau 28 Wochen (Beginn der 13. Woche)',
      household: { version: 1, receives: ['buergergeld'], members: [{ role: 'adult', age: 25, pregnant: true, dueInWeeks: 28 }] },
      expected: 'yes',
    },
  ],
} satisfies SeedAngebot
