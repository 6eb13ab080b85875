import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: §§ 1, 2, 3, 4, 6 AsylbLG (https://www.gesetze-im-internet.de/asylblg/); Analogleistungen nach 36 Monaten (§ 2 AsylbLG);
// § 7 Abs. 1 Nr. 8 WoGG (Ausschluss vom Wohngeld nur bei Bezug von AsylbLG-Leistungen).
// Ukraine: Entwurf des Leistungsrechtsanpassungsgesetzes (Kabinett 19.11.2025; sgb2.info FAQ „Rechtskreiswechsel“: Stichtag 1. April 2025,
// geplantes Inkrafttreten 01.07.2026 „vorbehaltlich des parlamentarischen Verfahrens“; maßgeblich ist die erstmals nach dem 31.03.2025
// erteilte oder beantragte Aufenthaltserlaubnis nach § 24 AufenthG, vbw-bayern.de, fr-hessen.de; erste Lesung 15.01.2026, taz.de;
// Bundesrat-Stellungnahme 30.01.2026, frnrw.de; Anhörung 23.02.2026). Nach unserem letzten Stand (Sommer 2026) nicht beschlossen.
// Bisherige Regel für Neuankommende aus der Ukraine: AsylbLG bis zum Ende des Monats, in dem Fiktionsbescheinigung oder Aufenthaltserlaubnis
// erteilt wurden, danach SGB II (unternehmen-integrieren-fluechtlinge.de FAQ Sozialleistungen; § 74 SGB II).

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
    'Kinder und Jugendliche haben Anspruch auf Bildung und Teilhabe, in Hamm über die YouCardHamm. Wer arbeitet, behält einen Teil seines Einkommens. Nach einer Anerkennung als Flüchtling oder Schutzberechtigter wechseln Sie in der Regel zum Grundsicherungsgeld (bisher Bürgergeld) beim Jobcenter. Wer keine Asylbewerberleistungen bekommt, weil das eigene Einkommen reicht, kann auch mit Aufenthaltsgestattung oder Duldung Wohngeld beantragen.',
    'Geflüchtete aus der Ukraine mit vorübergehendem Schutz bekommen bisher Grundsicherungsgeld (bis Juni 2026: Bürgergeld) vom Jobcenter statt dieser Leistungen. Der Bundestag berät ein Gesetz (Leistungsrechtsanpassungsgesetz), nach dem Menschen aus der Ukraine, deren Aufenthaltserlaubnis erstmals nach dem 31. März 2025 erteilt oder beantragt wurde, Leistungen nach dem Asylbewerberleistungsgesetz bekommen sollen. Nach unserem letzten Stand (Sommer 2026) war es noch nicht beschlossen. Bis zur Ausstellung der Aufenthaltserlaubnis oder Fiktionsbescheinigung zahlt ohnehin die Stadt. Die Stadt Hamm, das Jobcenter und die Migrationsberatung sagen Ihnen, was heute für Sie gilt.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft'],
  lebenslagen: ['wenig-geld', 'neu-in-hamm'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm (Leistungsbehörde nach dem Asylbewerberleistungsgesetz)',
  eligibilitySummary:
    'Für Menschen mit Aufenthaltsgestattung (Asylverfahren), Duldung oder Ausreisepflicht und für einige Aufenthaltserlaubnisse aus humanitären Gründen, wenn Einkommen und Vermögen nicht reichen. Der Situations-Finder zeigt das Angebot für Haushalte, in denen ein Erwachsener im Asylverfahren ist oder eine Duldung hat, ohne oder mit geringem Einkommen als passend und mit mittlerem Einkommen als „vielleicht“. Für Menschen mit vorübergehendem Schutz (Ukraine) zeigt er es nur als „vielleicht“: Ob für sie das Asylbewerberleistungsgesetz oder das Grundsicherungsgeld gilt, hängt davon ab, wann ihre Aufenthaltserlaubnis erteilt wurde und ob die geplante Neuregelung gilt. Vereinfacht: Welche Aufenthaltserlaubnis genau vorliegt, fragt der Situations-Finder nicht ab.',
  costs:
    'Die Höhe der Leistungen ist gesetzlich festgelegt und hängt von Alter, Unterbringung und Aufenthaltsdauer ab. Die Leistungsbehörde nennt Ihnen die aktuellen Beträge. Der Antrag ist kostenlos.',
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
  synonyms:
    'Asylbewerberleistungen, AsylbLG, Leistungen für Asylbewerber, Geflüchtete Geld, Duldung Geld, Analogleistungen, Grundleistungen, Flüchtlinge Hamm, Rechtskreiswechsel, Ukraine Leistungen',
  benefit: 'asylbewerberleistungen',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          residence: ['asylum-seeker', 'tolerated'],
          reason: 'In Ihrem Haushalt lebt eine erwachsene Person im Asylverfahren oder mit Duldung.',
        },
        {
          blockType: 'all',
          conditions: [
            { blockType: 'adult', residence: ['temporary-protection'] },
            {
              blockType: 'proviso',
              text: 'Sie als Geflüchtete aus der Ukraine noch keine Aufenthaltserlaubnis haben oder die geplante Neuregelung für Sie gilt (Aufenthaltserlaubnis erstmals nach dem 31. März 2025)',
            },
          ],
        },
      ],
    },
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
        members: [
          { role: 'adult', age: 38, residenceStatus: 'tolerated', employment: 'employed' },
          { role: 'child', age: 12 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Anerkannte Flüchtlinge ohne Einkommen',
      household: {
        version: 1,
        income: 'none',
        members: [
          { role: 'adult', age: 29, residenceStatus: 'recognised-refugee' },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Asylsuchende, Einkommen nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 21, residenceStatus: 'asylum-seeker' }] },
      expected: 'maybe',
    },
    {
      name: 'Familie aus der Ukraine (vorübergehender Schutz) ohne Einkommen',
      household: {
        version: 1,
        income: 'none',
        members: [
          { role: 'adult', age: 36, residenceStatus: 'temporary-protection' },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Vater mit Duldung, mittleres Einkommen',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 40, residenceStatus: 'tolerated', employment: 'employed' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
