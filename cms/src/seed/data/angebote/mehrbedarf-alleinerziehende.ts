import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 21 Abs. 3 SGB II (https://www.gesetze-im-internet.de/sgb_2/__21.html), § 30 Abs. 3 SGB XII; Regelbedarf 2026 563 Euro
// unverändert (bmas.de FAQ Regelbedarfsstufen-Fortschreibungsverordnung); seit 01.07.2026 heißt die Leistung Grundsicherungsgeld
// (13. SGB-II-Änderungsgesetz vom 16.04.2026, BGBl. 2026 I Nr. 107; bundestag.de hib 15/2026); die Mehrbedarfe blieben unverändert.

export default {
  title: 'Mehrbedarf für Alleinerziehende (Grundsicherungsgeld, bisher Bürgergeld)',
  slug: 'mehrbedarf-alleinerziehende',
  summary:
    'Wer Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe bekommt und Kinder allein erzieht, bekommt zusätzlich einen Mehrbedarf: je nach Zahl und Alter der Kinder 12 bis 60 Prozent des Regelbedarfs, 2026 also zwischen 67,56 und 337,80 Euro im Monat.',
  summaryLeichteSprache:
    'Sie bekommen Grundsicherungsgeld vom Jobcenter. Früher hieß es Bürgergeld. Sie leben allein mit Ihren Kindern. Dann bekommen Sie mehr Geld. Das heißt Mehrbedarf. Das Jobcenter rechnet es aus.',
  kind: 'geldleistung',
  body: [
    'Alleinerziehende haben höhere Kosten, weil sie alles allein stemmen. Deshalb bekommen sie zum Grundsicherungsgeld (bis Juni 2026: Bürgergeld) oder zur Sozialhilfe einen Zuschlag, den Mehrbedarf für Alleinerziehende. An diesem Zuschlag hat die Reform der Grundsicherung im Juli 2026 nichts geändert.',
    'Die Höhe richtet sich nach Zahl und Alter der Kinder: 36 Prozent des Regelbedarfs, wenn ein Kind unter 7 Jahren oder zwei oder drei Kinder unter 16 Jahren bei Ihnen leben. Sonst 12 Prozent für jedes Kind, wenn das mehr ergibt. Höchstens sind es 60 Prozent.',
    'Teilen Sie sich die Erziehung mit dem anderen Elternteil im Wechselmodell, bekommen beide einen Teil des Mehrbedarfs. Das Jobcenter berücksichtigt den Mehrbedarf von selbst, wenn es weiß, dass Sie alleinerziehend sind – prüfen Sie Ihren Bescheid.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['alleinerziehend', 'wenig-geld'],
  kontakte: ['kommunales-jobcenter-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Kommunales Jobcenter Hamm (bei Sozialhilfe: Stadt Hamm, Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'Für Alleinerziehende, die Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe bekommen und mit mindestens einem minderjährigen Kind zusammenleben, für dessen Pflege und Erziehung sie allein sorgen. Haben Sie Grundsicherungsgeld noch nicht beantragt, zeigt der Situations-Finder das Angebot als „vielleicht“, wenn Grundsicherungsgeld für Sie in Frage kommt.',
  amount: {
    kind: 'range',
    period: 'month',
    min: 67.56,
    max: 337.8,
    source: '§ 21 Abs. 3 SGB II: 12 bis 60 Prozent des Regelbedarfs von 563 Euro (2026), je nach Zahl und Alter der Kinder',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs:
    'Stand 2026 (Regelbedarf 563 Euro): 36 Prozent sind 202,68 Euro im Monat, 12 Prozent pro Kind sind 67,56 Euro, höchstens 60 Prozent sind 337,80 Euro. Es gibt keinen eigenen Antrag – der Mehrbedarf ist Teil des Grundsicherungsgeldes.',
  steps: [
    'Geben Sie im Antrag auf Grundsicherungsgeld an, dass Sie alleinerziehend sind und wie alt Ihre Kinder sind.',
    'Prüfen Sie im Bescheid, ob der Mehrbedarf für Alleinerziehende berücksichtigt ist. Wenn nicht, melden Sie sich beim Jobcenter oder legen Widerspruch ein.',
  ],
  documents: ['Geburtsurkunden der Kinder', 'Bei gemeinsamer Betreuung: Angaben zur Aufteilung der Betreuungszeiten'],
  legalBasis: '§ 21 Abs. 3 Zweites Buch Sozialgesetzbuch (SGB II); § 30 Abs. 3 SGB XII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_2/__21.html',
  synonyms:
    'Mehrbedarf Alleinerziehende, Alleinerziehendenmehrbedarf, Zuschlag Alleinerziehende, Grundsicherungsgeld alleinerziehend, Bürgergeld alleinerziehend, Jobcenter alleinerziehend',
  rules: rules([
    { blockType: 'household', singleParent: true },
    { blockType: 'child', maxAge: 18 },
    { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe'] },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende mit Grundsicherungsgeld und Kind (4)',
      household: {
        version: 1,
        singleParent: true,
        receives: ['buergergeld', 'kindergeld'],
        members: [
          { role: 'adult', age: 31 },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehende ohne Einkommen, noch ohne Grundsicherungsgeld',
      household: {
        version: 1,
        singleParent: true,
        income: 'none',
        receives: [],
        members: [
          { role: 'adult', age: 23, residenceStatus: 'german' },
          { role: 'child', age: 1 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit Grundsicherungsgeld und Kind (5)',
      household: {
        version: 1,
        singleParent: false,
        receives: ['buergergeld'],
        members: [
          { role: 'adult', age: 33 },
          { role: 'adult', age: 34 },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehende mit mittlerem Einkommen ohne Leistungen',
      household: {
        version: 1,
        singleParent: true,
        income: 'middle',
        receives: [],
        members: [
          { role: 'adult', age: 40, residenceStatus: 'german', employment: 'employed' },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehender Vater mit Grundsicherungsgeld, Sohn gerade 18',
      household: {
        version: 1,
        singleParent: true,
        receives: ['buergergeld'],
        members: [
          { role: 'adult', age: 45 },
          { role: 'child', age: 18.1 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
