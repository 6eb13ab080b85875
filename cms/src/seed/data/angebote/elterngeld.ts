import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Elterngeld und ElterngeldPlus',
  slug: 'elterngeld',
  summary:
    'Nach der Geburt möchten Sie Zeit für Ihr Baby haben. Das Elterngeld ersetzt einen Teil Ihres Einkommens, wenn Sie weniger oder gar nicht arbeiten.',
  kind: 'geldleistung',
  body: [
    'Elterngeld bekommen Mütter und Väter, die ihr Kind nach der Geburt selbst betreuen. Auch wer vorher kein Einkommen hatte, bekommt Elterngeld – dann den Mindestbetrag.',
    'Es gibt zwei Arten. Basiselterngeld gibt es bis zu 12 Monate, bis zu 14 Monate, wenn beide Eltern sich beteiligen. ElterngeldPlus ist nur halb so hoch, wird aber doppelt so lange gezahlt. Es passt gut, wenn Sie in Teilzeit arbeiten. Sie können beide Arten auch kombinieren.',
    'Wenn Sie sehr viel verdienen (zu versteuerndes Einkommen über 175.000 Euro im Jahr), gibt es kein Elterngeld.',
    'In Hamm ist die Elterngeldstelle der Stadt für Sie zuständig. Im Familienrathaus bekommen Sie Beratung rund um die Geburt an einem Ort.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Elterngeldstelle der Stadt Hamm',
  costs:
    'Basiselterngeld: meist 65 bis 67 Prozent des Nettoeinkommens vor der Geburt, mindestens 300 Euro und höchstens 1.800 Euro im Monat. ElterngeldPlus: halb so viel, dafür doppelt so lange. Der Antrag ist kostenlos.',
  steps: [
    'Stellen Sie den Antrag nach der Geburt bei der Elterngeldstelle. Warten Sie nicht zu lange: Elterngeld wird nur für die letzten drei Monate vor dem Antrag rückwirkend gezahlt. Sie brauchen: die Geburtsurkunde Ihres Kindes, Nachweise über Ihr Einkommen vor der Geburt (zum Beispiel Lohnabrechnungen oder Steuerbescheid), die Bescheinigung der Krankenkasse über das Mutterschaftsgeld und, wenn Sie arbeiten, eine Bescheinigung des Arbeitgebers über Ihre Arbeitszeit während des Elterngeldbezugs.',
  ],
  legalBasis: 'Bundeselterngeld- und Elternzeitgesetz (BEEG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/beeg/',
  synonyms: 'Elterngeld, ElterngeldPlus, Elterngeld Plus, Partnerschaftsbonus, Elternzeit, Babyjahr, Geld nach der Geburt, Elterngeldstelle',
} satisfies SeedAngebot
