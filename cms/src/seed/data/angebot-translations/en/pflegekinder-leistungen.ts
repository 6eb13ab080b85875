import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Benefits for foster families (Leistungen für Pflegefamilien)',
  summary:
    'Have you taken in a foster child, or would you like to become a foster family? The Jugendamt (youth welfare office) pays a foster care allowance (Pflegegeld) for the child’s keep and upbringing, covers one-off costs and supports you with advice and training.',
  costs:
    'There are no costs for you. The foster care allowance depends on the child’s age and on the recommendations in North Rhine-Westphalia; the responsible Jugendamt will tell you the exact amount.',
  provider:
    'Jugendamt of the City of Hamm (adoption and foster care service, Adoptions- und Pflegekinderdienst) and independent organisations such as Katholischer Sozialdienst and Friedrich-Wilhelm-Stift',
  eligibilitySummary:
    'Foster parents in Hamm who have taken in a child as part of help with raising children (Hilfe zur Erziehung; full-time or emergency foster care) – also relatives. People who are interested in becoming a foster family receive advice and preparation.',
  synonyms:
    'foster child, foster children, foster family, foster parents, foster carer, foster care allowance, full-time foster care, emergency foster care, kinship care, foster mother, foster father, one-off grant, Pflegekind, Pflegefamilie, Pflegeeltern, Pflegegeld, Vollzeitpflege, Bereitschaftspflege, Verwandtenpflege, Pflegekinderdienst',
  steps: [
    'Are you interested in a foster child? Contact the adoption and foster care service of the City of Hamm (phone 02381 17-6325) or an independent organisation, and attend an information evening.',
    'After conversations, a home visit and a preparation seminar, it is checked which child would suit your family.',
    'When your family takes in a child, the Jugendamt applies for the help and pays the foster care allowance. Also apply for Kindergeld at the Familienkasse.',
    'For one-off grants (einmalige Beihilfen), for example for initial equipment, important personal occasions or a holiday trip, apply to the Jugendamt.',
  ],
  documents: [
    'For your application: extended certificate of good conduct (erweitertes Führungszeugnis), doctor’s certificate, proof of income and housing',
    'For grants: invoices or cost estimates',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein Pflegekind.': 'A foster child lives in your family.',
    'Sie sind Pflegemutter oder Pflegevater.': 'You are a foster mother or foster father.',
    'Ihr Enkelkind lebt bei Ihnen – auch Großeltern können Pflegefamilie mit Pflegegeld sein (§ 27 Abs. 2a SGB VIII).':
      'Your grandchild lives with you – grandparents can also be a foster family and receive the foster care allowance (§ 27 Abs. 2a SGB VIII).',
  },
} satisfies SeedAngebotTranslation
