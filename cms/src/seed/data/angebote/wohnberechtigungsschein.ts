import { rules, type Leaf } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen:
// Stadt Hamm, Wohnberechtigungsschein: geförderte Wohnung nur mit WBS; in Hamm ausschließlich gezielte WBS (für eine bestimmte Wohnung);
//   Voraussetzungen (nicht nur vorübergehender Aufenthalt in Deutschland, Wohnsitz und selbständiger Haushalt auf Dauer, Gesamteinkommen
//   nicht über der Grenze nach § 13 Abs. 1 WFNG NRW); gebührenpflichtig; Beratung zur Freistellung der Wohnung, wenn die Voraussetzungen
//   fehlen; Kontakt Wohn- und Pflegeberatung, Wohnungsbelegung – https://www.hamm.de/planen-bauen-wohnen/wohnen/wohnungsangelegenheiten/wohnberechtigungsschein
// Serviceportal Hamm, Wohnberechtigungsschein: Haushalt auf Dauer (mindestens 12 Monate); Summe der bereinigten Jahreseinkommen aller
//   Haushaltsangehörigen; angemessene Wohnungsgrößen (1 Person bis 50 qm, 2 Personen 65 qm oder 2 Räume, 3 Personen 80 qm oder 3 Räume,
//   4 Personen 95 qm oder 4 Räume, 5 Personen 110 qm oder 5 Räume, je weitere Person 1 Raum oder 15 qm); Online-Antrag; Antrag mit allen
//   Unterlagen an das Amt für Soziales, Wohnen und Pflege – https://serviceportal.hamm.de/dienstleistungen/-/egov-bis-detail/dienstleistung/2304/show
// Gesetz zur Förderung und Nutzung von Wohnraum für das Land NRW (WFNG NRW): § 13 (Einkommensgrenzen, Anpassung nach § 13 Abs. 4),
//   §§ 14, 15 (Jahreseinkommen, Pauschalabzüge), § 18 (Wohnberechtigungsschein).
// Einkommenserlass Wohnen NRW (EEWo NRW) vom 2. September 2025, MB.NRW 2025 Nr. 88 (Bekanntgabe der Einkommensgrenzen nach § 13 Abs. 4 WFNG NRW) –
//   https://static.public.rnrw.dev.publicplan.cloud/mbnrw/2025-88 . Die Beträge selbst waren in der Quelle nicht lesbar; die Übersicht der
//   Stadt Hamm (1 Person 23.540 Euro, 4 Personen 43.130 Euro) kann älter sein – deshalb nennt der Text keine Beträge.
// Soziale Wohnraumförderung des Landes NRW mit zinsgünstigen Darlehen, Zielgruppe Haushalte unterhalb der Einkommensgrenzen –
//   https://www.luebbecke.de/index.php?ModID=10&FID=322.975.1&object=tx%2C2373.4
// Einkommenserklärung für jede Person mit eigenem Einkommen; Nachweise wie Schwerbehindertenausweis, Pflegebedürftigkeit, Aufenthaltserlaubnis;
//   gezielter WBS mit Zustimmung des Vermieters (Praxis in NRW) – https://www.leichlingen.de/buergerservice-und-rathaus/was-erledige-ich-wo/anliegen-von-a-z (Wohnberechtigungsscheine)
// Bei den Einkommensgrenzen zählt ein bereinigtes Jahreseinkommen, nicht das Bruttoeinkommen (§§ 14, 15 WFNG NRW) –
//   https://www.cuc-gmbh.de/baufinanzierung/f%C3%B6rdermittel-nrw-bank/einkommensgrenzen/

/** Residence statuses the city reads as "nicht nur vorübergehend in Deutschland" (simplified; the kind of permit is not asked). */
const settledResidence: NonNullable<Extract<Leaf, { blockType: 'adult' }>['residence']> = [
  'german',
  'eu',
  'residence-permit',
  'recognised-refugee',
  'temporary-protection',
]

export default {
  title: 'Wohnberechtigungsschein (WBS) für eine geförderte Wohnung',
  slug: 'wohnberechtigungsschein',
  summary:
    'Öffentlich geförderte Wohnungen (Sozialwohnungen) sind für Haushalte mit kleinerem Einkommen da. Einziehen darf nur, wer einen Wohnberechtigungsschein hat – für Einkommen unter einer Grenze des Landes NRW. In Hamm stellt die Stadt den WBS für eine bestimmte Wohnung aus.',
  summaryLeichteSprache:
    'Manche Wohnungen sind für Menschen mit wenig Geld. Das Land hat beim Bau mit Geld geholfen. In diese Wohnungen dürfen nur Menschen mit wenig Geld ziehen. Dafür brauchen Sie einen Schein. Er heißt Wohn-Berechtigungs-Schein. Sie bekommen ihn bei der Stadt Hamm.',
  kind: 'service',
  body: [
    'Öffentlich geförderte Wohnungen – oft Sozialwohnungen genannt – sind mit günstigen Darlehen des Landes NRW gebaut oder gekauft worden und Haushalten mit kleinerem Einkommen vorbehalten. Eine solche Wohnung darf nur beziehen, wer einen Wohnberechtigungsschein (WBS) hat.',
    'Einen WBS bekommen Sie, wenn Sie sich nicht nur vorübergehend in Deutschland aufhalten, mit Ihrem Haushalt auf Dauer – mindestens zwölf Monate – eine eigene Wohnung als Lebensmittelpunkt suchen und das Einkommen aller Haushaltsmitglieder zusammen die Grenze des Landes NRW nicht übersteigt.',
    'Die Einkommensgrenze hängt davon ab, wie viele Menschen in Ihrem Haushalt leben; für Kinder erhöht sie sich zusätzlich. Gerechnet wird nicht mit dem Bruttolohn, sondern mit einem bereinigten Jahreseinkommen, von dem Pauschalen abgezogen werden. Deshalb haben oft auch Familien mit einem ganz normalen Arbeitseinkommen Anspruch. Das Land NRW passt die Grenzen regelmäßig an, zuletzt mit einem Erlass vom September 2025 – die Stadt Hamm nennt Ihnen die aktuellen Beträge.',
    'In Hamm stellt die Stadt den WBS gezielt für eine bestimmte Wohnung aus. Sie suchen also zuerst eine geförderte Wohnung, zum Beispiel bei einer Wohnungsgesellschaft, und beantragen dann die Bezugsgenehmigung. Die Wohnung muss zur Größe Ihres Haushalts passen: für eine Person bis 50 Quadratmeter, für vier Personen bis 95 Quadratmeter oder vier Wohnräume, für jede weitere Person 15 Quadratmeter oder ein Raum mehr.',
    'Erfüllen Sie die Voraussetzungen nicht, möchten aber trotzdem in eine bestimmte geförderte Wohnung ziehen, berät die Stadt Sie und Ihre Vermieterin oder Ihren Vermieter, ob die Wohnung von der Bindung freigestellt werden kann.',
  ],
  handlungsfelder: ['wohnen-wohnumfeld-und-mobilitaet'],
  lebenslagen: ['wenig-geld', 'alleinerziehend', 'neu-in-hamm'],
  kontakte: ['wohnungsbelegung-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Amt für Soziales, Wohnen und Pflege, Wohn- und Pflegeberatung, Wohnungsbelegung',
  applyUrl: 'https://serviceportal.hamm.de/dienstleistungen/-/egov-bis-detail/dienstleistung/2304/show',
  eligibilitySummary:
    'Für Haushalte, die nicht nur vorübergehend in Deutschland leben, auf Dauer eine eigene Wohnung suchen und deren bereinigtes Jahreseinkommen die Grenze nach § 13 WFNG NRW nicht übersteigt. Der Situations-Finder zeigt den WBS als passend, wenn Ihr Einkommen gering ist (es reicht ohne Hilfe nicht ganz für die Familie) oder wenn Sie ohne Arbeitseinkommen Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe bekommen. Bei mittlerem Einkommen und ohne Arbeitseinkommen zeigt er „vielleicht“: Dann entscheiden die genaue Höhe des Einkommens und die Zahl der Personen. Vereinfacht: Menschen im Asylverfahren oder mit Duldung zeigt der Situations-Finder den WBS nicht, weil ein nicht nur vorübergehender Aufenthalt verlangt ist – ob er bei Ihnen vorliegt, prüft die Stadt im Einzelfall.',
  costs: 'Für die Ausstellung des WBS erhebt die Stadt Hamm eine Gebühr; die Höhe nennt Ihnen die Wohnungsbelegung.',
  steps: [
    'Suchen Sie eine öffentlich geförderte Wohnung, die zur Größe Ihres Haushalts passt, zum Beispiel bei Wohnungsgesellschaften in Hamm. Fragen Sie die Vermieterin oder den Vermieter, ob die Wohnung einen WBS verlangt.',
    'Stellen Sie den Antrag online über das Serviceportal der Stadt Hamm oder mit dem Antragsformular. Schicken Sie ihn mit allen Unterlagen per E-Mail oder Post an das Amt für Soziales, Wohnen und Pflege oder bringen Sie ihn zu den Sprechzeiten vorbei.',
    'Die Stadt bearbeitet nur vollständige Anträge. Legen Sie deshalb für jede Person mit eigenem Einkommen die Nachweise bei.',
    'Fragen zur Einkommensgrenze und dazu, welche Einkünfte zählen, beantwortet Ihnen die Wohnungsbelegung der Stadt Hamm.',
  ],
  documents: [
    'Antrag auf Wohnberechtigung beziehungsweise Bezugsgenehmigung',
    'Angaben zur Wohnung, die Sie beziehen möchten (Wohnungsangebot oder Bestätigung der Vermieterin oder des Vermieters)',
    'Einkommenserklärung und Einkommensnachweise für jede Person im Haushalt mit eigenem Einkommen',
    'Personalausweis oder Pass, ohne deutschen Pass Ihr Aufenthaltstitel',
    'Wenn zutreffend: Schwerbehindertenausweis, Nachweis über einen Pflegegrad, Schulbescheinigungen der Kinder',
  ],
  legalBasis:
    'Gesetz zur Förderung und Nutzung von Wohnraum für das Land Nordrhein-Westfalen (WFNG NRW), §§ 13 bis 15 und 18; Einkommenserlass Wohnen NRW vom 2. September 2025',
  legalBasisUrl: 'https://www.hamm.de/planen-bauen-wohnen/wohnen/wohnungsangelegenheiten/wohnberechtigungsschein',
  synonyms:
    'Wohnberechtigungsschein, WBS, Wohnberechtigungsbescheinigung, Bezugsgenehmigung, Sozialwohnung, geförderte Wohnung, öffentlich geförderter Wohnraum, günstige Wohnung, Wohnung suchen, Einkommensgrenze, Wohnungsbelegung, Wohnungsamt Hamm, WFNG',
  rules: rules([
    { blockType: 'adult', residence: settledResidence },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'income',
          match: ['low'],
          borderline: ['none', 'middle'],
          reason: 'Ihr Einkommen ist gering – damit liegen Sie unter der Einkommensgrenze für den Wohnberechtigungsschein.',
        },
        {
          blockType: 'all',
          reason:
            'Sie bekommen Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe und haben kein Einkommen aus Arbeit – damit liegen Sie unter der Einkommensgrenze.',
          conditions: [
            { blockType: 'income', match: ['none'] },
            { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe'] },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Paar mit drei Kindern, ein Elternteil angestellt, geringes Einkommen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'low',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 38, employment: 'employed', residenceStatus: 'german' },
          { role: 'adult', age: 36, employment: 'homemaker', residenceStatus: 'german' },
          { role: 'child', age: 2 },
          { role: 'child', age: 7, activity: 'grundschule' },
          { role: 'child', age: 11, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehende mit Bürgergeld, ohne Arbeitseinkommen',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        income: 'none',
        receives: ['buergergeld', 'kindergeld'],
        members: [
          { role: 'adult', age: 29, employment: 'unemployed', residenceStatus: 'recognised-refugee' },
          { role: 'child', age: 4, activity: 'kita' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Grenzfall: Paar mit zwei Kindern, mittleres Einkommen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'middle',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 41, employment: 'employed', residenceStatus: 'german' },
          { role: 'adult', age: 39, employment: 'employed', residenceStatus: 'eu' },
          { role: 'child', age: 9 },
          { role: 'child', age: 13 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Rentnerpaar ohne Arbeitseinkommen, keine Leistungen',
      household: {
        version: 1,
        income: 'none',
        receives: [],
        members: [
          { role: 'adult', age: 72, employment: 'retired', residenceStatus: 'german' },
          { role: 'adult', age: 70, employment: 'retired', residenceStatus: 'german' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit hohem Einkommen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'high',
        members: [
          { role: 'adult', age: 45, residenceStatus: 'german' },
          { role: 'adult', age: 44, residenceStatus: 'german' },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie im Asylverfahren mit geringem Einkommen',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 31, residenceStatus: 'asylum-seeker' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
