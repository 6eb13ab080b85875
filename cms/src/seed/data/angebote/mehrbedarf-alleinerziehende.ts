import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Mehrbedarf für Alleinerziehende (Bürgergeld)',
  slug: 'mehrbedarf-alleinerziehende',
  summary:
    'Wer Bürgergeld oder Sozialhilfe bekommt und Kinder allein erzieht, bekommt zusätzlich einen Mehrbedarf: je nach Zahl und Alter der Kinder 12 bis 60 Prozent des Regelbedarfs, 2026 also zwischen 67,56 und 337,80 Euro im Monat.',
  summaryLeichteSprache:
    'Sie bekommen Bürgergeld. Sie leben allein mit Ihren Kindern. Dann bekommen Sie mehr Geld. Das heißt Mehrbedarf. Das Jobcenter rechnet es aus.',
  kind: 'geldleistung',
  body: [
    'Alleinerziehende haben höhere Kosten, weil sie alles allein stemmen. Deshalb bekommen sie zum Bürgergeld oder zur Sozialhilfe einen Zuschlag, den Mehrbedarf für Alleinerziehende.',
    'Die Höhe richtet sich nach Zahl und Alter der Kinder: 36 Prozent des Regelbedarfs, wenn ein Kind unter 7 Jahren oder zwei oder drei Kinder unter 16 Jahren bei Ihnen leben. Sonst 12 Prozent für jedes Kind, wenn das mehr ergibt. Höchstens sind es 60 Prozent.',
    'Teilen Sie sich die Erziehung mit dem anderen Elternteil im Wechselmodell, bekommen beide einen Teil des Mehrbedarfs. Das Jobcenter berücksichtigt den Mehrbedarf von selbst, wenn es weiß, dass Sie alleinerziehend sind – prüfen Sie Ihren Bescheid.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['alleinerziehend', 'wenig-geld'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Kommunales Jobcenter Hamm (bei Sozialhilfe: Stadt Hamm, Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'Für Alleinerziehende, die Bürgergeld oder Sozialhilfe bekommen und mit mindestens einem minderjährigen Kind zusammenleben, für dessen Pflege und Erziehung sie allein sorgen. Haben Sie Bürgergeld noch nicht beantragt, zeigt der Situations-Finder das Angebot als „vielleicht“, wenn Bürgergeld für Sie in Frage kommt.',
  costs:
    'Stand 2026 (Regelbedarf 563 Euro): 36 Prozent sind 202,68 Euro im Monat, 12 Prozent pro Kind sind 67,56 Euro, höchstens 60 Prozent sind 337,80 Euro. Es gibt keinen eigenen Antrag – der Mehrbedarf ist Teil des Bürgergeldes.',
  steps: [
    'Geben Sie im Antrag auf Bürgergeld an, dass Sie alleinerziehend sind und wie alt Ihre Kinder sind.',
    'Prüfen Sie im Bescheid, ob der Mehrbedarf für Alleinerziehende berücksichtigt ist. Wenn nicht, melden Sie sich beim Jobcenter oder legen Widerspruch ein.',
  ],
  documents: ['Geburtsurkunden der Kinder', 'Bei gemeinsamer Betreuung: Angaben zur Aufteilung der Betreuungszeiten'],
  legalBasis: '§ 21 Abs. 3 Zweites Buch Sozialgesetzbuch (SGB II); § 30 Abs. 3 SGB XII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_2/__21.html',
  synonyms: 'Mehrbedarf Alleinerziehende, Alleinerziehendenmehrbedarf, Zuschlag Alleinerziehende, Bürgergeld alleinerziehend, Jobcenter alleinerziehend',
  rules: rules([
    { blockType: 'household', singleParent: true },
    { blockType: 'child', maxAge: 18 },
    { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe'] },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende mit Bürgergeld und Kind (4)',
      household: { version: 1, singleParent: true, receives: ['buergergeld', 'kindergeld'], members: [{ role: 'adult', age: 31 }, { role: 'child', age: 4 }] },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehende ohne Einkommen, noch ohne Bürgergeld',
      household: {
        version: 1,
        singleParent: true,
        income: 'none',
        receives: [],
        members: [{ role: 'adult', age: 23, residenceStatus: 'german' }, { role: 'child', age: 1 }],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit Bürgergeld und Kind (5)',
      household: { version: 1, singleParent: false, receives: ['buergergeld'], members: [{ role: 'adult', age: 33 }, { role: 'adult', age: 34 }, { role: 'child', age: 5 }] },
      expected: 'no',
    },
    {
      name: 'Alleinerziehende mit mittlerem Einkommen ohne Leistungen',
      household: {
        version: 1,
        singleParent: true,
        income: 'middle',
        receives: [],
        members: [{ role: 'adult', age: 40, residenceStatus: 'german' }, { role: 'child', age: 9 }],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
