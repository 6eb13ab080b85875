import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Willkommensbesuch für Familien mit Baby',
  slug: 'willkommensbesuch',
  summary:
    'Herzlich willkommen in Hamm! Nach der Geburt bietet die Stadt Familien einen Besuch an. Eine Fachkraft bringt Informationen und ein kleines Geschenk mit und beantwortet Ihre Fragen. Der Besuch ist freiwillig und kostenlos.',
  kind: 'beratung',
  body: [
    'Ein Baby verändert das Leben. Viele Fragen tauchen auf: Wo gibt es Hilfe? Welche Angebote gibt es in meinem Stadtteil? Welche Anträge muss ich stellen?',
    'Beim Willkommensbesuch kommt eine Fachkraft zu Ihnen, zum Beispiel eine Kinderkrankenschwester oder eine pädagogische Fachkraft. Sie meldet sich vorher schriftlich bei Ihnen. Sie kommt nur, wenn Sie einverstanden sind.',
    'Die Fachkraft hat Informationsmaterial und Adressen von Ansprechpersonen in Hamm dabei. Sie kann Ihnen zum Beispiel Kurse, Treffpunkte für Eltern mit Baby oder Beratungsstellen in Ihrer Nähe zeigen. Auch Familien, die mit kleinen Kindern neu nach Hamm ziehen, können einen Besuch bekommen.',
    'Die Willkommensbesuche gehören zu den Frühen Hilfen der Stadt Hamm. Sie können Ihre Fragen auch jederzeit im Familienrathaus stellen.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  kontakte: ['familienrathaus', 'familienbuero'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider: 'Stadt Hamm – Frühe Hilfen, zusammen mit Partnern der freien Jugendhilfe',
  costs: 'Kostenlos.',
  steps: [
    'Sie müssen nichts beantragen. Nach der Geburt kündigt sich der Willkommensbesuch mit einem Brief bei Ihnen an. Wenn Sie keinen Brief bekommen haben oder Fragen haben, melden Sie sich im Familienrathaus oder beim Familienbüro.',
  ],
  legalBasis: '§ 2 Gesetz zur Kooperation und Information im Kinderschutz (KKG); § 16 SGB VIII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__16.html',
  synonyms: 'Willkommensbesuch, Babybesuch, Begrüßungsbesuch, Baby, Geburt, Neugeborenes, Frühe Hilfen, Hausbesuch, Babybegrüßung, Begrüßungspaket, Zuzug',
} satisfies SeedAngebot
