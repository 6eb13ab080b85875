import { rules, type Leaf } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

/** Residence statuses that open the benefits tied to Kindergeld (simplified: the kind of residence permit is not asked). */
const settledResidence: NonNullable<Extract<Leaf, { blockType: 'adult' }>['residence']> = [
  'german',
  'eu',
  'residence-permit',
  'recognised-refugee',
  'temporary-protection',
]

export default {
  title: 'Kindergeld',
  slug: 'kindergeld',
  summary:
    'Für jedes Kind bekommen Eltern jeden Monat Kindergeld – mindestens bis zum 18. Geburtstag, in Schule, Ausbildung oder Studium oft bis 25. Seit Januar 2026 sind es 259 Euro pro Kind und Monat, egal wie viel Sie verdienen.',
  summaryLeichteSprache:
    'Sie haben ein Kind? Dann bekommen Sie Geld vom Staat. Das Geld heißt Kindergeld. Es gibt 259 Euro im Monat für jedes Kind. Sie müssen einen Antrag stellen. Der Antrag geht an die Familienkasse.',
  kind: 'geldleistung',
  body: [
    'Kindergeld hilft Ihnen, die Kosten für Ihr Kind zu tragen. Fast alle Familien in Deutschland haben Anspruch darauf. Ihr Einkommen spielt dabei keine Rolle. Seit dem 1. Januar 2026 zahlt die Familienkasse 259 Euro im Monat für jedes Kind – für das erste genauso viel wie für das vierte.',
    'Sie bekommen Kindergeld für jedes Kind bis zum 18. Geburtstag. Danach geht es weiter, solange Ihr Kind noch zur Schule geht, eine Ausbildung macht, studiert oder einen Freiwilligendienst leistet – längstens bis zum 25. Geburtstag. Ist Ihr Kind arbeitslos gemeldet, gibt es Kindergeld bis zum 21. Geburtstag. Für ein Kind mit Behinderung, die vor dem 25. Geburtstag eingetreten ist und wegen der es sich nicht selbst versorgen kann, zahlt die Familienkasse auch länger.',
    'Kindergeld gibt es auch für Adoptivkinder, Pflegekinder sowie für Stief- und Enkelkinder, die bei Ihnen leben. Wer keinen deutschen Pass hat, bekommt Kindergeld, wenn er aus der EU kommt oder einen passenden Aufenthaltstitel hat – zum Beispiel eine Niederlassungserlaubnis, eine Aufenthaltserlaubnis zum Arbeiten, eine Anerkennung als Flüchtling oder vorübergehenden Schutz. Mit einer Aufenthaltsgestattung im Asylverfahren oder einer Duldung gibt es in der Regel kein Kindergeld.',
    'Stellen Sie den Antrag bald nach der Geburt. Die Familienkasse zahlt rückwirkend nur für die letzten sechs Monate vor dem Monat, in dem Ihr Antrag eingeht. Die Familienkasse der Agentur für Arbeit ist mit Sprechzeiten auch im Familienrathaus am Caldenhofer Weg vertreten.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'schulkind', 'jugendliche-beruf', 'alleinerziehend', 'neu-in-hamm'],
  kontakte: ['familienkasse', 'familienrathaus'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider: 'Familienkasse der Bundesagentur für Arbeit',
  eligibilitySummary:
    'Für Kinder unter 18 Jahren, die bei Ihnen leben. Für 18- bis 24-Jährige, solange sie zur Schule gehen, eine Ausbildung machen, studieren oder einen Freiwilligendienst leisten (auch wenn sie dafür ausgezogen sind), bis 20 Jahre, wenn sie arbeitsuchend gemeldet sind, und bis 24 Jahre, solange sie keinen Ausbildungsplatz finden oder höchstens vier Monate zwischen zwei Ausbildungsabschnitten (zum Beispiel Schule und Ausbildung) überbrücken. Für Kinder mit Behinderung, die vor dem 25. Geburtstag eingetreten ist, auch darüber hinaus. Die Eltern brauchen die deutsche oder eine EU-Staatsangehörigkeit oder einen passenden Aufenthaltstitel. Nach einer ersten abgeschlossenen Ausbildung zählt eine weitere nur, wenn Ihr Kind daneben höchstens 20 Stunden pro Woche arbeitet. Der Situations-Finder fragt nicht danach und auch nicht, welche Art von Aufenthaltserlaubnis Sie haben.',
  amount: {
    kind: 'perChild',
    period: 'month',
    byAge: [{ belowAge: 18, value: 259 }],
    // Over 18 only in training, studies or while seeking work (§ 32 Abs. 4 EStG): in the upper estimate.
    maybeBelowAge: 25,
    source: '§ 66 Abs. 1 EStG: 259 Euro je Kind und Monat seit 1. Januar 2026',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs: '259 Euro pro Kind und Monat (Stand 2026). Der Antrag ist kostenlos.',
  applyUrl: 'https://www.arbeitsagentur.de/familie-und-kinder',
  steps: [
    'Warten Sie, bis Sie die Geburtsurkunde und die Steuer-Identifikationsnummer Ihres Kindes haben. Die Steuer-ID kommt einige Wochen nach der Geburt mit der Post.',
    'Stellen Sie den Antrag online über die Internetseite der Familienkasse oder schriftlich mit dem Formular.',
    'Haben Sie Fragen? Die Familienkasse hat Sprechzeiten im Familienrathaus Hamm. Dort hilft man Ihnen auch beim Ausfüllen.',
    'Melden Sie der Familienkasse Änderungen, zum Beispiel wenn Ihr Kind nach dem 18. Geburtstag die Schule beendet oder eine Ausbildung beginnt.',
  ],
  documents: [
    'Ihre Steuer-Identifikationsnummer und die des anderen Elternteils',
    'Die Steuer-Identifikationsnummer Ihres Kindes',
    'Geburtsurkunde oder Geburtsbescheinigung des Kindes',
    'Ihre Bankverbindung (IBAN)',
    'Bei Kindern ab 18: Bescheinigung über Schule, Ausbildung, Studium oder Freiwilligendienst',
    'Ohne deutschen Pass: Ihren Aufenthaltstitel',
  ],
  deadline: 'Bis zu 6 Monate rückwirkend: Stellen Sie den Antrag bald nach der Geburt.',
  importance: 'high',
  // § 66 Abs. 3 EStG: paid back for the six months before the month of the application.
  reminders: [{ label: 'Kindergeld beantragen', kind: 'until', offset: 6, unit: 'months' }],
  legalBasis:
    '§§ 62–78 EStG, vor allem §§ 62, 66; § 32 Abs. 4 EStG (über 18: arbeitsuchend bis 21; Übergangszeit bis vier Monate und fehlender Ausbildungsplatz bis 25; Behinderung vor 25); BKGG',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/estg/__62.html',
  synonyms: 'Kindergeld, Kindergeldantrag, Familienkasse, Geld für Kinder, Kindergeld beantragen, Kindergeld 2026, 259 Euro',
  benefit: 'kindergeld',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 18, relations: ['own', 'adopted', 'foster', 'step', 'grandchild'] },
        {
          blockType: 'child',
          minAge: 18,
          maxAge: 25,
          activities: ['weiterfuehrende-schule', 'foerderschule', 'berufskolleg', 'ausbildung', 'studium', 'freiwilligendienst'],
          relations: ['own', 'adopted', 'foster', 'step', 'grandchild'],
          includeMovedOut: true,
        },
        {
          blockType: 'child',
          minAge: 18,
          maxAge: 21,
          activities: ['job-seeking'],
          relations: ['own', 'adopted', 'foster', 'step', 'grandchild'],
          includeMovedOut: true,
        },
        {
          blockType: 'all',
          conditions: [
            {
              blockType: 'child',
              minAge: 21,
              maxAge: 25,
              activities: ['job-seeking'],
              relations: ['own', 'adopted', 'foster', 'step', 'grandchild'],
              includeMovedOut: true,
            },
            {
              blockType: 'proviso',
              text: 'Ihr Kind einen Ausbildungsplatz sucht und keinen findet oder höchstens vier Monate zwischen zwei Ausbildungsabschnitten überbrückt',
            },
          ],
        },
        {
          blockType: 'all',
          conditions: [
            {
              blockType: 'child',
              minAge: 18,
              disability: true,
              relations: ['own', 'adopted', 'foster', 'step', 'grandchild'],
              includeMovedOut: true,
            },
            {
              blockType: 'proviso',
              text: 'die Behinderung vor dem 25. Geburtstag eingetreten ist und Ihr Kind sich deswegen nicht selbst unterhalten kann',
            },
          ],
        },
      ],
    },
    {
      blockType: 'adult',
      residence: settledResidence,
    },
  ]),
  testFamilies: [
    {
      name: 'Paar mit Kind (3), deutsche Staatsangehörigkeit',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 34, residenceStatus: 'german' },
          { role: 'adult', age: 33, residenceStatus: 'german' },
          { role: 'child', age: 3, name: 'Mia' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Studentin (21) ausgezogen, Eltern aus der EU',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 52, residenceStatus: 'eu' },
          { role: 'child', age: 21, activity: 'studium', livesInHousehold: false },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit Kind (5), Aufenthaltsstatus nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 29 },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie im Asylverfahren mit Kind (7)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 31, residenceStatus: 'asylum-seeker' },
          { role: 'child', age: 7, activity: 'grundschule' },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
