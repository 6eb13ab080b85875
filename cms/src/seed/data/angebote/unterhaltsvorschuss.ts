import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Unterhaltsvorschuss',
  slug: 'unterhaltsvorschuss',
  summary:
    'Sie erziehen Ihr Kind allein, und der andere Elternteil zahlt keinen, zu wenig oder unregelmäßig Unterhalt? Dann zahlt das Jugendamt Unterhaltsvorschuss.',
  kind: 'geldleistung',
  body: [
    'Kinder haben ein Recht auf Unterhalt von beiden Eltern. Manchmal zahlt ein Elternteil aber nicht. Dann hilft der Staat mit dem Unterhaltsvorschuss. Das Jugendamt holt sich das Geld später beim anderen Elternteil zurück.',
    'Unterhaltsvorschuss gibt es für Kinder bis zum 18. Geburtstag. Das Kind lebt bei Ihnen, und Sie sind ledig, getrennt, geschieden oder verwitwet. Wenn Sie neu heiraten, endet der Anspruch.',
    'Für Kinder ab 12 Jahren gelten zusätzliche Regeln: Das Kind bekommt kein Bürgergeld, oder Sie als Elternteil verdienen selbst mindestens 600 Euro brutto im Monat.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  kontakte: ['familienrathaus', 'familienbuero'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm (Unterhaltsvorschuss)',
  costs:
    'Monatlicher Betrag, der sich nach dem Alter des Kindes richtet. Das Kindergeld wird dabei abgezogen. Der Antrag ist kostenlos.',
  steps: [
    'Stellen Sie den Antrag schriftlich beim Jugendamt der Stadt Hamm. Rückwirkend gibt es Geld nur für den Monat vor dem Antrag – stellen Sie ihn also bald. Sie brauchen: Ihren Ausweis, die Geburtsurkunde des Kindes, Angaben zum anderen Elternteil (Name, Adresse, wenn bekannt) und Nachweise über Trennung, Scheidung oder Unterhaltszahlungen. Im Familienrathaus sagt man Ihnen, wo Sie den Antrag abgeben.',
  ],
  legalBasis: 'Unterhaltsvorschussgesetz (UVG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/uhvorschg/',
  synonyms: 'Unterhaltsvorschuss, UVG, Unterhalt, Unterhaltsvorschusskasse, alleinerziehend, Trennung, Vater zahlt nicht, Mutter zahlt nicht, Kindesunterhalt',
} satisfies SeedAngebot
