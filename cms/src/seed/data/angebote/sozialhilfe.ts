import { rules, type Leaf, type Rule } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen:
// § 19 SGB XII (Hilfe zum Lebensunterhalt und Grundsicherung als Leistungen der Sozialhilfe) – https://www.gesetze-im-internet.de/sgb_12/__19.html
// § 27 SGB XII (Hilfe zum Lebensunterhalt, wenn der Lebensunterhalt nicht aus eigenen Kräften und Mitteln gedeckt werden kann) – https://www.gesetze-im-internet.de/sgb_12/__27.html
// § 41 SGB XII (Grundsicherung: Abs. 2 Altersgrenze nach Geburtsjahrgang, Jahrgang 1960: 66 Jahre und 4 Monate, ab 1964: 67 Jahre;
//   Abs. 3 dauerhafte volle Erwerbsminderung ab 18; Abs. 3a Eingangsverfahren und Berufsbildungsbereich einer Werkstatt) –
//   https://www.gesetze-im-internet.de/sgb_12/__41.html (Wortlaut der Tabelle auch bei https://dejure.org/gesetze/SGB_XII/41.html)
// § 43 SGB XII (Einkommen und Vermögen des nicht getrennt lebenden Ehegatten oder Partners zählen mit) – https://www.gesetze-im-internet.de/sgb_12/__43.html
// § 44 Abs. 2 SGB XII (der Antrag wirkt auf den Ersten des Monats zurück, in dem er gestellt wird) – https://www.gesetze-im-internet.de/sgb_12/__44.html
// § 45 SGB XII (Prüfung der dauerhaften vollen Erwerbsminderung durch die Rentenversicherung) – https://www.gesetze-im-internet.de/sgb_12/__45.html
// § 43 Abs. 2 Satz 3 Nr. 1 SGB VI (wer wegen seiner Behinderung in einer Werkstatt für behinderte Menschen arbeitet, gilt als voll erwerbsgemindert) – https://www.gesetze-im-internet.de/sgb_6/__43.html
// § 7 Abs. 4 SGB II (wer eine Rente wegen Alters bezieht, bekommt kein Bürgergeld) – https://www.gesetze-im-internet.de/sgb_2/__7.html
// Kinder unter 15, die mit Beziehern von Hilfe zum Lebensunterhalt leben, sind mit abgesichert – https://application.dortmund.de/services/hilfe-zum-lebensunterhalt.html
// § 30 SGB XII (Mehrbedarfe: Merkzeichen G, Schwangerschaft, Alleinerziehende) – https://www.gesetze-im-internet.de/sgb_12/__30.html
// § 23 Abs. 2 SGB XII (wer Leistungen nach dem Asylbewerberleistungsgesetz bekommt, bekommt keine Sozialhilfe) – https://www.gesetze-im-internet.de/sgb_12/__23.html
// § 90 SGB XII mit Verordnung zu § 90 Abs. 2 Nr. 9: Schonbetrag 10.000 Euro je Person seit Januar 2023, angemessenes Auto geschützt –
//   https://www.lebenshilfe-nrw.de/de/landesverband/Meldungen/Recht/Buergergeld-Das-aendert-sich-fuer-Menschen-mit-Behinderung.php
// § 94 Abs. 1a SGB XII (Unterhalt von Eltern und Kindern zählt erst ab 100.000 Euro Jahreseinkommen; die Grenze gilt je Person, BSG) –
//   https://www.bmas.de/DE/Themen/Teilhabe-Inklusion/Politik-fuer-behinderte-Menschen/Fragen-und-Antworten-Angehoerigen-Entlastungsgesetz/sind-100000-euro-als-grenze-nicht-zu-hoch-angesetzt.html ;
//   https://haufe.de/recht/deutsches-anwalt-office-premium/ff-42014-unterhaltsansprueche-der-eltern-gegen-das-kind-1-einkommen-des-berechtigten_idesk_PI17574_HI6649809.html
// BMAS, Leistungen für den Lebensunterhalt (Unterschied Hilfe zum Lebensunterhalt / Grundsicherung; Grundsicherung nur auf Antrag) –
//   https://bmas.bund.de/DE/Soziales/Sozialhilfe/Leistungen-fuer-den-Lebensunterhalt/leistungen-fuer-den-lebensunterhalt.html
// Anlage zu § 28 SGB XII (Regelbedarfsstufe 1 für jede erwachsene Person in einer Wohnung, für die nicht Stufe 2 gilt) – https://www.gesetze-im-internet.de/sgb_12/ (Anlage zu § 28)
// Regelbedarfe 2026 unverändert (563 / 506 / 451 / 471 / 390 / 357 Euro) – https://www.bundesregierung.de/breg-de/suche/nullrunde-buergergeld-2383676 ;
//   für 2027 keine automatische Fortschreibung, sondern eine gesetzliche Neuermittlung angekündigt – https://www.evangelisch.de/inhalte/247395/10-09-2025/kabinett-billigt-nullrunde-beim-buergergeld
// Stadt Hamm: Grundsicherung (Rentenversicherung prüft die Erwerbsminderung; Mehrbedarf bei Merkzeichen G) –
//   http://www.hamm.de/soziales-und-gesellschaft/finanzielle-hilfen/grundsicherung.html ; https://serviceportal.hamm.de/dienstleistungen/-/egov-bis-detail/dienstleistung/1761/show
// Stadt Hamm: Sozialhilfe außerhalb von Einrichtungen (Regelsatz, Miete, Mehrbedarfe, Erstausstattungen, Klassenfahrten; vorrangige Ansprüche zuerst) –
//   https://serviceportal.hamm.de:443/suche/-/egov-bis-detail/dienstleistung/2520/show
// Eine Anschrift des Sozialamts der Stadt Hamm war nicht belegbar; Kontakt daher das Familienrathaus.
// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).

/** Residence statuses with access to Sozialhilfe (simplified; people in the asylum procedure or with a Duldung get Asylbewerberleistungen instead, § 23 Abs. 2 SGB XII). */
const settledResidence: NonNullable<Extract<Leaf, { blockType: 'adult' }>['residence']> = [
  'german',
  'eu',
  'residence-permit',
  'recognised-refugee',
  'temporary-protection',
]

/** Need and the ability to work are not asked by the finder: the non-receiving paths can only ever be "maybe". */
const needProviso: Rule = {
  blockType: 'proviso',
  text: 'Rente, Einkommen und Ersparnisse nicht zum Leben reichen',
}
/** Household income up to the middle band: above it (taxable income over 100,000 euros) the partner's income rules out need. */
const notHighIncome: Rule = {
  blockType: 'income',
  match: ['none', 'low', 'middle'],
  reason: 'Ihr Haushalt hat kein Einkommen über 100.000 Euro im Jahr.',
}

export default {
  title: 'Sozialhilfe und Grundsicherung im Alter und bei Erwerbsminderung',
  slug: 'sozialhilfe',
  summary:
    'Wer nicht arbeiten kann – wegen des Alters, einer Krankheit oder einer Behinderung – und zu wenig Geld zum Leben hat, bekommt Sozialhilfe: den Regelsatz, die Miete und Heizung. Auch erwachsene Kinder mit Behinderung können eigene Grundsicherung bekommen. In Hamm zahlt das Sozialamt der Stadt.',
  summaryLeichteSprache:
    'Sie sind alt. Oder Sie sind krank und können nicht arbeiten. Oder Ihr erwachsenes Kind hat eine Behinderung. Das Geld reicht nicht zum Leben. Dann gibt es Sozial-Hilfe. Das ist Geld für Essen, Kleidung und die Miete. Sie stellen einen Antrag bei der Stadt Hamm.',
  kind: 'geldleistung',
  body: [
    'Die Sozialhilfe sichert den Lebensunterhalt von Menschen, die nicht oder nicht mehr arbeiten können und deren eigenes Geld nicht reicht. Wer arbeiten kann, bekommt stattdessen Grundsicherungsgeld (bisher Bürgergeld) vom Jobcenter. Die Sozialhilfe hat zwei Formen: die Grundsicherung im Alter und bei Erwerbsminderung und die Hilfe zum Lebensunterhalt.',
    'Grundsicherung bekommen Menschen, die die Altersgrenze erreicht haben, und Erwachsene ab 18 Jahren, die wegen einer Krankheit oder Behinderung auf Dauer weniger als drei Stunden am Tag arbeiten können. Die Altersgrenze steigt nach dem Geburtsjahr: Wer 1960 geboren ist, erreicht sie mit 66 Jahren und 4 Monaten, wer 1961 geboren ist, mit 66 Jahren und 6 Monaten, ab dem Jahrgang 1964 mit 67 Jahren. Ob jemand dauerhaft voll erwerbsgemindert ist, prüft die Rentenversicherung. Junge Erwachsene im Eingangs- oder Berufsbildungsbereich einer Werkstatt für behinderte Menschen haben in dieser Zeit ebenfalls Anspruch.',
    'Wichtig für Familien: Lebt Ihr erwachsenes Kind mit Behinderung bei Ihnen, kann es eigene Grundsicherung bekommen. Das Einkommen von Eltern und Kindern zählt bei der Grundsicherung erst, wenn eine einzelne Person mehr als 100.000 Euro im Jahr verdient. Angerechnet werden das eigene Einkommen und Vermögen und das der Ehe- oder Lebenspartnerin beziehungsweise des Ehe- oder Lebenspartners.',
    'Hilfe zum Lebensunterhalt bekommt, wer vorübergehend nicht arbeiten kann – zum Beispiel mit einer befristeten Erwerbsminderungsrente – oder wer vor der Altersgrenze schon eine Altersrente bekommt und davon nicht leben kann. Kinder, die bei solchen Eltern leben, sind mit abgesichert.',
    'Die Sozialhilfe umfasst den Regelsatz, die angemessenen Kosten für Miete und Heizung, Beiträge zur Kranken- und Pflegeversicherung und, wenn sie zutreffen, Mehrbedarfe – etwa für Alleinerziehende, in der Schwangerschaft oder mit Merkzeichen G im Schwerbehindertenausweis. Dazu kommen einmalige Hilfen, zum Beispiel für die Erstausstattung einer Wohnung oder bei Schwangerschaft und Geburt, und für Kinder Bildung und Teilhabe (YouCardHamm). Vorrangige Leistungen wie Rente, Wohngeld, Krankengeld oder Unterhalt müssen Sie zuerst nutzen.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['wenig-geld', 'behinderung-pflege'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm als Träger der Sozialhilfe (Sozialamt)',
  eligibilitySummary:
    'Für Menschen mit gewöhnlichem Aufenthalt in Deutschland, die ihren Lebensunterhalt nicht aus eigenem Einkommen und Vermögen decken können und die Altersgrenze erreicht haben (sie steigt mit dem Geburtsjahr auf 67 Jahre; wer 1960 geboren ist, erreicht sie mit 66 Jahren und 4 Monaten), auf Dauer voll erwerbsgemindert sind (ab 18 Jahren) oder vorübergehend nicht arbeiten können. Wer schon Sozialhilfe bekommt, sieht das Angebot im Situations-Finder als passend. Sonst zeigt der Situations-Finder es nur unter „Kann auch passen“: Ob jemand bedürftig ist, hängt von Rente, Einkommen und Ersparnissen ab, und ob jemand erwerbsgemindert ist, prüft die Rentenversicherung – beides fragt der Situations-Finder nicht. Er zeigt das Angebot, wenn bei Ihnen jemand ab 66 Jahren, jemand mit Rente, ein Erwachsener mit Behinderung ohne Arbeit oder ein volljähriges Kind mit Behinderung lebt. Wer Asylbewerberleistungen bekommt, bekommt keine Sozialhilfe. Vereinfacht: Bei einem Haushaltseinkommen über 100.000 Euro im Jahr zeigt der Situations-Finder das Angebot nicht – ein volljähriges Kind mit Behinderung kann trotzdem Grundsicherung bekommen, solange kein Elternteil allein mehr als 100.000 Euro verdient. Wer ohne Behinderungsangabe nur wegen einer längeren Krankheit nicht arbeiten kann, wird nicht erkannt.',
  costs:
    'Regelsätze 2026 pro Monat: 563 Euro für Erwachsene, die ohne Partnerin oder Partner in einer Wohnung leben – auch für ein erwachsenes Kind im Haushalt der Eltern –, 506 Euro je Partnerin oder Partner, 451 Euro in einer besonderen Wohnform, 471 Euro (14 bis 17 Jahre), 390 Euro (6 bis 13), 357 Euro (bis 5). Dazu kommen Miete, Heizung und Mehrbedarfe. Für 2027 ist eine Neuberechnung angekündigt. Erspartes bis 10.000 Euro für jede erwachsene Person und ein angemessenes Auto dürfen Sie behalten. Der Antrag ist kostenlos.',
  steps: [
    'Lassen Sie sich beraten – zum Beispiel an der Familien-Service-Theke im Familienrathaus, die Ihnen die zuständige Stelle im Sozialamt nennt.',
    'Stellen Sie den Antrag bei der Stadt Hamm. Die Grundsicherung gibt es nur auf Antrag und ab dem Monat, in dem der Antrag eingeht – stellen Sie ihn deshalb früh, notfalls formlos.',
    'Geht es um eine dauerhafte Erwerbsminderung, lässt das Sozialamt sie von der Rentenversicherung prüfen, wenn das noch nicht geschehen ist. Bescheide und Berichte, die Sie schon haben, beschleunigen das.',
    'Reichen Sie die Nachweise ein, um die das Sozialamt Sie bittet, und melden Sie später jede Änderung bei Einkommen, Miete oder Haushalt.',
  ],
  documents: [
    'Personalausweis oder Pass, ohne deutschen Pass Ihr Aufenthaltstitel',
    'Mietvertrag und Nachweise über Neben- und Heizkosten',
    'Rentenbescheide und andere Einkommensnachweise (auch Kindergeld und Unterhalt)',
    'Kontoauszüge der letzten Monate und Nachweise über Vermögen',
    'Krankenversicherungsnachweis',
    'Wenn vorhanden: Schwerbehindertenausweis, Bescheid über eine Erwerbsminderungsrente, Bescheinigung der Werkstatt für behinderte Menschen',
  ],
  legalBasis:
    'Zwölftes Buch Sozialgesetzbuch (SGB XII), insbesondere §§ 19, 27 (Hilfe zum Lebensunterhalt), 41 bis 46b (Grundsicherung im Alter und bei Erwerbsminderung), 90 und 94 SGB XII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_12/__41.html',
  synonyms:
    'Sozialhilfe, Grundsicherung, Grundsicherung im Alter, Grundsicherung bei Erwerbsminderung, Hilfe zum Lebensunterhalt, HLU, SGB XII, Sozialamt, Rente reicht nicht, kleine Rente, Altersarmut, Erwerbsminderung, erwerbsunfähig, Erwerbsminderungsrente, Werkstatt für behinderte Menschen, WfbM, volljähriges Kind mit Behinderung, Regelsatz, Altersgrenze',
  benefit: 'sozialhilfe',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        // Already receiving it: "yes" – but only where something in the household makes Sozialhilfe plausible, so that
        // families who left the benefits question open are not all shown Sozialhilfe.
        {
          blockType: 'all',
          reason: 'Sie bekommen schon Sozialhilfe oder Grundsicherung – hier finden Sie, was dazugehört und was Sie bei Änderungen tun.',
          conditions: [
            { blockType: 'receives', benefits: ['sozialhilfe'] },
            {
              blockType: 'any',
              conditions: [
                { blockType: 'income', match: ['none', 'low'] },
                { blockType: 'adult', minAge: 66 },
                { blockType: 'child', minAge: 18, disability: true },
              ],
            },
          ],
        },
        // Grundsicherung im Alter, Hilfe zum Lebensunterhalt with an early pension, or volle Erwerbsminderung of an adult.
        {
          blockType: 'all',
          conditions: [
            {
              blockType: 'any',
              conditions: [
                {
                  blockType: 'adult',
                  minAge: 66,
                  residence: settledResidence,
                  reason:
                    'In Ihrem Haushalt lebt jemand, der die Altersgrenze erreicht hat oder bald erreicht (Jahrgang 1960: 66 Jahre und 4 Monate, ab Jahrgang 1964: 67 Jahre).',
                },
                {
                  blockType: 'adult',
                  employment: ['retired'],
                  residence: settledResidence,
                  reason: 'In Ihrem Haushalt lebt jemand mit Rente – reicht sie nicht zum Leben, kann die Sozialhilfe aufstocken.',
                },
                {
                  blockType: 'all',
                  conditions: [
                    {
                      blockType: 'adult',
                      disability: true,
                      employment: ['unemployed', 'homemaker', 'retired'],
                      residence: settledResidence,
                      reason: 'In Ihrem Haushalt lebt ein Erwachsener mit Behinderung, der nicht arbeitet.',
                    },
                    {
                      blockType: 'proviso',
                      text: 'die erwachsene Person mit Behinderung wegen ihrer Krankheit oder Behinderung weniger als drei Stunden am Tag arbeiten kann',
                    },
                  ],
                },
              ],
            },
            notHighIncome,
            needProviso,
          ],
        },
        // A young adult with disability living with the parents: own Grundsicherung; the parents' income does not count
        // (up to 100,000 euros a year each). Simplified: the finder leaves out households with an income over 100,000 euros.
        {
          blockType: 'all',
          conditions: [
            {
              blockType: 'child',
              minAge: 18,
              disability: true,
              reason:
                'Ihr volljähriges Kind hat eine Behinderung. Es kann eigene Grundsicherung bekommen – Ihr Einkommen als Eltern zählt dabei nicht.',
            },
            notHighIncome,
            {
              blockType: 'proviso',
              text: 'Ihr Kind wegen seiner Behinderung auf Dauer weniger als drei Stunden am Tag arbeiten kann (zum Beispiel in einer Werkstatt für behinderte Menschen arbeitet)',
            },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Großmutter (71) mit Grundsicherung lebt bei der Familie ihrer Tochter',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'middle',
        receives: ['sozialhilfe', 'kindergeld'],
        members: [
          { role: 'adult', age: 71, relation: 'grandparent', employment: 'retired', residenceStatus: 'german' },
          { role: 'adult', age: 44, employment: 'employed', residenceStatus: 'german' },
          { role: 'child', age: 12, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Rentnerpaar (68 und 64) mit kleiner Rente, keine Leistungen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'none',
        receives: [],
        members: [
          { role: 'adult', age: 68, employment: 'retired', residenceStatus: 'german' },
          { role: 'adult', age: 64, employment: 'homemaker', residenceStatus: 'german' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Sohn (20) mit geistiger Behinderung arbeitet in der Werkstatt, Eltern mit mittlerem Einkommen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'middle',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 52, employment: 'employed', residenceStatus: 'german', disability: false },
          { role: 'adult', age: 50, employment: 'employed', residenceStatus: 'german', disability: false },
          { role: 'child', age: 20, activity: 'working', disability: true, gdb: 100 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Alleinerziehende Mutter (45) mit Behinderung ohne Arbeit, Einkommen nicht angegeben',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 45, employment: 'unemployed', residenceStatus: 'german', disability: true, gdb: 60 },
          { role: 'child', age: 10, activity: 'grundschule' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Junge Familie, beide Eltern angestellt, mittleres Einkommen, keine Behinderung',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'middle',
        members: [
          { role: 'adult', age: 36, employment: 'employed', residenceStatus: 'german', disability: false },
          { role: 'adult', age: 34, employment: 'employed', residenceStatus: 'german', disability: false },
          { role: 'child', age: 5, disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Grenzfall: Vater (65), noch berufstätig, hohes Einkommen – Altersgrenze nicht erreicht',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'high',
        receives: [],
        members: [
          { role: 'adult', age: 65, employment: 'employed', residenceStatus: 'german', disability: false },
          { role: 'child', age: 17, activity: 'weiterfuehrende-schule', disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Grenzfall: Großvater (66) ohne Einkommen aus Arbeit – je nach Geburtsmonat schon an der Altersgrenze',
      household: {
        version: 1,
        income: 'none',
        receives: [],
        members: [{ role: 'adult', age: 66, employment: 'unemployed', residenceStatus: 'german' }],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie im Asylverfahren mit Großmutter (70)',
      household: {
        version: 1,
        income: 'none',
        receives: ['asylbewerberleistungen'],
        members: [
          { role: 'adult', age: 70, residenceStatus: 'asylum-seeker' },
          { role: 'adult', age: 40, residenceStatus: 'asylum-seeker' },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
