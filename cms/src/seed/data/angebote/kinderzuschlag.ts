import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Kinderzuschlag (KiZ)',
  slug: 'kinderzuschlag',
  summary:
    'Sie arbeiten, aber das Geld reicht kaum für die ganze Familie? Dann bekommen Sie vielleicht Kinderzuschlag. Er kommt jeden Monat zusätzlich zum Kindergeld.',
  kind: 'geldleistung',
  body: [
    'Der Kinderzuschlag ist für Eltern mit kleinem Einkommen. Sie verdienen genug für sich selbst, aber nicht genug für den Bedarf der ganzen Familie. Der Kinderzuschlag schließt diese Lücke.',
    'Sie können Kinderzuschlag bekommen, wenn Ihr Kind unter 25 Jahre alt ist, nicht verheiratet ist, bei Ihnen wohnt und Sie für dieses Kind Kindergeld bekommen. Paare brauchen ein Einkommen von mindestens 900 Euro brutto im Monat, Alleinerziehende von mindestens 600 Euro.',
    'Mit dem Kinderzuschlag bekommen Sie noch mehr: Ihre Kinder haben Anspruch auf Bildung und Teilhabe, in Hamm über die YouCardHamm. Und Sie zahlen keine Beiträge für die Kita.',
    'Wie viel Sie bekommen, hängt von Ihrem Einkommen, Ihrer Miete und dem Alter der Kinder ab. Oft lohnt es sich, Kinderzuschlag und Wohngeld zusammen zu prüfen.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'balance-von-familie-und-arbeitswelt'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Familienkasse der Bundesagentur für Arbeit',
  costs:
    'Monatlicher Zuschlag pro Kind bis zu einem gesetzlichen Höchstbetrag. Die genaue Höhe hängt vom Einkommen der Familie ab. Der Antrag ist kostenlos.',
  applyUrl: 'https://www.arbeitsagentur.de/familie-und-kinder',
  steps: [
    'Stellen Sie den Antrag online oder schriftlich bei der Familienkasse. Sie brauchen: Nachweise über Ihr Einkommen der letzten sechs Monate (zum Beispiel Lohnabrechnungen), Ihren Mietvertrag oder Nachweise über Wohnkosten und Angaben zu Unterhalt oder anderen Einnahmen. Der Kinderzuschlag wird immer für sechs Monate bewilligt. Danach stellen Sie einen neuen Antrag.',
  ],
  legalBasis: '§ 6a Bundeskindergeldgesetz (BKGG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/bkgg_1996/__6a.html',
  synonyms: 'Kinderzuschlag, KiZ, Kinderzulage, Zuschuss für Kinder, wenig Geld, Geringverdiener, Familienzuschlag',
} satisfies SeedAngebot
