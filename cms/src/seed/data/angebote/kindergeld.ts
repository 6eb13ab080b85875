import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Kindergeld',
  slug: 'kindergeld',
  summary:
    'Für jedes Kind bekommen Eltern jeden Monat Kindergeld – mindestens bis zum 18. Geburtstag, in Ausbildung oder Studium oft länger. Ab 2026 sind es 259 Euro pro Kind und Monat.',
  kind: 'geldleistung',
  body: [
    'Kindergeld hilft Ihnen, die Kosten für Ihr Kind zu tragen. Fast alle Familien in Deutschland haben Anspruch darauf. Es ist egal, wie viel Sie verdienen.',
    'Sie bekommen Kindergeld für jedes Kind bis zum 18. Geburtstag. Macht Ihr Kind danach eine Ausbildung, geht es zur Schule oder studiert es, gibt es Kindergeld meist bis zum 25. Geburtstag. Für Kinder mit einer Behinderung kann es auch länger gezahlt werden.',
    'Sie haben keinen deutschen Pass? Dann hängt der Anspruch von Ihrem Aufenthaltsstatus ab. Die Familienkasse prüft das für Sie.',
    'Stellen Sie den Antrag bald nach der Geburt. Die Familienkasse zahlt nur für die letzten sechs Monate vor dem Antrag rückwirkend.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Familienkasse der Bundesagentur für Arbeit',
  costs: '259 Euro pro Kind und Monat (Stand 2026). Der Antrag ist kostenlos.',
  applyUrl: 'https://www.arbeitsagentur.de/familie-und-kinder',
  steps: [
    'Stellen Sie den Antrag schriftlich oder online bei der Familienkasse. Sie brauchen: Ihre Steuer-Identifikationsnummer und die Ihres Kindes, Ihre Bankverbindung und bei Kindern über 18 einen Nachweis über Schule, Ausbildung oder Studium. Im Familienrathaus hilft man Ihnen beim Ausfüllen.',
  ],
  legalBasis: '§§ 62 ff. EStG; Bundeskindergeldgesetz (BKGG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/estg/__62.html',
  synonyms: 'Kindergeld, Kindergeldantrag, Familienkasse, Geld für Kinder, Kinderbonus, Kindergeld beantragen',
} satisfies SeedAngebot
