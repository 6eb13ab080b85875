import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Landespreis-Seite „Familienkommune 2024“ (Übersicht „Alleinerziehend, aber nicht allein!“ mit Angeboten, Austausch und
// Ansprechpersonen in Hamm); § 18 SGB VIII; §§ 1712 ff. BGB.

export default {
  title: 'Alleinerziehend, aber nicht allein: Hilfen für Alleinerziehende',
  slug: 'alleinerziehende',
  summary:
    'Sie ziehen Ihr Kind allein groß? In Hamm gibt es viele Angebote, Treffpunkte und Ansprechpersonen für Alleinerziehende – und Geldleistungen, die Sie kennen sollten.',
  kind: 'beratung',
  body: [
    'Alleinerziehende tragen viel Verantwortung. Sie müssen Arbeit, Kinder und Haushalt oft ohne Hilfe schaffen. In Hamm sollen Sie damit nicht allein sein. Es gibt Beratung, Austausch mit anderen Eltern und feste Ansprechpersonen.',
    'Das Jugendamt berät Sie, wenn es um Unterhalt oder um den Umgang mit dem anderen Elternteil geht. Auf Wunsch kann es als Beistand helfen, den Unterhalt für Ihr Kind durchzusetzen.',
    'Prüfen Sie auch diese Leistungen: Unterhaltsvorschuss, wenn der andere Elternteil nicht zahlt. Kinderzuschlag, wenn Ihr Einkommen knapp ist. Bildung und Teilhabe mit der YouCardHamm. Und beim Finanzamt: Mit der Steuerklasse II zahlen Alleinerziehende weniger Steuern.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'balance-von-familie-und-arbeitswelt'],
  kontakte: ['familienrathaus', 'familienbuero', 'jugendamt-hamm'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Jugendamt, Familienbüro und Partner',
  costs: 'Die Beratung ist kostenlos.',
  steps: [
    'Nutzen Sie den Situations-Finder im digitalen Familienrathaus: Er zeigt Ihnen die Leistungen, die zu Ihrer Familie passen.',
    'Kommen Sie ins Familienrathaus oder wenden Sie sich an das Familienbüro. Dort erfahren Sie, welche Beratungs- und Treffangebote es in Ihrer Nähe gibt.',
    'Geht es um Unterhalt oder Umgang, vereinbaren Sie einen Termin beim Jugendamt. Bringen Sie, wenn vorhanden, Unterlagen zu Trennung, Scheidung oder Unterhalt mit.',
  ],
  legalBasis: '§ 18 SGB VIII; §§ 1712 ff. BGB (Beistandschaft)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__18.html',
  synonyms:
    'alleinerziehend, Alleinerziehende, Single-Mama, Single-Papa, Einelternfamilie, Trennung, Scheidung, Unterhalt, Beistandschaft, Steuerklasse 2, Entlastungsbetrag',
  summaryLeichteSprache:
    'Sie ziehen Ihr Kind allein groß? In Hamm gibt es Hilfe für Sie. Zum Beispiel Beratung und Treffen mit anderen Eltern. Und Geld vom Staat. Fragen Sie im Familien-Rathaus nach.',
  lebenslagen: ['alleinerziehend', 'wenig-geld'],
  eligibilitySummary: 'Mütter und Väter in Hamm, die ihr Kind oder ihre Kinder ohne Partnerin oder Partner im Haushalt erziehen.',
  documents: [
    'Falls vorhanden: Unterlagen zu Trennung, Scheidung, Sorgerecht oder Unterhalt',
    'Bescheide über Leistungen, die Sie schon bekommen',
  ],
  rules: rules([
    { blockType: 'household', livesInHamm: true, singleParent: true },
    { blockType: 'child', maxAge: 18, reason: 'Sie erziehen Ihr Kind allein.' },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende Mutter in Hamm mit zwei Kindern',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 34 },
          { role: 'child', age: 3 },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar in Hamm mit Kind (3)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: false,
        members: [
          { role: 'adult', age: 34 },
          { role: 'adult', age: 36 },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehender Vater, Wohnort nicht angegeben',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 41 },
          { role: 'child', age: 12 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
