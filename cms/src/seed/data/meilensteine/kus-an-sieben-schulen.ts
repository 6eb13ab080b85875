import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Kommunales Unterstützungssystem für Schulen (KUS) startet an sieben Schulen',
  slug: 'kus-an-sieben-schulen',
  date: '2023-08-07',
  status: 'erreicht',
  summary:
    'Seit dem 7. August 2023 unterstützt das KUS sechs Grundschulen und eine Förderschule in Hamm. Der Rat hatte es am 27. September 2022 beschlossen.',
  body: [
    'Das Kommunale Unterstützungssystem für Schulen (KUS) ist ein Kernprojekt auf dem Weg zur familienfreundlichsten Stadt. Der Rat der Stadt Hamm beschloss es am 27. September 2022 (Vorlage Nr. 0895/22).',
    'Zum Schuljahr 2023/24, am 7. August 2023, ging es los. Beteiligt sind die Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- und Mark-Twain-Schule.',
    'Das KUS hat zwei Säulen: Betreuung in der Schule und in den Ferien sowie die Familiengrundschulzentren in Säule I, pädagogische und vorbeugende Hilfen in Säule II. An jeder Schule arbeiten höchstens zwei Träger. Das macht die Zusammenarbeit einfacher und die Finanzierung verlässlicher.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  sources: [
    { label: 'Ratsbeschluss 0895/22 vom 27.09.2022' },
    { label: 'Stadt Hamm: Strategie und Meilensteine der Familienfreundlichsten Stadt' },
  ],
} satisfies SeedMeilenstein
