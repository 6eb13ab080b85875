import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 24 Abs. 3 Satz 1 Nr. 2 und Satz 3 SGB II (https://www.gesetze-im-internet.de/sgb_2/__24.html), § 31 SGB XII, §§ 3, 6 AsylbLG;
// seit 01.07.2026 heißt die SGB-II-Leistung Grundsicherungsgeld (13. SGB-II-Änderungsgesetz vom 16.04.2026, BGBl. 2026 I Nr. 107;
// bundestag.de hib 15/2026) – die Erstausstattung bei Schwangerschaft und Geburt blieb unverändert.

export default {
  title: 'Erstausstattung bei Schwangerschaft und Geburt',
  slug: 'erstausstattung-schwangerschaft-geburt',
  summary:
    'Umstandskleidung, Babykleidung, Kinderwagen, Kinderbett: Wer Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe oder Asylbewerberleistungen bekommt, erhält für die Erstausstattung zusätzlich Geld. Auch mit kleinem Einkommen ohne diese Leistungen kann ein Antrag möglich sein.',
  summaryLeichteSprache:
    'Sie bekommen ein Baby. Sie haben wenig Geld. Dann bekommen Sie Geld für die Sachen für das Baby. Zum Beispiel für Kleidung, ein Bett und einen Kinderwagen. Sie stellen den Antrag vor dem Kauf.',
  kind: 'geldleistung',
  body: [
    'Für ein Baby brauchen Sie vieles neu. Diese Kosten sind im Regelbedarf nicht enthalten. Deshalb zahlen Jobcenter und Sozialamt die Erstausstattung bei Schwangerschaft und Geburt zusätzlich – meist als Pauschale.',
    'Dazu gehören Umstandskleidung für Sie, Erstausstattung an Babykleidung, Kinderwagen, Kinderbett mit Matratze, Wickelauflage und Badewanne. Wie viel es gibt, legt die zuständige Stelle fest.',
    'Auch wenn Sie kein Grundsicherungsgeld (bisher Bürgergeld) bekommen, Ihr Einkommen aber für diese einmaligen Anschaffungen nicht reicht, können Sie die Erstausstattung beim Jobcenter beantragen. Dann wird Ihr Einkommen der nächsten Monate angerechnet. Stellen Sie den Antrag unbedingt, bevor Sie die Sachen kaufen.',
    'Zusätzlich kann die Bundesstiftung Mutter und Kind in einer Notlage helfen. Den Antrag stellen Sie in einer Schwangerschaftsberatungsstelle vor der Geburt.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'wenig-geld', 'kleinkind'],
  kontakte: ['kommunales-jobcenter-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Kommunales Jobcenter Hamm; bei Sozialhilfe oder Asylbewerberleistungen die zuständige Stelle der Stadt Hamm',
  eligibilitySummary:
    'Für Schwangere und Eltern eines Neugeborenen, die Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe oder Asylbewerberleistungen bekommen. Auf Antrag auch für Familien ohne diese Leistungen, wenn ihr Einkommen für die Erstausstattung nicht reicht. Der Situations-Finder zeigt das Angebot in der Schwangerschaft und im ersten halben Lebensjahr des Kindes: ohne Erwerbseinkommen oder mit diesen Leistungen als passend, bei geringem Einkommen als „vielleicht“.',
  costs: 'Meist als Pauschale oder als Gutschein; die Höhe legt die zuständige Stelle fest. Der Antrag ist kostenlos.',
  steps: [
    'Stellen Sie den Antrag in der Schwangerschaft – etwa ab dem dritten Monat vor dem Geburtstermin – und vor dem Kauf.',
    'Grundsicherungsgeld oder kein Leistungsbezug: Antrag beim Kommunalen Jobcenter Hamm. Sozialhilfe oder Asylbewerberleistungen: Antrag bei der Stelle, die Ihnen die Leistung zahlt.',
    'Legen Sie den Mutterpass vor. Nach der Bewilligung kaufen Sie die Sachen; manchmal werden Belege verlangt.',
  ],
  documents: [
    'Mutterpass oder ärztliche Bescheinigung über den Geburtstermin',
    'Ohne Leistungsbezug: Einkommensnachweise',
    'Nach der Geburt: Geburtsurkunde',
  ],
  legalBasis:
    '§ 24 Abs. 3 Satz 1 Nr. 2 und Satz 3 Zweites Buch Sozialgesetzbuch (SGB II); § 31 SGB XII; bei Asylbewerberleistungen das Asylbewerberleistungsgesetz (AsylbLG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_2/__24.html',
  synonyms:
    'Erstausstattung, Babyerstausstattung, Schwangerschaftsbekleidung, Umstandskleidung, Kinderwagen Jobcenter, Babybett, einmalige Leistung Geburt, Grundsicherungsgeld Baby, Bürgergeld Baby',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        { blockType: 'adult', pregnant: true },
        { blockType: 'child', maxAge: 0.5, reason: 'Ihr Baby ist jünger als ein halbes Jahr.' },
      ],
    },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe', 'asylbewerberleistungen'] },
        { blockType: 'income', match: ['none'], borderline: ['low'] },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Schwangere mit Grundsicherungsgeld',
      household: { version: 1, receives: ['buergergeld'], members: [{ role: 'adult', age: 24, pregnant: true, dueInWeeks: 12 }] },
      expected: 'yes',
    },
    {
      name: 'Schwangere mit geringem Einkommen ohne Leistungen',
      household: {
        version: 1,
        income: 'low',
        receives: [],
        members: [
          { role: 'adult', age: 28, residenceStatus: 'german', pregnant: true, dueInWeeks: 10 },
          { role: 'adult', age: 30, residenceStatus: 'german' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit Baby (2 Monate), mittleres Einkommen',
      household: {
        version: 1,
        income: 'middle',
        receives: ['kindergeld', 'elterngeld'],
        members: [
          { role: 'adult', age: 33, residenceStatus: 'german', employment: 'parental-leave' },
          { role: 'adult', age: 35, residenceStatus: 'german', employment: 'employed' },
          { role: 'child', age: 2 / 12 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Grundsicherungsgeld und Kind (1), nicht schwanger',
      household: {
        version: 1,
        receives: ['buergergeld'],
        members: [
          { role: 'adult', age: 27, pregnant: false },
          { role: 'child', age: 1 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
