import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 28 SGB VIII (Erziehungsberatung: Klärung und Bewältigung individueller und familienbezogener Probleme, Erziehungsfragen,
// Trennung und Scheidung; Fachkräfte verschiedener Fachrichtungen), § 36a Abs. 2 SGB VIII (direkter Zugang ohne Antrag beim Jugendamt),
// § 8 Abs. 3 SGB VIII (Beratung von Kindern und Jugendlichen auch ohne Kenntnis der Eltern); caritas-paderborn.de (katholische
// Beratungsstelle für Eltern, Kinder und Jugendliche in Hamm); lag-eb-sh.de (Beratung kostenfrei, vertraulich, ohne Formalitäten).
export default {
  title: 'Erziehungs- und Familienberatung',
  slug: 'erziehungsberatung',
  summary:
    'Streit zu Hause, Sorgen um die Entwicklung, Probleme in der Schule oder eine Trennung? In der Erziehungs- und Familienberatung sprechen Eltern, Kinder und Jugendliche vertraulich mit Fachleuten. Ohne Antrag und kostenlos.',
  summaryLeichteSprache:
    'Es gibt Streit in der Familie? Oder Sie machen sich Sorgen um Ihr Kind? Dann können Sie mit Fach-Leuten sprechen. Auch Kinder und Jugendliche dürfen allein kommen. Das kostet nichts. Niemand erfährt davon.',
  kind: 'beratung',
  body: [
    'Jede Familie hat einmal schwere Zeiten. In der Erziehungs- und Familienberatung bekommen Eltern, Kinder und Jugendliche Unterstützung. Gemeinsam suchen Sie nach Wegen, wie es wieder besser wird.',
    'Typische Themen sind: Streit in der Familie, Trennung und Scheidung, Umgang mit dem anderen Elternteil, Verhalten und Entwicklung von Kindern, Ängste, Schule, Pubertät oder Mediennutzung. In den Beratungsstellen arbeiten Fachleute aus Psychologie, Sozial- und Heilpädagogik zusammen.',
    'Sie brauchen keinen Antrag und keine Überweisung. Die Fachleute haben Schweigepflicht. Kinder und Jugendliche können auch allein und ohne ihre Eltern kommen. In Hamm gibt es mehrere Beratungsstellen, zum Beispiel die katholische Beratungsstelle für Eltern, Kinder und Jugendliche der Caritas.',
    'Brauchen Sie mehr Hilfe, als eine Beratung leisten kann, zeigt man Ihnen passende Angebote in Hamm – etwa andere Hilfen zur Erziehung über das Jugendamt.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['kleinkind', 'schulkind', 'jugendliche-beruf', 'alleinerziehend'],
  eligibilitySummary:
    'Alle Eltern und andere Erziehungsberechtigte, Kinder, Jugendliche und junge Erwachsene in Hamm – ohne Antrag und unabhängig von Einkommen, Religion und Herkunft.',
  kontakte: ['jugendamt-hamm', 'familienrathaus', 'familienbuero'],
  erklaervideos: [],
  provider:
    'Erziehungs- und Familienberatungsstellen in Hamm, u. a. die katholische Beratungsstelle für Eltern, Kinder und Jugendliche der Caritas',
  costs: 'Kostenlos und vertraulich.',
  steps: [
    'Rufen Sie eine Beratungsstelle an oder schreiben Sie eine E-Mail. Welche Stelle in Ihrer Nähe passt, erfahren Sie an der Familien-Service-Theke im Familienrathaus oder beim Familienbüro.',
    'Sie bekommen einen Termin für ein erstes Gespräch – allein, als Paar, mit Kind oder als ganze Familie.',
    'Gemeinsam mit der Beraterin oder dem Berater vereinbaren Sie, wie es weitergeht.',
  ],
  documents: ['Keine Unterlagen nötig.'],
  legalBasis: '§ 28 SGB VIII (Erziehungsberatung); § 36a Abs. 2 SGB VIII (direkter Zugang)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__28.html',
  synonyms:
    'Erziehungsberatung, Familienberatung, Elternberatung, Beratungsstelle, Beratung für Eltern Kinder Jugendliche, Streit, Trennung, Scheidung, Umgang, Pubertät, Erziehung, Hilfe für Eltern, Familienprobleme, Schulprobleme',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'child',
      maxAge: 21,
      reason: 'In Ihrer Familie lebt ein Kind oder ein junger Mensch – die Erziehungsberatung ist für alle Familien da.',
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Jugendlichem (14)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 44 },
          { role: 'adult', age: 46 },
          { role: 'child', age: 14 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar in Hamm ohne Kinder',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 30 },
          { role: 'adult', age: 31 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Kind (5), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 35 },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
