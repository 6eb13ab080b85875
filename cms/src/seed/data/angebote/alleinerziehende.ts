import type { SeedAngebot } from '../../types.ts'

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
  kontakte: ['familienrathaus', 'familienbuero'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Jugendamt, Familienbüro und Partner',
  costs: 'Die Beratung ist kostenlos.',
  steps: [
    'Kommen Sie ins Familienrathaus oder wenden Sie sich an das Familienbüro. Dort erfahren Sie, welche Angebote und Leistungen zu Ihnen passen. Wenn vorhanden, bringen Sie Unterlagen zu Trennung, Scheidung oder Unterhalt mit.',
  ],
  legalBasis: '§ 18 SGB VIII; §§ 1712 ff. BGB (Beistandschaft)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__18.html',
  synonyms: 'alleinerziehend, Alleinerziehende, Single-Mama, Single-Papa, Einelternfamilie, Trennung, Scheidung, Unterhalt, Beistandschaft, Steuerklasse 2, Entlastungsbetrag',
} satisfies SeedAngebot
