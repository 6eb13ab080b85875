import { rules, type Rule } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 48 SGB VI (Abs. 1 und 2 Halb- und Vollwaisenrente, allgemeine Wartezeit; Abs. 3 Stief- und Pflegekinder, Enkel und
// Geschwister im Haushalt; Abs. 4 bis zum 18., längstens bis zum 27. Geburtstag bei Schul- oder Berufsausbildung, Freiwilligendienst,
// Übergangszeit von höchstens vier Kalendermonaten oder Behinderung, wegen der sich die Waise nicht selbst unterhalten kann),
// https://www.gesetze-im-internet.de/sgb_6/__48.html, https://haufe.de/sozialwesen/sgb-office-professional/jansen-sgbvi-48-waisenrente-24-befristung-des-waisenrentenanspruchs-abs4_idesk_PI434_HI534568.html;
// § 50 Abs. 1 SGB VI (allgemeine Wartezeit fünf Jahre), § 53 SGB VI (vorzeitige Wartezeiterfüllung, z. B. Arbeitsunfall);
// § 67 Nr. 7 und 8, § 78 SGB VI (10 bzw. 20 Prozent plus Zuschlag); § 99 Abs. 2 SGB VI (höchstens zwölf Kalendermonate rückwirkend);
// Leistungsbeschreibungen: https://harsewinkel.nrw:443/detail/-/vr-bis-detail/dienstleistung/51854/show (Anspruchsberechtigte,
// Altersgrenzen, 10 und rund 20 Prozent, Unterlagen), https://www.suessen.de/-/Dienstleistungen/waisenrente-beantragen/vbid1658
// (Zuschlag, Abschlag bis 10,8 Prozent bei Tod vor 65), https://serviceportal.dikom-bb.de/gemeinde-ruedersdorf-bei-berlin/zentrale-dienstleistung/waisenrente-fuer-gesetzlich-rentenversicherte-zahlung?busCommuneId=100017616&kommune=gemeinde-ruedersdorf-bei-berlin
// (seit 1.7.2015 keine Einkommensanrechnung; bis zu zwölf Monate rückwirkend),
// https://neumarkt.de/rathaus-buergerservice/aemter-und-dienstleistungen/wo-erledige-ich-was/rentenantraege-waisenrente/ (Unterlagen,
// Vaterschaftsnachweis bei nicht verheirateten Eltern); https://expydoc.com/doc/9281406/erl%C3%A4uterungen-zum-antrag-auf-hinterbliebenenrente
// (DRV-Vordruck R0501: Anlage für Waisen ab 18; Hilfe bei Auskunfts- und Beratungsstellen, Versichertenberatern, Versicherungsämtern);
// § 36 SGB I (Antrag ab 15 Jahren selbst), https://helpster.de/halbwaisenrente-beantragen-so-geht-s_39572;
// §§ 67, 68 SGB VII (Waisenrente der Unfallversicherung nach Arbeitsunfall oder Berufskrankheit: 20 Prozent des
// Jahresarbeitsverdienstes für Halbwaisen, 30 Prozent für Vollwaisen), https://www.gesetze-im-internet.de/sgb_7/__68.html,
// https://sozialleistungen.info/waisenrente-halbwaisenrente/waisenrente-gesetzlichen-unfallversicherung; § 1773 BGB (Vormund für
// Minderjährige ohne sorgeberechtigte Eltern). Nicht belegbar und deshalb nicht genannt: eine Beratungsstelle der Deutschen
// Rentenversicherung oder ein Versicherungsamt in Hamm mit Anschrift, feste Beträge (die Rente hängt von den Versicherungszeiten ab).

/** Schul- oder Berufsausbildung und Freiwilligendienst (§ 48 Abs. 4 Nr. 2 Buchst. a und c SGB VI). */
const inTraining: NonNullable<Extract<Rule, { blockType: 'child' }>['activities']> = [
  'weiterfuehrende-schule',
  'foerderschule',
  'berufskolleg',
  'ausbildung',
  'studium',
  'freiwilligendienst',
]

/** Children of an age for which Waisenrente is paid (§ 48 Abs. 4 SGB VI), narrowed by `filter`. */
const orphanAges = (filter: Omit<Extract<Rule, { blockType: 'child' }>, 'blockType'>): Rule[] => [
  { blockType: 'child', maxAge: 18, ...filter },
  { blockType: 'child', minAge: 18, maxAge: 27, activities: inTraining, includeMovedOut: true, ...filter },
  {
    blockType: 'all',
    conditions: [
      { blockType: 'child', minAge: 18, maxAge: 27, activities: ['job-seeking'], includeMovedOut: true, ...filter },
      { blockType: 'proviso', text: 'das Kind höchstens vier Monate zwischen zwei Ausbildungsabschnitten überbrückt' },
    ],
  },
  {
    blockType: 'all',
    conditions: [
      { blockType: 'child', minAge: 18, maxAge: 27, disability: true, includeMovedOut: true, ...filter },
      { blockType: 'proviso', text: 'das Kind sich wegen seiner Behinderung nicht selbst unterhalten kann' },
    ],
  },
]

export default {
  title: 'Waisenrente für Kinder, deren Mutter oder Vater gestorben ist',
  slug: 'waisenrente',
  summary:
    'Ist ein Elternteil gestorben, bekommt das Kind von der Rentenversicherung eine Halbwaisenrente, sind beide gestorben, eine Vollwaisenrente – bis 18 Jahre, in Schule, Ausbildung, Studium oder Freiwilligendienst bis 27. Beantragen Sie sie bald bei der Deutschen Rentenversicherung.',
  summaryLeichteSprache:
    'Die Mutter oder der Vater von Ihrem Kind ist gestorben. Dann bekommt Ihr Kind vielleicht Geld von der Renten-Versicherung. Das heißt Waisen-Rente. Sie stellen dafür einen Antrag bei der Deutschen Renten-Versicherung.',
  kind: 'geldleistung',
  body: [
    'Wenn Mutter oder Vater stirbt, hilft die gesetzliche Rentenversicherung den Kindern mit einer Waisenrente. Lebt noch ein Elternteil, ist es eine Halbwaisenrente; sind beide Eltern gestorben, eine Vollwaisenrente. Anspruch haben leibliche und adoptierte Kinder, außerdem Stief- und Pflegekinder, Enkel und Geschwister, die im Haushalt der verstorbenen Person gelebt haben oder von ihr überwiegend unterhalten wurden. War der verstorbene Vater mit der Mutter nicht verheiratet, muss seine Vaterschaft anerkannt oder gerichtlich festgestellt sein.',
    'Die verstorbene Person muss mindestens fünf Jahre versichert gewesen sein oder schon eine Rente bekommen haben; nach einem tödlichen Arbeitsunfall kann diese Wartezeit auch früher erfüllt sein. Die Rente gibt es bis zum 18. Geburtstag. Danach läuft sie bis längstens zum 27. Geburtstag weiter, solange Ihr Kind zur Schule geht, eine Ausbildung macht oder studiert, einen Freiwilligendienst leistet, höchstens vier Monate zwischen zwei Ausbildungsabschnitten überbrückt oder sich wegen einer Behinderung nicht selbst unterhalten kann.',
    'Die Halbwaisenrente beträgt zehn Prozent, die Vollwaisenrente 20 Prozent der Rente, die der verstorbene Elternteil bekommen hat oder bekommen hätte. Dazu kommt ein Zuschlag, der sich nach seinen Versicherungszeiten richtet. Starb der Elternteil vor seinem 65. Geburtstag, wird die Rente um höchstens 10,8 Prozent gemindert. Eigenes Einkommen Ihres Kindes, etwa eine Ausbildungsvergütung, wird seit Juli 2015 nicht mehr angerechnet.',
    'War der Tod die Folge eines Arbeitsunfalls, eines Unfalls auf dem Arbeitsweg oder einer Berufskrankheit, zahlt auch die Berufsgenossenschaft oder Unfallkasse eine Waisenrente: 20 Prozent des Jahresarbeitsverdienstes für Halbwaisen, 30 Prozent für Vollwaisen. Waren Mutter oder Vater verbeamtet oder Mitglied eines berufsständischen Versorgungswerks, gibt es dort eigene Leistungen für Waisen.',
    'Den Antrag stellen Sie bei der Deutschen Rentenversicherung; ab 15 Jahren kann Ihr Kind ihn auch selbst stellen. Die Rente wird höchstens für zwölf Kalendermonate vor dem Antragsmonat nachgezahlt – warten Sie deshalb nicht zu lange. Sind beide Eltern gestorben, braucht ein minderjähriges Kind einen Vormund; das Jugendamt berät dazu.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['alleinerziehend', 'schulkind', 'jugendliche-beruf'],
  eligibilitySummary:
    'Für Kinder, deren Mutter oder Vater gestorben ist: bis 18 Jahre, danach bis 27 Jahre in Schule, Ausbildung, Studium, Freiwilligendienst, einer Übergangszeit von höchstens vier Monaten oder mit einer Behinderung, wegen der sie sich nicht selbst unterhalten können. Der verstorbene Elternteil muss mindestens fünf Jahre versichert gewesen sein oder schon Rente bekommen haben. Der Situations-Finder fragt nicht, ob ein Elternteil gestorben ist. Er zeigt die Waisenrente deshalb nur als „kann passen“ – und nur Alleinerziehenden, deren Kind keinen Unterhalt vom anderen Elternteil bekommt, sowie Familien, in denen Enkel-, Pflege- oder andere Kinder ohne ihre Eltern leben. Auch wer nach dem Tod des Partners wieder mit jemandem zusammenlebt oder als junger Erwachsener allein wohnt, kann Anspruch haben.',
  kontakte: ['familienrathaus', 'jugendamt-hamm'],
  erklaervideos: [],
  provider:
    'Deutsche Rentenversicherung; nach einem Arbeitsunfall oder einer Berufskrankheit zusätzlich die Berufsgenossenschaft oder Unfallkasse',
  costs:
    'Der Antrag ist kostenlos. Die Höhe hängt von der Rente des verstorbenen Elternteils ab: Halbwaisenrente 10 Prozent, Vollwaisenrente 20 Prozent, jeweils mit Zuschlag. Aus der Unfallversicherung: 20 Prozent (Halbwaise) oder 30 Prozent (Vollwaise) des Jahresarbeitsverdienstes.',
  steps: [
    'Legen Sie die Sterbeurkunde bereit und suchen Sie die Versicherungsnummer der verstorbenen Person heraus, zum Beispiel aus einer Renteninformation oder einem Rentenbescheid.',
    'Stellen Sie den Antrag auf Waisenrente bei der Deutschen Rentenversicherung – online, schriftlich oder mit Hilfe einer Beratungsstelle der Rentenversicherung, einer Versichertenberaterin oder eines Versichertenberaters oder eines Versicherungsamts. Für Waisen ab 18 Jahren gehört eine Anlage mit dem Nachweis über Schule, Ausbildung, Studium oder Freiwilligendienst dazu.',
    'Starb der Elternteil nach einem Arbeits- oder Wegeunfall oder an einer Berufskrankheit, melden Sie sich auch bei der Berufsgenossenschaft oder Unfallkasse des Arbeitgebers.',
    'Ist Ihr Kind volljährig, schicken Sie der Rentenversicherung neue Nachweise, wenn sie danach fragt – zum Beispiel bei einem neuen Schuljahr oder Studienabschnitt –, damit die Rente weiterläuft.',
  ],
  documents: [
    'Sterbeurkunde des verstorbenen Elternteils',
    'Geburtsurkunde des Kindes, in der der verstorbene Elternteil eingetragen ist',
    'Versicherungsnummer der verstorbenen Person und, falls vorhanden, ihr Rentenbescheid',
    'Ausweis, Steuer-Identifikationsnummer und Krankenversichertenkarte des Kindes',
    'Bankverbindung (IBAN) für die Zahlung',
    'Ab 18 Jahren: Nachweis über Schule, Ausbildung, Studium oder Freiwilligendienst',
    'Bei nicht verheirateten Eltern die Vaterschaftsanerkennung oder den Gerichtsbeschluss; bei Stief-, Pflege- oder Enkelkindern Nachweise über das Zusammenleben',
  ],
  legalBasis:
    '§ 48 Sechstes Buch Sozialgesetzbuch (SGB VI); §§ 67, 78 und 99 SGB VI (Höhe, Zuschlag, Beginn); §§ 67 und 68 SGB VII (Waisenrente aus der Unfallversicherung)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_6/__48.html',
  synonyms:
    'Waisenrente, Halbwaisenrente, Vollwaisenrente, Halbwaise, Vollwaise, Waise, Hinterbliebenenrente, Rente für Kinder, Vater gestorben, Mutter gestorben, Elternteil verstorben, Todesfall, Tod, verwitwet, Witwe, Witwer, Rentenversicherung, Unfallrente, Berufsgenossenschaft, Waisengeld',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'all',
          conditions: [
            { blockType: 'household', singleParent: true },
            // Maintenance from the other parent means he or she is alive.
            { blockType: 'any', conditions: orphanAges({ relations: ['own', 'adopted'], maintenance: ['none'] }) },
          ],
        },
        // Children raised by grandparents, foster parents or others, not by their parents.
        ...orphanAges({ relations: ['grandchild', 'foster', 'other-child'] }),
      ],
    },
    // The finder does not ask whether a parent has died.
    { blockType: 'proviso', text: 'ein Elternteil des Kindes gestorben ist' },
  ]),
  testFamilies: [
    {
      name: 'Verwitwete Mutter mit Kind (9), kein Unterhalt',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 41 },
          { role: 'child', age: 9, maintenance: 'none' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Alleinerziehender Vater mit Kind (12), die Mutter zahlt vollen Unterhalt',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 44 },
          { role: 'child', age: 12, maintenance: 'full' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Paar mit Kind (7), beide Eltern leben im Haushalt',
      household: {
        version: 1,
        singleParent: false,
        members: [
          { role: 'adult', age: 37 },
          { role: 'adult', age: 38 },
          { role: 'child', age: 7, maintenance: 'not-applicable' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehende mit Tochter (22) im Studium, ausgezogen',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 52 },
          { role: 'child', age: 22, activity: 'studium', livesInHousehold: false, maintenance: 'none' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Alleinerziehende mit Sohn (23), der arbeitet',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 53 },
          { role: 'child', age: 23, activity: 'working', disability: false, maintenance: 'none' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehende mit Sohn (27) im Studium',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 55 },
          { role: 'child', age: 27, activity: 'studium', maintenance: 'none' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Großeltern mit Enkelin (10)',
      household: {
        version: 1,
        singleParent: false,
        members: [
          { role: 'adult', age: 63, relation: 'grandparent' },
          { role: 'adult', age: 65, relation: 'grandparent' },
          { role: 'child', age: 10, relation: 'grandchild' },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
