import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 45 AufenthG (Migrationsberatung als ergänzendes Integrationsangebot); awo-rle.de 2021 (Migrationsberatung für erwachsene
// Zuwanderer und Jugendmigrationsdienst der AWO Ruhr-Lippe-Ems u. a. in Hamm) und 01.04.2019 (Geschäftsstelle am Ostenwall mit
// Migrationsberatung); lippewelle.de 25.06.2021 (AWO-Beratungszentrum am Ostenwall, Jugendmigrationsdienst, knapp 1.000 Ratsuchende
// 2020); caritas-hamm.de „Migration und Integration“; diakonie-ruhr-hellweg.de 2018 (Flüchtlingsberatung in Hamm);
// awo-ruhr-mitte.de (MBE ab 27 Jahren, Jugendmigrationsdienst bis 27).
export default {
  title: 'Migrationsberatung für Erwachsene und Jugendmigrationsdienst',
  slug: 'migrationsberatung',
  summary:
    'Neu in Deutschland oder Fragen zu Aufenthalt, Sprachkurs, Arbeit, Anerkennung von Abschlüssen, Schule oder Behörden? Die Migrationsberatung hilft Zugewanderten ab 27 Jahren, der Jugendmigrationsdienst jungen Menschen von 12 bis 27 – kostenlos, vertraulich und oft mehrsprachig.',
  summaryLeichteSprache:
    'Sie sind nach Deutschland gekommen? Sie haben Fragen zu Ämtern, Sprach-Kurs oder Arbeit? Die Migrations-Beratung hilft Ihnen. Die Beratung kostet nichts. Oft gibt es Beratung in Ihrer Sprache.',
  kind: 'beratung',
  body: [
    'Das Ankommen in einem neuen Land ist schwer: Formulare, Ämter, Sprachkurs, Wohnung, Arbeit, Schule für die Kinder. Die Migrationsberatung begleitet Sie dabei – vom ersten Termin bis Sie sich gut zurechtfinden.',
    'Die Beraterinnen und Berater helfen Ihnen, einen passenden Integrations- oder Sprachkurs zu finden, erklären Briefe und Anträge, beraten zur Anerkennung ausländischer Abschlüsse, zu Arbeit und Ausbildung und vermitteln an andere Stellen, zum Beispiel an Schuldner- oder Erziehungsberatung.',
    'Die Migrationsberatung für erwachsene Zuwanderer (MBE) ist für Menschen ab 27 Jahren da, der Jugendmigrationsdienst (JMD) für junge Menschen von 12 bis 27 Jahren und ihre Eltern. In Hamm bieten unter anderem die AWO Ruhr-Lippe-Ems in ihrem Beratungszentrum am Ostenwall und die Caritas Migrationsberatung an; für Geflüchtete gibt es außerdem eine Flüchtlingsberatung der Diakonie.',
    'Die Beratung ist freiwillig, kostenlos und vertraulich. Häufig wird auch in anderen Sprachen beraten oder eine Dolmetscherin oder ein Dolmetscher hinzugezogen.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft'],
  lebenslagen: ['neu-in-hamm', 'jugendliche-beruf'],
  eligibilitySummary:
    'Zugewanderte Menschen mit ausländischer Staatsangehörigkeit, EU-Bürgerinnen und -Bürger und Spätaussiedler – die MBE für Erwachsene ab 27 Jahren, der Jugendmigrationsdienst für 12- bis 27-Jährige. Geflüchtete im Asylverfahren wenden sich an die Flüchtlingsberatung.',
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Wohlfahrtsverbände in Hamm, u. a. AWO Ruhr-Lippe-Ems, Caritas und Diakonie; gefördert vom Bund',
  costs: 'Kostenlos.',
  steps: [
    'Rufen Sie bei einer Migrationsberatungsstelle in Hamm an oder gehen Sie in eine offene Sprechstunde. Die Familien-Service-Theke im Familienrathaus nennt Ihnen eine passende Stelle.',
    'Bringen Sie Ihren Pass oder Aufenthaltstitel und die Briefe mit, um die es geht.',
    'Mit der Beraterin oder dem Berater planen Sie Ihre nächsten Schritte, zum Beispiel Integrationskurs, Anerkennung oder Arbeitssuche.',
  ],
  documents: ['Pass oder Ausweis', 'Aufenthaltstitel oder andere Aufenthaltspapiere', 'Briefe und Bescheide, zu denen Sie Fragen haben'],
  legalBasis: '§ 45 Aufenthaltsgesetz (Integrationsprogramm, Migrationsberatung)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/aufenthg_2004/__45.html',
  synonyms:
    'Migrationsberatung, MBE, Jugendmigrationsdienst, JMD, Migrationsdienst, Flüchtlingsberatung, Integrationsberatung, Zuwanderung, Ausländer, Aufenthalt, Anerkennung, Sprachkurs, neu in Deutschland, AWO, Caritas, Diakonie',
  rules: rules([
    {
      blockType: 'adult',
      residence: ['eu', 'residence-permit', 'recognised-refugee', 'temporary-protection', 'asylum-seeker', 'tolerated'],
      reason: 'Sie sind nach Deutschland zugewandert – die Migrationsberatung hilft Ihnen beim Ankommen.',
    },
  ]),
  testFamilies: [
    {
      name: 'Familie mit Aufenthaltserlaubnis und Kind (6)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 34, residenceStatus: 'residence-permit' },
          { role: 'adult', age: 31, residenceStatus: 'residence-permit' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Deutsche Familie mit Kind (6)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 34, residenceStatus: 'german' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie, Aufenthaltsstatus nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 40 },
          { role: 'child', age: 12 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
