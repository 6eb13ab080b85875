import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Kita-Platz und Kindertagespflege',
  slug: 'kita-platz',
  summary:
    'Ab dem ersten Geburtstag hat Ihr Kind ein Recht auf einen Platz in einer Kita oder bei einer Tagesmutter oder einem Tagesvater. Melden Sie Ihren Bedarf früh an.',
  kind: 'betreuung',
  body: [
    'In der Kita oder in der Kindertagespflege spielt und lernt Ihr Kind mit anderen Kindern. Fachkräfte begleiten es. Sie als Eltern gewinnen Zeit für Arbeit, Ausbildung oder Sprachkurs.',
    'Jedes Kind hat ab dem ersten Geburtstag bis zum Schulbeginn ein Recht auf einen Betreuungsplatz. Kinder unter einem Jahr können einen Platz bekommen, wenn die Eltern zum Beispiel arbeiten, eine Ausbildung machen oder Arbeit suchen.',
    'Die Kindertagespflege ist eine Betreuung in einer kleinen Gruppe, oft bei einer Tagesmutter oder einem Tagesvater. Sie ist besonders für kleine Kinder beliebt.',
    'Die Stadt Hamm baut die Zahl der Plätze weiter aus und hat die Elternbeiträge deutlich gesenkt.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  kontakte: ['familienrathaus', 'familienbuero'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm und die Träger der Kitas',
  costs:
    'Die Elternbeiträge richten sich nach Ihrem Einkommen. In Nordrhein-Westfalen sind die letzten zwei Kita-Jahre vor der Schule beitragsfrei. Familien mit Bürgergeld, Wohngeld oder Kinderzuschlag zahlen keinen Beitrag. Das Mittagessen kostet meist extra; dafür gibt es Hilfe über Bildung und Teilhabe.',
  steps: [
    'Melden Sie Ihren Betreuungsbedarf möglichst früh an, in der Regel mindestens sechs Monate vor dem gewünschten Start. Schauen Sie sich Kitas in Ihrer Nähe an und sprechen Sie mit der Leitung. Wie die Anmeldung in Hamm genau funktioniert, erfahren Sie beim Jugendamt, im Familienbüro oder im Familienrathaus. Halten Sie die Geburtsurkunde Ihres Kindes und Angaben zu Ihrer Arbeitszeit bereit.',
  ],
  legalBasis: '§ 24 SGB VIII; Kinderbildungsgesetz NRW (KiBiz)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__24.html',
  synonyms: 'Kita, Kindergarten, Kindertagesstätte, Betreuungsplatz, Krippe, U3, Tagesmutter, Tagesvater, Kindertagespflege, Kitaplatz, Kinderbetreuung',
} satisfies SeedAngebot
