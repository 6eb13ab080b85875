import type { SeedHandlungsfeld } from '../../types.ts'

export default {
  title: 'Wohnen, Wohnumfeld und Mobilität',
  slug: 'wohnen-wohnumfeld-und-mobilitaet',
  order: 5,
  summary: 'Familien brauchen eine passende Wohnung, ein sicheres Umfeld und gute Wege – zu Fuß, mit dem Rad, mit Bus und Bahn.',
  body: [
    'Wo eine Familie wohnt, prägt ihren Alltag. Wichtig sind bezahlbare Wohnungen, Spielplätze in der Nähe und sichere Schulwege. Deshalb sitzen in Hamm auch die Wohnungsbaugesellschaften mit am Tisch, wenn es um Familienfreundlichkeit geht.',
    'Barrierefreie Fuß- und Radwege helfen Eltern mit Kinderwagen, Kindern auf dem Fahrrad und älteren Menschen. Die Quartiersarbeit für ältere Menschen zeigt: Ein gutes Wohnumfeld ist für alle Generationen einer Familie wichtig.',
  ],
} satisfies SeedHandlungsfeld
