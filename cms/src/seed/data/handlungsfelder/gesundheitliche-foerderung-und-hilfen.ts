import type { SeedHandlungsfeld } from '../../types.ts'

export default {
  title: 'Gesundheitliche Förderung und Hilfen',
  slug: 'gesundheitliche-foerderung-und-hilfen',
  order: 3,
  summary:
    'Kinder und Eltern sollen gesund aufwachsen und leben. Hamm unterstützt Familien vor und nach der Geburt und wenn es gesundheitliche Sorgen gibt.',
  body: [
    'Gesundheit ist die Grundlage für ein gutes Familienleben. Schon in der Schwangerschaft und in den ersten Lebensjahren brauchen Familien oft Rat und Hilfe. Das Netzwerk Frühe Hilfen verbindet in Hamm viele Stellen, die junge Familien begleiten.',
    'Eine gute ärztliche Versorgung für Kinder ist ein wichtiges Ziel auf dem Weg zur familienfreundlichsten Stadt. Auch Familien mit einem Kind mit Behinderung oder mit Pflegebedarf sollen schnell die passende Unterstützung finden.',
  ],
} satisfies SeedHandlungsfeld
