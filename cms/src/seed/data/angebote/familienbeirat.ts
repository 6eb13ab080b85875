import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Familienbeirat: Gestalten Sie Hamm mit',
  slug: 'familienbeirat',
  summary:
    'Im Familienbeirat sagen Familien der Stadtverwaltung, was gut läuft und was besser werden muss. Jede Familie aus Hamm kann mitmachen – auch nur für eine Zeit oder zu einem Thema.',
  kind: 'service',
  body: [
    'Der Familienbeirat ist eine Gruppe von Familien aus Hamm. Er ist unabhängig von Parteien und Verbänden. Die Mitglieder sprechen für sich selbst und für Familien aus ihrer Nachbarschaft und ihrem Freundeskreis.',
    'Der Beirat trifft sich ungefähr alle zwei Monate. Zwischen den Treffen tauschen sich die Mitglieder in einem geschützten Bereich der App „Hamm: Machen“ aus. Dort finden Sie auch Neuigkeiten aus dem Beirat.',
    'Die Verwaltung fragt den Beirat um Rat, zum Beispiel bei der Planung des Familienrathauses. Der Beirat bringt auch eigene Themen ein, etwa zu Schule, Stadtplanung oder Integration. Außerdem sagt er, ob Verbesserungen bei den Familien wirklich ankommen.',
    'Der Beirat ist offen. Neue Familien sind jederzeit willkommen.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft'],
  kontakte: ['stabsstelle-familienfreundlichste-stadt'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Stabsstelle Familienfreundlichste Stadt',
  costs: 'Kostenlos.',
  steps: [
    'Sie möchten mitmachen? Melden Sie sich bei der Stabsstelle Familienfreundlichste Stadt. Sie brauchen keine Vorkenntnisse und keine Unterlagen.',
  ],
  synonyms: 'Familienbeirat, Beirat, Mitmachen, Beteiligung, Mitbestimmung, Elternbeirat Stadt, Hamm: Machen, Ideen, Ehrenamt, Meinung sagen',
} satisfies SeedAngebot
