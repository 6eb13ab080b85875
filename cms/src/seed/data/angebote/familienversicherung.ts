import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 10 SGB V (Familienversicherung: Ehegatten, Lebenspartner und Kinder von Mitgliedern; Abs. 1 Nr. 1–5: Wohnsitz im Inland,
// nicht selbst versicherungspflichtig oder freiwillig versichert, nicht hauptberuflich selbstständig, Gesamteinkommen höchstens ein
// Siebtel der Bezugsgröße, bei Minijobs die Geringfügigkeitsgrenze; Abs. 2: Kinder bis 18, nicht erwerbstätig bis 23, in Schul- oder
// Berufsausbildung oder Freiwilligendienst bis 25, Verlängerung um die Dauer eines Dienstes, ohne Altersgrenze bei Behinderung;
// Abs. 3: Ausschluss, wenn der mit dem Kind verwandte Ehegatte nicht gesetzlich versichert ist, mehr als ein Zwölftel der
// Jahresarbeitsentgeltgrenze und mehr als das Mitglied verdient; Abs. 4: Stief- und Enkelkinder, Pflegekinder; Abs. 5: Wahl der Kasse),
// https://www.gesetze-im-internet.de/sgb_5/__10.html; § 25 SGB XI (Familienversicherung in der Pflegeversicherung);
// § 18 SGB IV (Bezugsgröße); § 8 Abs. 1a SGB IV (Geringfügigkeitsgrenze).
// Sozialversicherungsrechengrößen 2026 (Bezugsgröße 3.955 Euro im Monat, Versicherungspflichtgrenze 77.400 Euro im Jahr / 6.450 Euro
// im Monat): https://cdh.de/rechengroessen-in-der-sozialversicherung-fuer-das-jahr-2026 und
// https://www.ihk.de/halle/recht/arbeits-und-sozialrecht/sozialversicherung/rechengroessen-in-der-sozialversicherung-2026-6826376
// Einkommensgrenzen 2026 (565 Euro = 3.955 / 7; Minijob 603 Euro): https://pkvmitplan.de/familie/einkommensgrenze-familienversicherung-2026,
// https://www.krankenkasseninfo.de/ratgeber/magazin/62393/familienversicherung-2026-neue-einkommensgrenzen-fuer-beitragsfreiheit.html
// Minijob-Grenze 2027 (Mindestlohn 14,60 Euro, 633 Euro): https://2022.xn--steuerberater-jrgensen-6lc.de/fachinformationen/gesetzlicher-mindestlohn-soll-2026-und-2027-steigen,
// https://adhocnews.de/boerse/news/ueberblick/mindestlohn-steigt-auf-14-60-euro-bis-2027/68358507
// Haufe, Sommer SGB V § 10 Rz. 73–76 (Ausschluss nach Abs. 3 nur bei Ehe- oder Lebenspartnern, nicht bei Stiefkindern):
// https://haufe.de/recht/deutsches-anwalt-office-premium/sommer-sgbv-10-familienversicherung-235-ausschlusstatbestand-ehegatten-lebenspartnereinkommen-abs3_idesk_PI17574_HI2091969.html
// Haufe (Verlängerung über 25 um die Dauer eines Freiwilligendienstes, höchstens 12 Monate):
// https://haufe.de/recht/deutsches-anwalt-office-premium/familienversicherung-32-unterbrechung-der-schul-berufsausbildung_idesk_PI17574_HI11287088@HI523655.html
// VdK Rheinland-Pfalz (Krankenkasse prüft in der Regel einmal im Jahr): https://rheinland-pfalz.vdk.de/aktuelles/artikel/vdk-tipp-mehr-verdienst-anders-versichert
export default {
  title: 'Familienversicherung in der gesetzlichen Krankenversicherung',
  slug: 'familienversicherung',
  summary:
    'Kinder von gesetzlich Versicherten sind meist kostenlos mitversichert: bis 18, ohne Arbeit bis 23, in Schule, Studium oder Freiwilligendienst bis 25. Auch Ehe- und eingetragene Lebenspartner mit wenig eigenem Einkommen können mitversichert sein – 2026 bis 565 Euro im Monat, im Minijob bis 603 Euro.',
  summaryLeichteSprache:
    'Sie sind in einer gesetzlichen Krankenkasse. Dann sind Ihre Kinder mitversichert. Das kostet nichts. Auch Ihr Ehe-Partner kann mitversichert sein, wenn er wenig Geld verdient. Melden Sie Ihr Baby nach der Geburt bei Ihrer Krankenkasse an.',
  kind: 'gesundheit',
  body: [
    'Wer Mitglied einer gesetzlichen Krankenkasse ist, kann seine Kinder und seinen Ehe- oder eingetragenen Lebenspartner kostenlos mitversichern. Die Mitversicherten bekommen eine eigene Gesundheitskarte und dieselben Leistungen wie das Mitglied. Die Pflegeversicherung ist eingeschlossen. Voraussetzung ist, dass sie in Deutschland wohnen und nicht selbst versichert sein müssen.',
    'Kinder sind mitversichert bis zum 18. Geburtstag, bis zum 23. Geburtstag, wenn sie nicht arbeiten, und bis zum 25. Geburtstag, wenn sie zur Schule gehen, studieren oder einen Freiwilligendienst leisten. Hat ein Freiwilligendienst die Ausbildung verzögert, verlängert sich die Zeit um die Dauer des Dienstes, höchstens um zwölf Monate. Für ein Kind, das wegen einer Behinderung nicht selbst für sich sorgen kann, gibt es keine Altersgrenze, wenn die Behinderung schon bestand, als es mitversichert war. Auch Stiefkinder, Enkel, die Sie überwiegend unterhalten, und Pflegekinder können mitversichert werden.',
    'Wichtig ist das eigene Einkommen der mitversicherten Person: 2026 darf es regelmäßig nicht über 565 Euro im Monat liegen; wer nur einen Minijob hat, darf bis 603 Euro verdienen. Zum 1. Januar 2027 steigt die Minijob-Grenze mit dem Mindestlohn auf 633 Euro; die allgemeine Grenze wird wie jedes Jahr neu festgelegt. Wer eine bezahlte Ausbildung macht, versicherungspflichtig arbeitet oder hauptberuflich selbstständig ist, braucht eine eigene Versicherung.',
    'Sind die Eltern verheiratet und ist ein Elternteil privat versichert, kann das Kind nicht kostenlos mitversichert werden, wenn dieser Elternteil mehr verdient als der gesetzlich versicherte und zugleich über der Versicherungspflichtgrenze liegt – 2026 sind das 6.450 Euro im Monat. Für Partner ohne Trauschein gibt es keine Familienversicherung; sie müssen sich selbst versichern.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'schulkind', 'jugendliche-beruf'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Die gesetzliche Krankenkasse des versicherten Elternteils oder Ehepartners',
  costs: 'Kostenlos: Für mitversicherte Angehörige zahlen Sie keinen Beitrag, auch nicht zur Pflegeversicherung.',
  steps: [
    'Melden Sie Ihr Baby nach der Geburt bei Ihrer Krankenkasse zur Familienversicherung an. Die meisten Kassen haben dafür einen Fragebogen, oft auch online oder in der App.',
    'Sind beide Eltern gesetzlich versichert, wählen Sie, über wen Ihr Kind mitversichert wird.',
    'Sagen Sie der Krankenkasse Bescheid, wenn sich etwas ändert: wenn Ihr Kind eine Ausbildung oder einen Job beginnt, die Schule oder das Studium beendet oder mehr verdient als erlaubt. Die Kasse fragt die Angaben meist einmal im Jahr ab.',
    'Ab dem 18. Geburtstag: Schicken Sie der Krankenkasse eine Schul-, Studien- oder Freiwilligendienstbescheinigung, damit die Familienversicherung weiterläuft.',
  ],
  documents: [
    'Fragebogen zur Familienversicherung Ihrer Krankenkasse',
    'Geburtsurkunde oder Geburtsbescheinigung des Kindes',
    'Ab 18 Jahren: Schul-, Studien- oder Freiwilligendienstbescheinigung',
    'Bei eigenem Einkommen: Nachweise, zum Beispiel die Lohnabrechnung des Minijobs',
    'Ist ein Elternteil privat versichert: Nachweis über dessen Einkommen',
  ],
  eligibilitySummary:
    'Für Kinder sowie Ehe- und eingetragene Lebenspartner von gesetzlich Versicherten, die in Deutschland wohnen, nicht selbst versicherungspflichtig oder hauptberuflich selbstständig sind und 2026 regelmäßig höchstens 565 Euro im Monat haben (im Minijob 603 Euro). Kinder bis 18 Jahre, ohne Erwerbstätigkeit bis 23, in Schule, Studium oder Freiwilligendienst bis 25, mit Behinderung ohne Altersgrenze. Der Situations-Finder zeigt das Angebot für Ihre Kinder als passend, wenn jemand in Ihrem Haushalt gesetzlich versichert ist. Ist ein Elternteil privat versichert, zeigt er es bei mittlerem oder höherem Einkommen nur als „vielleicht“, weil dann die Einkommen beider Eltern entscheiden. Vereinfacht: Ob Ihr Kind schon selbst versichert ist, etwa in einer bezahlten Ausbildung, oder mehr verdient als erlaubt, prüft er nicht. Ob Sie verheiratet sind, fragt er nicht: Ist eine erwachsene Person im Haushalt zu Hause oder studiert sie, zeigt er das Angebot für sie nur als „kann auch passen“.',
  legalBasis: '§ 10 SGB V (Familienversicherung); § 25 SGB XI (Familienversicherung in der Pflegeversicherung); § 18 SGB IV (Bezugsgröße)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_5/__10.html',
  synonyms:
    'Familienversicherung, familienversichert, mitversichert, Mitversicherung, beitragsfrei versichert, kostenlos krankenversichert, Kind krankenversichern, Baby bei der Krankenkasse anmelden, Krankenversicherung Kind, Ehepartner mitversichern, Einkommensgrenze Familienversicherung, Minijob Familienversicherung, Student familienversichert, Krankenversicherung im Studium',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'all',
          reason:
            'In Ihrem Haushalt ist jemand gesetzlich krankenversichert. Ihre Kinder können dort kostenlos mitversichert werden, solange sie nicht selbst versichert sind und wenig eigenes Einkommen haben.',
          conditions: [
            { blockType: 'adult', insurance: ['statutory'] },
            {
              blockType: 'any',
              conditions: [
                { blockType: 'child', maxAge: 18, includeMovedOut: true },
                {
                  blockType: 'child',
                  minAge: 18,
                  maxAge: 25,
                  activities: ['weiterfuehrende-schule', 'foerderschule', 'berufskolleg', 'studium', 'freiwilligendienst'],
                  includeMovedOut: true,
                },
                { blockType: 'child', minAge: 18, maxAge: 23, activities: ['none', 'job-seeking'], includeMovedOut: true },
                { blockType: 'child', disability: true, includeMovedOut: true },
              ],
            },
            // § 10 Abs. 3 SGB V: with a privately insured parent, the parents' incomes decide; with little household income the
            // privately insured parent cannot earn above the Versicherungspflichtgrenze.
            {
              blockType: 'any',
              conditions: [
                { blockType: 'not', conditions: [{ blockType: 'adult', insurance: ['private'] }] },
                { blockType: 'income', match: ['none', 'low'], borderline: ['middle', 'high', 'very-high'] },
              ],
            },
          ],
        },
        // Spouses: only married or registered partners are insured (§ 10 Abs. 1 SGB V), and the finder does not ask about marriage.
        {
          blockType: 'all',
          conditions: [
            { blockType: 'adult', insurance: ['statutory'] },
            { blockType: 'adult', employment: ['homemaker', 'student'] },
            {
              blockType: 'proviso',
              text: 'Sie verheiratet sind oder in eingetragener Lebenspartnerschaft leben: Dann ist auch ein Partner ohne eigene Versicherung mitversichert, der 2026 höchstens 565 Euro im Monat hat (im Minijob 603 Euro)',
            },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Eltern gesetzlich versichert, Kind (6)',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 35, healthInsurance: 'statutory' },
          { role: 'adult', age: 36, healthInsurance: 'statutory' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Gesetzlich versicherte Mutter, Tochter (22) studiert und ist ausgezogen',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 52, healthInsurance: 'statutory' },
          { role: 'child', age: 22, activity: 'studium', livesInHousehold: false },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Mutter gesetzlich, Vater privat versichert, geringes Einkommen, Kind (2)',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 31, healthInsurance: 'statutory' },
          { role: 'adult', age: 33, healthInsurance: 'private' },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Mutter gesetzlich, Vater privat versichert, hohes Einkommen, Kind (4)',
      household: {
        version: 1,
        income: 'high',
        members: [
          { role: 'adult', age: 39, healthInsurance: 'statutory' },
          { role: 'adult', age: 41, healthInsurance: 'private' },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Beide Eltern privat versichert, Kind (4)',
      household: {
        version: 1,
        income: 'high',
        members: [
          { role: 'adult', age: 40, healthInsurance: 'private' },
          { role: 'adult', age: 42, healthInsurance: 'private' },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Gesetzlich versicherter Vater, Sohn (24) arbeitet, ohne Behinderung',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 55, employment: 'employed', healthInsurance: 'statutory' },
          { role: 'child', age: 24, activity: 'working', disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Paar ohne Kinder: Partnerin schwanger und zu Hause, Partner gesetzlich versichert angestellt – Ehe nicht gefragt',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 27, employment: 'homemaker', pregnant: true, dueInWeeks: 20 },
          { role: 'adult', age: 30, employment: 'employed', healthInsurance: 'statutory' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Vater mit Kind (9), Krankenversicherung nicht angegeben',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 40 },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
