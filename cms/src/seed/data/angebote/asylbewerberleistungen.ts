import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Leistungen nach dem Asylbewerberleistungsgesetz',
  slug: 'asylbewerberleistungen',
  summary:
    'Menschen im Asylverfahren, mit Duldung oder ausreisepflichtige Menschen bekommen Leistungen nach dem Asylbewerberleistungsgesetz: für Essen, Kleidung, Wohnen, Gesundheit und den persönlichen Bedarf. Kinder haben zusätzlich Anspruch auf Bildung und Teilhabe.',
  summaryLeichteSprache:
    'Sie haben Asyl beantragt. Oder Sie haben eine Duldung. Sie haben kein Geld oder wenig Geld. Dann bekommen Sie Hilfe von der Stadt Hamm. Die Hilfe ist für Essen, Kleidung und Wohnen.',
  kind: 'geldleistung',
  body: [
    'Das Asylbewerberleistungsgesetz sichert das Existenzminimum von Menschen, die in Deutschland Asyl beantragt haben, eine Duldung haben oder ausreisepflichtig sind, und von einigen weiteren Gruppen mit bestimmten Aufenthaltserlaubnissen. Auch ihre Ehepartner und minderjährigen Kinder bekommen die Leistungen.',
    'Es gibt Grundleistungen für Ernährung, Unterkunft, Heizung, Kleidung, Gesundheitspflege und Hausrat sowie einen Betrag für persönliche Bedürfnisse. Bei Krankheit, Schwangerschaft und Geburt werden die nötigen Behandlungen übernommen. Nach 36 Monaten Aufenthalt gibt es in der Regel höhere Leistungen entsprechend der Sozialhilfe (Analogleistungen).',
    'Kinder und Jugendliche haben Anspruch auf Bildung und Teilhabe, in Hamm über die YouCardHamm. Wer arbeitet, behält einen Teil seines Einkommens. Nach einer Anerkennung als Flüchtling oder Schutzberechtigter wechseln Sie in der Regel zum Bürgergeld beim Jobcenter.',
    'Nach dem Leistungsrechtsanpassungsgesetz sollen auch Geflüchtete aus der Ukraine, die seit dem 1. April 2025 angekommen sind, Leistungen nach diesem Gesetz statt Bürgergeld bekommen. Die Stadt Hamm und die Migrationsberatung sagen Ihnen, was in Ihrem Fall gilt.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft'],
  lebenslagen: ['wenig-geld', 'neu-in-hamm'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm (Leistungsbehörde nach dem Asylbewerberleistungsgesetz)',
  eligibilitySummary:
    'Für Menschen mit Aufenthaltsgestattung (Asylverfahren), Duldung oder Ausreisepflicht und für einige Aufenthaltserlaubnisse aus humanitären Gründen, wenn Einkommen und Vermögen nicht reichen. Der Situations-Finder zeigt das Angebot für Haushalte, in denen ein Erwachsener im Asylverfahren ist oder eine Duldung hat, ohne oder mit geringem Einkommen als passend und mit mittlerem Einkommen als „vielleicht“. Vereinfacht: Welche Aufenthaltserlaubnis genau vorliegt und wann Geflüchtete aus der Ukraine eingereist sind, fragt der Situations-Finder nicht ab.',
  costs: 'Die Höhe der Leistungen ist gesetzlich festgelegt und hängt von Alter, Unterbringung und Aufenthaltsdauer ab. Die Leistungsbehörde nennt Ihnen die aktuellen Beträge. Der Antrag ist kostenlos.',
  steps: [
    'Melden Sie sich nach der Zuweisung nach Hamm bei der zuständigen Stelle der Stadt Hamm.',
    'Bringen Sie Ihre Ausweispapiere und Ihre Aufenthaltspapiere mit. Die Stadt prüft Ihren Bedarf und zahlt die Leistungen.',
    'Melden Sie Änderungen sofort: Arbeit, Einkommen, Umzug, Geburt eines Kindes oder eine Entscheidung über Ihren Asylantrag.',
    'Für Ihre Kinder beantragen Sie zusätzlich Bildung und Teilhabe (YouCardHamm).',
  ],
  documents: [
    'Aufenthaltsgestattung, Duldung, Ankunftsnachweis oder Aufenthaltserlaubnis',
    'Pass oder andere Ausweispapiere, wenn vorhanden',
    'Nachweise über Einkommen und Vermögen',
    'Mietvertrag, wenn Sie in einer eigenen Wohnung leben',
  ],
  legalBasis: 'Asylbewerberleistungsgesetz (AsylbLG), insbesondere §§ 1, 2, 3, 4 und 6 AsylbLG',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/asylblg/__1.html',
  synonyms: 'Asylbewerberleistungen, AsylbLG, Leistungen für Asylbewerber, Geflüchtete Geld, Duldung Geld, Analogleistungen, Grundleistungen, Flüchtlinge Hamm',
  rules: rules([
    { blockType: 'all', reason: 'In Ihrem Haushalt lebt eine erwachsene Person im Asylverfahren oder mit Duldung.', conditions: [{ blockType: 'adult', residence: ['asylum-seeker', 'tolerated'] }] },
    { blockType: 'income', match: ['none', 'low'], borderline: ['middle'] },
  ]),
  testFamilies: [
    {
      name: 'Familie im Asylverfahren ohne Einkommen, zwei Kinder',
      household: {
        version: 1,
        income: 'none',
        members: [
          { role: 'adult', age: 34, residenceStatus: 'asylum-seeker' },
          { role: 'adult', age: 30, residenceStatus: 'asylum-seeker' },
          { role: 'child', age: 6 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Vater mit Duldung, geringes Einkommen',
      household: {
        version: 1,
        income: 'low',
        members: [{ role: 'adult', age: 38, residenceStatus: 'tolerated', employment: 'employed' }, { role: 'child', age: 12 }],
      },
      expected: 'yes',
    },
    {
      name: 'Anerkannte Flüchtlinge ohne Einkommen',
      household: {
        version: 1,
        income: 'none',
        members: [{ role: 'adult', age: 29, residenceStatus: 'recognised-refugee' }, { role: 'child', age: 4 }],
      },
      expected: 'no',
    },
    {
      name: 'Asylsuchende, Einkommen nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 21, residenceStatus: 'asylum-seeker' }] },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
