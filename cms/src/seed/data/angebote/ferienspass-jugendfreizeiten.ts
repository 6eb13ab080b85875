import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: lippewelle.de „Sommer-Ferienspaß der Stadt Hamm gut angenommen“ (Online-Ferienspaß-Kalender, Anmeldung beim Veranstalter,
// Förderung über den Kinder- und Jugendförderplan, damit auch Kinder aus finanziell schwierigen Verhältnissen teilnehmen können);
// n-ag.de 2025 „50 Jahre Sommerferienspaß“ (Kinder und Jugendliche von 6 bis 16 Jahren, seit 2019 auch Oster- und Herbstferien,
// Angebote auf hamm.de, Anmeldung direkt beim Veranstalter, Koordinierungsstelle im Jugendamt nimmt keine Anmeldungen an);
// Seeds: Pressemitteilung der Stadt Hamm vom 1. Januar 2022 (mehrtägige Freizeitfahrten für Kinder und junge Erwachsene bis 18 Jahren).
// „bis 16“ und „bis 18 Jahre“ schließen das genannte Alter ein: Ferienspaß bis zum 17., Ferienfreizeiten bis zum 19. Geburtstag.
export default {
  title: 'Ferienspaß und Kinder- und Jugendfreizeiten',
  slug: 'ferienspass-jugendfreizeiten',
  summary:
    'Ausflüge, Workshops, Sport und Ferienfahrten: Mit dem Ferienspaß der Stadt Hamm erleben Kinder und Jugendliche von 6 bis 16 Jahren spannende Ferien – in den Sommer-, Oster- und Herbstferien. Freizeitfahrten gibt es bis 18 Jahre.',
  summaryLeichteSprache:
    'In den Ferien gibt es in Hamm viele Angebote für Kinder und Jugendliche. Zum Beispiel Ausflüge, Sport und Basteln. Oder eine Reise mit einer Gruppe. Alle Angebote stehen im Ferien-Spaß-Kalender.',
  kind: 'freizeit',
  body: [
    'Den Ferienspaß gibt es in Hamm schon seit 50 Jahren. Vereine, Jugendzentren, Kirchengemeinden, Verbände und die Stadt stellen ein buntes Programm für Kinder und Jugendliche von 6 bis 16 Jahren zusammen: Ausflüge, Kreativ-Workshops, Sport zum Ausprobieren, Kino und vieles mehr. Seit 2019 gibt es auch in den Oster- und Herbstferien Angebote.',
    'Alle Angebote stehen im Online-Ferienspaß-Kalender auf hamm.de. Manche sind offen und ohne Anmeldung, für viele müssen Sie Ihr Kind direkt beim jeweiligen Veranstalter anmelden. Das Jugendamt koordiniert das Programm, nimmt aber selbst keine Anmeldungen an.',
    'Außerdem bieten Jugendverbände und Wohlfahrtsverbände mehrtägige Kinder- und Jugendfreizeiten an – Ferienfahrten und Zeltlager für Kinder und junge Menschen bis 18 Jahre.',
    'Die Stadt fördert viele Sommeraktivitäten über ihren Kinder- und Jugendförderplan. So können auch Kinder aus Familien mit wenig Geld mitmachen.',
  ],
  handlungsfelder: ['familienfreundliches-sport-freizeit-und-kulturangebot'],
  lebenslagen: ['schulkind', 'jugendliche-beruf', 'wenig-geld'],
  eligibilitySummary:
    'Kinder und Jugendliche von 6 bis 16 Jahren (Ferienspaß) und bis 18 Jahre (Ferienfreizeiten), vor allem aus Hamm. Teilnahme je nach Angebot und freien Plätzen.',
  kontakte: ['jugendamt-hamm', 'familienbuero'],
  erklaervideos: [],
  provider: 'Stadt Hamm (Koordinierung im Jugendamt) mit Vereinen, Jugendzentren, Kirchengemeinden und Verbänden',
  costs:
    'Viele Angebote sind kostenlos, andere kosten einen Beitrag – Ausflüge und mehrtägige Fahrten mehr. Die Preise stehen beim jeweiligen Angebot. Mit der YouCardHamm (Bildung und Teilhabe) können Sie für Freizeiten das Teilhabe-Budget von 15 Euro im Monat nutzen; fragen Sie die Veranstalter auch nach Ermäßigungen.',
  steps: [
    'Schauen Sie vor den Ferien in den Ferienspaß-Kalender auf hamm.de. Dort stehen alle Angebote mit Alter, Termin und Kosten.',
    'Melden Sie Ihr Kind direkt beim Veranstalter an. Die Anmeldung für die meisten Sommerangebote beginnt kurz vor den Ferien.',
    'Für mehrtägige Ferienfahrten fragen Sie bei Jugendverbänden, Kirchengemeinden und Wohlfahrtsverbänden nach – oft schon im Frühjahr.',
  ],
  documents: [
    'Anmeldung beim Veranstalter',
    'bei Fahrten: Einverständniserklärung der Eltern und Kopie der Versichertenkarte',
    'YouCardHamm, falls vorhanden',
  ],
  legalBasis: '§ 11 SGB VIII (Jugendarbeit, Kinder- und Jugenderholung); Kinder- und Jugendförderplan der Stadt Hamm',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__11.html',
  synonyms:
    'Ferienspaß, Ferienspass, Ferienprogramm, Ferienkalender, Ferienfreizeit, Ferienfahrt, Ferienlager, Zeltlager, Jugendfreizeit, Sommerferien, Osterferien, Herbstferien, Ausflug, Workshop',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'child',
      minAge: 6,
      // Exclusive: the finder shows the offer up to the 19th birthday (Ferienfreizeiten „bis 18 Jahre“; Ferienspaß 6 to 16 lies within).
      maxAge: 19,
      reason:
        'In Ihrer Familie lebt ein Kind oder eine Jugendliche im Alter für den Ferienspaß (von 6 bis 16 Jahren) oder für Ferienfreizeiten (bis 18 Jahre).',
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Kindern (10 und 14)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 42 },
          { role: 'child', age: 10 },
          { role: 'child', age: 14 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit Kleinkind (2)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 29 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie in Hamm mit Tochter (18) – Ferienfreizeiten bis 18 Jahre',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 50 },
          { role: 'child', age: 18 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Jugendlicher (15), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 47 },
          { role: 'child', age: 15 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
