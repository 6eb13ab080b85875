import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 27 SGB VIII (Anspruch der Personensorgeberechtigten auf Hilfe zur Erziehung, wenn eine dem Wohl des Kindes
// entsprechende Erziehung nicht gewährleistet ist und die Hilfe geeignet und notwendig ist; Art und Umfang nach dem Bedarf im
// Einzelfall) https://www.gesetze-im-internet.de/sgb_8/__27.html; §§ 28–35 SGB VIII (Formen: Erziehungsberatung, soziale
// Gruppenarbeit, Erziehungsbeistand, sozialpädagogische Familienhilfe, Tagesgruppe, Vollzeitpflege, Heimerziehung und betreute
// Wohnform, intensive sozialpädagogische Einzelbetreuung); § 36 SGB VIII (Beratung, Beteiligung des Kindes, Hilfeplan);
// § 5 SGB VIII (Wunsch- und Wahlrecht); § 9a SGB VIII (Ombudsstellen); § 41 SGB VIII (junge Volljährige, in der Regel bis 21,
// in begründeten Einzelfällen darüber hinaus; Text z. B. https://www.mecfs-wiki.de/dokuwiki/_export/raw/law:sgb_8:41);
// § 41a SGB VIII (Nachbetreuung); §§ 90, 91 SGB VIII (Kostenbeiträge nur zu teil- und vollstationären Leistungen, z. B.
// Tagesgruppe, Vollzeitpflege, Heim; ambulante Hilfen kostenfrei):
// https://haufe.de/sozialwesen/sgb-office-professional/kostenbeteiligung-kinder-und-jugendhilfe-3-heranziehung-durch-kostenbeitrag_idesk_PI434_HI2858776.html;
// Gesetz zur Abschaffung der Kostenheranziehung junger Menschen (seit 1.1.2023 kein Beitrag aus dem Einkommen der jungen
// Menschen, Heranziehung der Eltern unverändert): https://solex.walhalla.de/2023/02/ende-der-kostenheranziehung-junger-menschen-im-sgb-viii.
// Hamm: zuständig ist das Jugendamt der Stadt Hamm (Kontakt jugendamt-hamm); eine eigene Telefonnummer des Sozialen Dienstes
// war nicht belegbar, daher der Weg über Jugendamt und Familien-Service-Theke im Familienrathaus.
export default {
  title: 'Hilfen zur Erziehung (Unterstützung durch das Jugendamt)',
  slug: 'hilfen-zur-erziehung',
  summary:
    'Wenn der Alltag mit Kindern zu schwer wird, haben Eltern ein Recht auf Hilfe vom Jugendamt: zum Beispiel eine Familienhelferin, die nach Hause kommt, einen Erziehungsbeistand für Ihr Kind oder eine Tagesgruppe. Ambulante Hilfen sind kostenlos.',
  summaryLeichteSprache:
    'Manchmal ist das Leben mit Kindern sehr schwer. Dann können Eltern Hilfe bekommen. Zum Beispiel kommt eine Fach-Frau oder ein Fach-Mann zu Ihnen nach Hause. Sie reden mit dem Jugendamt. Sie entscheiden zusammen, welche Hilfe gut ist.',
  kind: 'beratung',
  body: [
    'Jede Familie kann in eine Lage kommen, in der Reden allein nicht mehr reicht: nach einer Trennung, bei Krankheit, bei viel Streit oder wenn ein Kind in der Schule oder zu Hause große Probleme hat. Dann haben Eltern ein Recht auf Hilfe zur Erziehung. Niemand muss dafür etwas falsch gemacht haben. Die Hilfe ist freiwillig.',
    'Welche Hilfe passt, hängt von Ihrer Familie ab. Bei der sozialpädagogischen Familienhilfe kommt eine Fachkraft regelmäßig zu Ihnen nach Hause und unterstützt Sie bei Erziehung, Alltag, Konflikten und im Kontakt mit Ämtern. Ein Erziehungsbeistand begleitet Ihr Kind oder Ihren Jugendlichen persönlich. In der sozialen Gruppenarbeit lernen ältere Kinder und Jugendliche mit anderen zusammen. In einer Tagesgruppe verbringt Ihr Kind die Zeit nach der Schule mit Fachkräften und lebt weiter bei Ihnen.',
    'Geht es eine Zeit lang nicht zu Hause, kann ein Kind auch in einer Pflegefamilie oder einer Wohngruppe leben. Die einfachste Form der Hilfe ist die Erziehungsberatung – dafür brauchen Sie keinen Antrag beim Jugendamt.',
    'Sie sprechen mit den Fachkräften des Jugendamts. Ihr Kind wird beteiligt. Gemeinsam legen Sie in einem Hilfeplan fest, welche Hilfe Sie bekommen und was sich ändern soll. Der Plan wird regelmäßig überprüft. Ihre Wünsche zählen. Sind Sie mit dem Jugendamt nicht einig, berät Sie eine unabhängige Ombudsstelle.',
    'Auch junge Volljährige bis 21 Jahre können selbst Hilfe bekommen, wenn sie auf dem Weg in ein selbstständiges Leben noch Unterstützung brauchen – in begründeten Fällen auch länger. Nach dem Ende der Hilfe werden sie bei Bedarf weiter beraten.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['kleinkind', 'schulkind', 'jugendliche-beruf', 'alleinerziehend'],
  eligibilitySummary:
    'Für Eltern und andere Sorgeberechtigte in Hamm mit einem Kind unter 18 Jahren und für junge Volljährige bis 21 Jahre (in begründeten Fällen auch länger). Es gibt einen Rechtsanspruch, wenn ohne die Hilfe eine gute Erziehung nicht gesichert ist und die Hilfe geeignet und nötig ist. Das klärt das Jugendamt im Gespräch mit Ihnen. Weil der Situations-Finder nicht nach dem Unterstützungsbedarf fragt, zeigt er dieses Angebot Familien mit Kindern oder jungen Volljährigen nur als „vielleicht“.',
  kontakte: ['jugendamt-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm; die Hilfen leisten oft freie Träger der Jugendhilfe im Auftrag des Jugendamts',
  costs:
    'Beratung und ambulante Hilfen wie Familienhilfe, Erziehungsbeistand und soziale Gruppenarbeit sind kostenlos. Für eine Tagesgruppe, eine Pflegefamilie oder eine Wohngruppe zahlen die Eltern je nach Einkommen einen Beitrag. Junge Menschen müssen seit 2023 nichts mehr aus ihrem eigenen Einkommen dazugeben.',
  steps: [
    'Wenden Sie sich an das Jugendamt der Stadt Hamm – oder fragen Sie an der Familien-Service-Theke im Familienrathaus, wer für Ihren Stadtteil zuständig ist. Ein formloser Antrag reicht.',
    'In einem Gespräch schildern Sie, was in Ihrer Familie schwierig ist und was Sie sich wünschen. Ihr Kind wird beteiligt.',
    'Gemeinsam mit dem Jugendamt entscheiden Sie, welche Hilfe passt, und halten Ziele im Hilfeplan fest.',
    'Die Hilfe beginnt, oft durch einen freien Träger. In regelmäßigen Gesprächen prüfen Sie gemeinsam, ob sie wirkt und wie es weitergeht.',
  ],
  documents: ['Für das erste Gespräch brauchen Sie keine Unterlagen.', 'Für Hilfen mit Kostenbeitrag später: Einkommensnachweise der Eltern'],
  legalBasis:
    '§ 27 ff. SGB VIII (Hilfe zur Erziehung); § 36 SGB VIII (Hilfeplan); § 41 SGB VIII (Hilfe für junge Volljährige); §§ 91 ff. SGB VIII (Kostenbeiträge)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__27.html',
  synonyms:
    'Hilfe zur Erziehung, Hilfen zur Erziehung, HzE, Familienhilfe, sozialpädagogische Familienhilfe, SPFH, Familienhelferin, Familienhelfer, Erziehungsbeistand, Erziehungsbeistandschaft, Tagesgruppe, soziale Gruppenarbeit, Hilfeplan, Jugendamt Hilfe, überfordert mit Kind, Erziehungsprobleme, Hilfe für junge Volljährige, Careleaver, Wohngruppe, Heim',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 18, reason: 'In Ihrer Familie lebt ein Kind unter 18 Jahren.' },
        { blockType: 'child', minAge: 18, maxAge: 21, reason: 'In Ihrer Familie lebt ein junger Mensch zwischen 18 und 21 Jahren.' },
        {
          blockType: 'adult',
          minAge: 18,
          maxAge: 21,
          reason: 'Sie sind zwischen 18 und 21 Jahre alt – junge Volljährige können die Hilfe selbst beantragen.',
        },
      ],
    },
    // The need itself (§ 27 Abs. 1, § 41 Abs. 1 SGB VIII) is not a household fact: the offer can only be "maybe".
    {
      blockType: 'proviso',
      text: 'Sie oder Ihr Kind mehr Unterstützung brauchen, als eine Beratung geben kann – welche Hilfe passt, klären Sie gemeinsam mit dem Jugendamt',
    },
  ]),
  testFamilies: [
    {
      name: 'Paar in Hamm mit Kindern (8 und 14)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 38 },
          { role: 'adult', age: 40 },
          { role: 'child', age: 8 },
          { role: 'child', age: 14 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Junge Erwachsene (19) allein in Hamm',
      household: { version: 1, livesInHamm: true, members: [{ role: 'adult', age: 19 }] },
      expected: 'maybe',
    },
    {
      name: 'Grenzfall: Kind ist 21 – Regelgrenze erreicht',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 50 },
          { role: 'child', age: 21 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Grenzfall: Kind ist 20 – Hilfe für junge Volljährige noch möglich',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 50 },
          { role: 'child', age: 20 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar in Hamm ohne Kinder',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 45 },
          { role: 'adult', age: 47 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Kind (6) außerhalb von Hamm',
      household: {
        version: 1,
        livesInHamm: false,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehende mit Kind (5), Wohnort nicht angegeben',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 29 },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
