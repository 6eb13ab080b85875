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
    'Auch Frauen, die Arbeitslosengeld beziehen, und freiwillig gesetzlich versicherte Selbstständige mit Krankengeldanspruch können Mutterschaftsgeld von ihrer Krankenkasse bekommen. Das Mutterschaftsgeld wird auf das Elterngeld angerechnet.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['schwangerschaft-geburt'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Ihre gesetzliche Krankenkasse oder das Bundesamt für Soziale Sicherung (Mutterschaftsgeldstelle); Zuschuss vom Arbeitgeber',
  eligibilitySummary:
    'Für schwangere Frauen und Mütter in der Schutzfrist nach der Geburt, die in einem Arbeits- oder Ausbildungsverhältnis stehen (auch Minijob). Wie hoch das Mutterschaftsgeld ist und wer es zahlt, hängt von Ihrer Krankenversicherung ab. Vereinfacht: Frauen mit Arbeitslosengeld und selbstständige Frauen mit Krankengeldanspruch haben auch Anspruch, werden vom Situations-Finder aber nicht erkannt; und der Situations-Finder kennt das Geschlecht nicht.',
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
  legalBasis: '§ 19 Mutterschutzgesetz (MuSchG); § 24i Fünftes Buch Sozialgesetzbuch (SGB V); § 20 MuSchG (Arbeitgeberzuschuss)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_5/__24i.html',
  synonyms: 'Mutterschaftsgeld, Mutterschutzgeld, Arbeitgeberzuschuss, Mutterschaftsgeldstelle, Bundesamt für Soziale Sicherung, 13 Euro pro Tag, 210 Euro',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          pregnant: true,
          employment: ['employed', 'trainee'],
        },
        {
          blockType: 'adult',
          pregnant: true,
          employment: ['self-employed', 'unemployed'],
          insurance: ['statutory'],
          reason: 'Sie sind schwanger und gesetzlich versichert – mit Anspruch auf Krankengeld oder Arbeitslosengeld zahlt die Krankenkasse Mutterschaftsgeld (§ 24i SGB V).',
        },
        {
          blockType: 'all',
          reason: 'Ihr Baby ist erst wenige Wochen alt, und ein Elternteil ist angestellt – die Schutzfrist nach der Geburt kann noch laufen.',
          conditions: [
            { blockType: 'child', maxAge: 12 / 52, relations: ['own'] },
            { blockType: 'adult', employment: ['employed', 'trainee', 'parental-leave'] },
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
      name: 'Schwangere, Beschäftigung nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 25, pregnant: true, dueInWeeks: 18 }] },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
