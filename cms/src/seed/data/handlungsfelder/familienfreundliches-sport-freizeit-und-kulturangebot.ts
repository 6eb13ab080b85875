import type { SeedHandlungsfeld } from '../../types.ts'

export default {
  title: 'Familienfreundliches Sport-, Freizeit- und Kulturangebot',
  slug: 'familienfreundliches-sport-freizeit-und-kulturangebot',
  order: 6,
  summary: 'Gemeinsame Zeit ist wertvoll. Hamm möchte, dass alle Familien Sport, Spiel und Kultur erleben können – auch mit kleinem Geldbeutel.',
  body: [
    'Spielplätze, Sportvereine, Ferienangebote, Bücherei und Kultur: In Hamm gibt es viel zu entdecken. Die Stadt möchte Spielplätze und Sportangebote weiter ausbauen.',
    'Für Kinder aus Familien mit wenig Einkommen gibt es Hilfe aus dem Bildungs- und Teilhabepaket. In Hamm läuft das über die YouCardHamm. Tipps für Ausflüge und Veranstaltungen finden Sie auch im Familieninfobrief.',
  ],
} satisfies SeedHandlungsfeld
