import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: §§ 1712–1717 BGB (Beistandschaft auf schriftlichen Antrag des allein sorgeberechtigten Elternteils oder – bei
// gemeinsamer Sorge – des Elternteils, in dessen Obhut das Kind lebt; auch vor der Geburt; Aufgaben: Vaterschaftsfeststellung,
// Unterhalt; elterliche Sorge bleibt unberührt; Ende auf schriftliches Verlangen); §§ 52a, 55 SGB VIII;
// Leistungsbeschreibungen mehrerer Jugendämter (kostenlos, Antrag formlos, seit 2023 auch Pflegepersonen/ehrenamtliche Vormünder).
export default {
  title: 'Beistandschaft des Jugendamts: Hilfe bei Vaterschaft und Kindesunterhalt',
  slug: 'beistandschaft',
  summary:
    'Der andere Elternteil zahlt keinen oder zu wenig Unterhalt, oder die Vaterschaft ist nicht geklärt? Dann kann das Jugendamt Beistand Ihres Kindes werden und das für Sie übernehmen – kostenlos, freiwillig und jederzeit wieder kündbar.',
  summaryLeichteSprache:
    'Sie ziehen Ihr Kind allein groß? Der andere Eltern-Teil zahlt kein Geld für das Kind? Dann hilft das Jugendamt. Das Jugendamt kümmert sich um das Geld für Ihr Kind. Das kostet nichts.',
  kind: 'beratung',
  body: [
    'Eine Beistandschaft ist ein kostenloses Angebot des Jugendamts. Der Beistand vertritt Ihr Kind, wenn es darum geht, die Vaterschaft festzustellen oder Unterhalt für das Kind zu berechnen, festzulegen und durchzusetzen – wenn nötig auch vor Gericht.',
    'Beantragen kann sie der Elternteil, der das alleinige Sorgerecht hat. Bei gemeinsamer Sorge kann sie der Elternteil beantragen, bei dem das Kind lebt. Schon in der Schwangerschaft ist der Antrag möglich. Ein schriftlicher, formloser Antrag beim Jugendamt am Wohnort des Kindes genügt; die Beistandschaft beginnt, sobald er dort eingeht.',
    'Ihr Sorgerecht bleibt dabei vollständig erhalten. Sie können die Beistandschaft auf einzelne Aufgaben beschränken, zum Beispiel nur auf den Unterhalt, und sie jederzeit schriftlich beenden. Sie endet spätestens mit dem 18. Geburtstag des Kindes.',
    'Der Beistand ermittelt das Einkommen des unterhaltspflichtigen Elternteils, rechnet den Unterhalt aus und sorgt dafür, dass er in einer Urkunde oder einem Beschluss festgehalten und gezahlt wird. Zahlt der andere Elternteil trotzdem nicht, prüfen Sie auch den Unterhaltsvorschuss.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['alleinerziehend', 'schwangerschaft-geburt'],
  eligibilitySummary:
    'Alleinerziehende Mütter und Väter in Hamm mit einem minderjährigen Kind, das bei ihnen lebt (alleiniges Sorgerecht oder gemeinsames Sorgerecht mit dem Kind in ihrer Obhut); werdende Mütter schon vor der Geburt. Seit 2023 können auch Pflegepersonen mit übertragener Sorge und ehrenamtliche Vormünder den Antrag stellen.',
  kontakte: ['jugendamt-hamm'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm (Beistandschaften)',
  costs: 'Kostenlos.',
  steps: [
    'Schreiben Sie dem Jugendamt formlos, dass Sie eine Beistandschaft für Ihr Kind beantragen – für die Vaterschaft, den Unterhalt oder beides. Unterschreiben Sie den Antrag.',
    'Das Jugendamt meldet sich bei Ihnen und bespricht mit Ihnen Ihre Situation.',
    'Reichen Sie die Unterlagen ein, die Sie haben. Der Beistand nimmt dann Kontakt zum anderen Elternteil auf.',
    'Sie möchten die Beistandschaft beenden? Ein kurzer schriftlicher Satz an das Jugendamt genügt.',
  ],
  documents: [
    'Geburtsurkunde des Kindes',
    'Ihr Ausweis',
    'Falls vorhanden: Vaterschaftsanerkennung, Sorgerechtserklärung, Scheidungs- oder Unterhaltsbeschluss, bisherige Unterhaltsurkunden',
    'Angaben zum anderen Elternteil (Name, Anschrift, wenn bekannt Arbeitgeber)',
  ],
  legalBasis: '§§ 1712 ff. BGB; §§ 52a, 55 SGB VIII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/bgb/__1712.html',
  synonyms:
    'Beistandschaft, Beistand, Unterhalt, Kindesunterhalt, Unterhalt einfordern, Vaterschaft, Vaterschaftsfeststellung, Vaterschaftsanerkennung, Unterhaltstitel, Jugendamtsurkunde, Alleinerziehend, Trennung',
  rules: rules([
    { blockType: 'household', livesInHamm: true, singleParent: true },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 18, reason: 'Sie erziehen ein minderjähriges Kind allein – Sie können eine Beistandschaft beantragen.' },
        { blockType: 'adult', pregnant: true, reason: 'Eine Beistandschaft können Sie schon in der Schwangerschaft beantragen.' },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende Mutter in Hamm mit Kind (6)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 32 },
          { role: 'child', age: 6, maintenance: 'none' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar in Hamm mit Kind (6)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: false,
        members: [
          { role: 'adult', age: 32 },
          { role: 'adult', age: 34 },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Elternteil in Hamm mit Kind (10), Familienform nicht angegeben',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 38 },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
