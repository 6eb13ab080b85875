import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Bildung und Teilhabe mit der YouCardHamm',
  slug: 'bildung-und-teilhabe',
  summary:
    'Mittagessen, Ausflüge, Schulsachen, Nachhilfe oder der Sportverein: Kinder aus Familien mit wenig Geld bekommen dafür Hilfe. In Hamm nutzen Sie diese Leistungen ganz einfach mit der YouCardHamm.',
  kind: 'geldleistung',
  body: [
    'Alle Kinder sollen mitmachen können – in der Kita, in der Schule und in der Freizeit. Dafür gibt es das Bildungs- und Teilhabepaket, kurz BuT.',
    'Anspruch haben Kinder, Jugendliche und junge Erwachsene unter 25 Jahren, wenn ihre Familie Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz bekommt. Junge Erwachsene müssen noch zur Schule gehen; für den Verein oder die Musikschule gilt die Grenze von 18 Jahren.',
    'Bezahlt werden zum Beispiel: Ausflüge und Klassenfahrten, Schulbedarf, die Fahrt zur Schule, Lernförderung, das gemeinsame Mittagessen in Kita und Schule und Beiträge für Sport, Musik oder Kultur.',
    'In Hamm bekommen Sie die bewilligten Leistungen mit der YouCardHamm. So können Ihre Kinder die Angebote einfach nutzen, ohne dass Sie viel Papier ausfüllen müssen.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'familienfreundliches-sport-freizeit-und-kulturangebot'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm und Kommunales Jobcenter Hamm',
  costs:
    'Für Sie kostenlos. Das Mittagessen in Kita und Schule wird ganz übernommen. Für Verein, Musikschule oder Kultur gibt es 15 Euro im Monat. Der Schulbedarf wird einmal pro Halbjahr gezahlt.',
  steps: [
    'Den Antrag stellen Sie bei der Stelle, die Ihnen auch Ihre andere Leistung zahlt – zum Beispiel beim Kommunalen Jobcenter Hamm, wenn Sie Bürgergeld bekommen. Wenn Sie Wohngeld oder Kinderzuschlag bekommen, ist die Stadt Hamm zuständig. Bringen Sie Ihren aktuellen Bescheid (zum Beispiel Wohngeld- oder Kinderzuschlagsbescheid) und, wenn nötig, Nachweise der Schule oder Kita mit. Im Familienrathaus hilft man Ihnen weiter.',
  ],
  legalBasis: '§§ 28 ff. SGB II; § 6b BKGG; § 34 SGB XII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_2/__28.html',
  synonyms: 'Bildung und Teilhabe, BuT, Bildungspaket, YouCardHamm, YouCard, Schulbedarf, Mittagessen, Klassenfahrt, Nachhilfe, Lernförderung, Sportverein, Schulstarterpaket',
} satisfies SeedAngebot
