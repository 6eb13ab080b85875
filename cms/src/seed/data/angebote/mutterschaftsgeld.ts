import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Mutterschaftsgeld',
  slug: 'mutterschaftsgeld',
  summary:
    'Während der Schutzfristen vor und nach der Geburt bekommen Arbeitnehmerinnen Mutterschaftsgeld: von der Krankenkasse bis zu 13 Euro am Tag, dazu einen Zuschuss vom Arbeitgeber bis zu Ihrem bisherigen Nettolohn. Privat Versicherte bekommen einmalig bis zu 210 Euro vom Bund.',
  summaryLeichteSprache:
    'Sie sind schwanger. Sie arbeiten. Vor und nach der Geburt dürfen Sie nicht arbeiten. In dieser Zeit bekommen Sie trotzdem Geld. Das heißt Mutterschaftsgeld. Sie stellen einen Antrag bei Ihrer Krankenkasse.',
  kind: 'geldleistung',
  body: [
    'Das Mutterschaftsgeld ersetzt Ihren Lohn während der Mutterschutzfristen: sechs Wochen vor und acht Wochen nach der Geburt, bei Früh- und Mehrlingsgeburten zwölf Wochen danach. Zusammen mit dem Zuschuss des Arbeitgebers bekommen Sie ungefähr so viel wie Ihr durchschnittlicher Nettolohn der letzten drei Monate.',
    'Sind Sie selbst Mitglied einer gesetzlichen Krankenkasse und haben Anspruch auf Krankengeld, zahlt die Krankenkasse bis zu 13 Euro pro Kalendertag. Ihr Arbeitgeber zahlt die Differenz zu Ihrem Nettolohn.',
    'Sind Sie privat versichert oder über Ihre Familie gesetzlich mitversichert und arbeiten, zum Beispiel in einem Minijob, bekommen Sie vom Bundesamt für Soziale Sicherung einmalig bis zu 210 Euro. Den Zuschuss des Arbeitgebers bekommen Sie trotzdem.',
    'Auch Frauen, die Arbeitslosengeld bekommen, und Selbstständige, die freiwillig gesetzlich versichert sind und dabei den Anspruch auf Krankengeld gewählt haben, bekommen Mutterschaftsgeld von ihrer Krankenkasse. Wer nur Grundsicherungsgeld (bisher Bürgergeld) bekommt und nicht arbeitet oder ohne Krankengeldanspruch versichert ist, bekommt kein Mutterschaftsgeld; beim Jobcenter gibt es stattdessen den Mehrbedarf bei Schwangerschaft. Wer arbeitet und Grundsicherungsgeld ergänzend bekommt, bekommt Mutterschaftsgeld über die Arbeit. Das Mutterschaftsgeld wird auf das Elterngeld angerechnet.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['schwangerschaft-geburt'],
  kontakte: ['familienrathaus', 'mutterschaftsgeldstelle-bas'],
  erklaervideos: [],
  provider: 'Ihre gesetzliche Krankenkasse oder das Bundesamt für Soziale Sicherung (Mutterschaftsgeldstelle); Zuschuss vom Arbeitgeber',
  eligibilitySummary:
    'Nur für die Frau, die das Kind erwartet oder geboren hat: in den Schutzfristen vor und nach der Geburt, wenn sie in einem Arbeits- oder Ausbildungsverhältnis steht (auch Minijob), Arbeitslosengeld bekommt oder als Selbstständige freiwillig gesetzlich mit Anspruch auf Krankengeld versichert ist. Wer nur Grundsicherungsgeld (bisher Bürgergeld) bekommt und nicht arbeitet, hat keinen Anspruch. Wie hoch das Mutterschaftsgeld ist und wer es zahlt, hängt von Ihrer Krankenversicherung ab.',
  costs:
    'Gesetzlich versichert mit Krankengeldanspruch: bis zu 13 Euro pro Tag von der Krankenkasse plus Arbeitgeberzuschuss bis zum Nettolohn. Privat oder familienversichert: einmalig höchstens 210 Euro vom Bundesamt für Soziale Sicherung plus Arbeitgeberzuschuss. Der Antrag ist kostenlos.',
  steps: [
    'Lassen Sie sich frühestens sieben Wochen vor dem errechneten Geburtstermin von Ihrer Ärztin, Ihrem Arzt oder Ihrer Hebamme die Bescheinigung über den Geburtstermin ausstellen.',
    'Gesetzlich versichert: Reichen Sie die Bescheinigung bei Ihrer Krankenkasse ein. Privat oder familienversichert: Beantragen Sie das Mutterschaftsgeld beim Bundesamt für Soziale Sicherung.',
    'Den Zuschuss beantragen Sie bei Ihrem Arbeitgeber; viele Arbeitgeber zahlen ihn automatisch mit der Lohnabrechnung.',
    'Schicken Sie nach der Geburt die Geburtsurkunde an die Krankenkasse, damit die Schutzfrist nach der Geburt berechnet werden kann.',
  ],
  documents: [
    'Ärztliche Bescheinigung über den mutmaßlichen Tag der Entbindung',
    'Nach der Geburt: Geburtsurkunde oder Geburtsbescheinigung',
    'Bei Antrag beim Bundesamt: Bescheinigung des Arbeitgebers über das Arbeitsverhältnis',
  ],
  importance: 'high',
  // The certificate of the expected date may be issued at the earliest seven weeks before it (step 1).
  reminders: [{ label: 'Bescheinigung über den Geburtstermin holen und Mutterschaftsgeld beantragen', kind: 'from', offset: -7, unit: 'weeks' }],
  legalBasis:
    '§ 19 MuSchG; § 24i SGB V (nur Mitglieder mit Anspruch auf Krankengeld oder mit Arbeitslosengeld); § 44 Abs. 2 SGB V (Krankengeld-Wahl für Selbstständige); § 20 MuSchG (Arbeitgeberzuschuss)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_5/__24i.html',
  synonyms:
    'Mutterschaftsgeld, Mutterschutzgeld, Arbeitgeberzuschuss, Mutterschaftsgeldstelle, Bundesamt für Soziale Sicherung, 13 Euro pro Tag, 210 Euro',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          pregnant: true,
          employment: ['employed', 'trainee'],
          reason:
            'Sie sind schwanger und angestellt oder in Ausbildung – in den Schutzfristen bekommen Sie Mutterschaftsgeld und den Zuschuss Ihres Arbeitgebers.',
        },
        {
          blockType: 'all',
          reason:
            'Sie sind schwanger, gesetzlich versichert und bekommen Arbeitslosengeld – dann zahlt Ihre Krankenkasse Mutterschaftsgeld (§ 24i SGB V).',
          conditions: [
            { blockType: 'adult', pregnant: true, employment: ['unemployed'], insurance: ['statutory'] },
            { blockType: 'receives', benefits: ['arbeitslosengeld'] },
          ],
        },
        {
          blockType: 'all',
          conditions: [
            { blockType: 'adult', pregnant: true, employment: ['self-employed'], insurance: ['statutory'] },
            { blockType: 'proviso', text: 'Sie freiwillig gesetzlich versichert sind und dabei den Anspruch auf Krankengeld gewählt haben' },
          ],
        },
        {
          blockType: 'all',
          reason:
            'Ihr Baby ist erst wenige Wochen alt, und Sie haben es geboren und sind angestellt – in der Schutzfrist nach der Geburt bekommen Sie Mutterschaftsgeld.',
          conditions: [
            { blockType: 'child', maxAge: 12 / 52, relations: ['own'] },
            { blockType: 'adult', gaveBirth: true, employment: ['employed', 'trainee'] },
          ],
        },
        {
          blockType: 'all',
          reason:
            'Ihr Baby ist erst wenige Wochen alt, Sie haben es geboren, sind gesetzlich versichert und bekommen Arbeitslosengeld – die Krankenkasse zahlt Mutterschaftsgeld.',
          conditions: [
            { blockType: 'child', maxAge: 12 / 52, relations: ['own'] },
            { blockType: 'adult', gaveBirth: true, employment: ['unemployed'], insurance: ['statutory'] },
            { blockType: 'receives', benefits: ['arbeitslosengeld'] },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Schwangere Angestellte, gesetzlich versichert',
      household: {
        version: 1,
        members: [{ role: 'adult', age: 30, employment: 'employed', healthInsurance: 'statutory', pregnant: true, dueInWeeks: 6 }],
      },
      expected: 'yes',
    },
    {
      name: 'Schwangere Angestellte, privat versichert',
      household: {
        version: 1,
        members: [{ role: 'adult', age: 34, employment: 'employed', healthInsurance: 'private', pregnant: true, dueInWeeks: 9 }],
      },
      expected: 'yes',
    },
    {
      name: 'Schwangere Hausfrau, Partner angestellt',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 27, employment: 'homemaker', pregnant: true, dueInWeeks: 14 },
          { role: 'adult', age: 29, employment: 'employed', pregnant: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Schwangere mit Grundsicherungsgeld (bisher Bürgergeld), arbeitslos, gesetzlich versichert',
      household: {
        version: 1,
        receives: ['buergergeld'],
        members: [{ role: 'adult', age: 24, employment: 'unemployed', healthInsurance: 'statutory', pregnant: true, dueInWeeks: 5 }],
      },
      expected: 'no',
    },
    {
      name: 'Schwangere mit Arbeitslosengeld, gesetzlich versichert',
      household: {
        version: 1,
        receives: ['arbeitslosengeld'],
        members: [{ role: 'adult', age: 31, employment: 'unemployed', healthInsurance: 'statutory', pregnant: true, dueInWeeks: 5 }],
      },
      expected: 'yes',
    },
    {
      name: 'Schwangere Selbstständige, gesetzlich versichert (Krankengeld gewählt?)',
      household: {
        version: 1,
        receives: [],
        members: [{ role: 'adult', age: 33, employment: 'self-employed', healthInsurance: 'statutory', pregnant: true, dueInWeeks: 8 }],
      },
      expected: 'maybe',
    },
    {
      name: 'Baby (6 Wochen), Vater angestellt, Mutter Hausfrau',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 29, employment: 'homemaker', gaveBirth: true, pregnant: false },
          { role: 'adult', age: 31, employment: 'employed', gaveBirth: false, pregnant: false },
          { role: 'child', age: 6 / 52 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Baby (6 Wochen), beide Eltern angestellt, nicht gesagt, wer es geboren hat',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 29, employment: 'employed' },
          { role: 'adult', age: 31, employment: 'employed' },
          { role: 'child', age: 6 / 52 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Schwangere, Beschäftigung nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 25, pregnant: true, dueInWeeks: 18 }] },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
