import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Seeds (Familienrathaus.Start seit 23.11.2023, Leistungen rund um die Geburt gebündelt, Familienkasse eingebunden,
// Familien-Service-Theke, Familienbeirat an der Planung beteiligt); lippewelle.de „Hamm bekommt ein Familienrathaus“ und
// „Anlaufstelle für alle Familien in Hamm“ (Mesestift, Caldenhofer Weg 10; Familienservice mit Elterngeld, Elternschule,
// Frühen Hilfen und Familienbüro; Standesamt mit Beurkundungsservice; Schüler-BAföG; Spiel-, Still- und Wickelbereich);
// westfalenspiegel.de 28.11.2023 (auch Jugendamt im Haus); lippewelle.de „Familienrathaus in Hamm gut gestartet“ (Self-Service-Terminal).
export default {
  title: 'Familienrathaus Hamm – Service rund um die Geburt und für alle Familienfragen',
  slug: 'familienrathaus-hamm',
  summary:
    'Geburtsurkunde, Elterngeld, Beratung: Im Familienrathaus am Caldenhofer Weg 10 erledigen Sie vieles rund um die Geburt an einem Ort. Bei allen anderen Familienfragen hilft Ihnen die Familien-Service-Theke weiter. Kommen Sie einfach vorbei.',
  summaryLeichteSprache:
    'Im Familien-Rathaus bekommen Familien Hilfe. Alles ist in einem Haus. Zum Beispiel die Geburts-Urkunde und das Eltern-Geld. Am Eingang ist eine Theke. Dort hilft man Ihnen bei allen Fragen.',
  kind: 'service',
  body: [
    'Früher mussten Familien für Geburtsurkunde, Elterngeld und Kindergeld zu verschiedenen Stellen gehen. Seit dem 23. November 2023 gibt es in Hamm das Familienrathaus – das erste seiner Art in Deutschland. Es liegt in der Innenstadt, im ehemaligen Mesestift am Caldenhofer Weg 10.',
    'Zuerst kommen Sie zur Familien-Service-Theke. Dort hört man Ihnen zu, beantwortet Ihre Fragen und zeigt Ihnen den Weg. Im Haus arbeiten das Standesamt mit dem Beurkundungsservice und der Familienservice mit Elterngeldstelle, Elternschule, Frühen Hilfen und Familienbüro. Auch das Schüler-BAföG können Sie hier beantragen. Die Familienkasse ist als Partner eingebunden.',
    'Der Wartebereich ist zugleich ein Spielbereich; es gibt Still- und Wickelmöglichkeiten und einen abgetrennten Bereich für vertrauliche Gespräche. An einem Self-Service-Terminal hilft man Ihnen auch, Dinge online zu erledigen.',
    'Familien aus Hamm und der Familienbeirat haben das Familienrathaus mitgeplant. In den nächsten Jahren sollen weitere Dienstleistungen dazukommen. Online finden Sie viele Angebote im digitalen Familienrathaus – dort zeigt Ihnen der Situations-Finder, was zu Ihrer Familie passt.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'neu-in-hamm'],
  eligibilitySummary:
    'Alle Familien und werdenden Eltern in Hamm. Die Leistungen rund um die Geburt sind hier gebündelt; bei anderen Anliegen bekommen alle Familien Information und Vermittlung.',
  kontakte: ['familienrathaus'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider: 'Stadt Hamm',
  costs: 'Beratung und Information sind kostenlos. Für Urkunden fallen die üblichen Gebühren des Standesamts an.',
  steps: [
    'Schauen Sie zuerst online im digitalen Familienrathaus, welche Angebote zu Ihrer Familie passen.',
    'Kommen Sie zur Familien-Service-Theke im Familienrathaus am Caldenhofer Weg 10. Für manche Anliegen, etwa beim Standesamt, brauchen Sie einen Termin.',
    'Bringen Sie Ihren Ausweis mit und, wenn vorhanden, Briefe oder Bescheide zu Ihrem Anliegen.',
  ],
  documents: [
    'Personalausweis oder Reisepass',
    'Nach einer Geburt: die Unterlagen für die Geburtsurkunde (zum Beispiel Geburtsanzeige der Klinik, Heiratsurkunde oder Geburtsurkunden der Eltern)',
    'Briefe und Bescheide zu Ihrem Anliegen',
  ],
  synonyms:
    'Familienrathaus, Familienservice, Familien-Service-Theke, FaST, Mesestift, Caldenhofer Weg, Standesamt, Geburtsurkunde, Elterngeldstelle, Baby, Geburt, Behörde, Amt, One-Stop-Shop, Anlaufstelle',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          pregnant: true,
          reason: 'Sie erwarten ein Baby – rund um die Geburt erledigen Sie im Familienrathaus vieles an einem Ort.',
        },
        {
          blockType: 'child',
          maxAge: 18,
          reason: 'Sie sind eine Familie in Hamm – das Familienrathaus ist Ihre Anlaufstelle für alle Familienfragen.',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Werdende Eltern in Hamm',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 29, pregnant: true, dueInWeeks: 6 },
          { role: 'adult', age: 31, pregnant: false },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit Kind (9)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 40 },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit Kind (9), wohnt nicht in Hamm',
      household: {
        version: 1,
        livesInHamm: false,
        members: [
          { role: 'adult', age: 40 },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Kind (2), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
