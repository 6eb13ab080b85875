import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Orphan’s pension for children whose mother or father has died (Waisenrente)',
  summary:
    'If one parent has died, the child gets a half-orphan’s pension (Halbwaisenrente) from the pension insurance; if both have died, a full orphan’s pension (Vollwaisenrente) – up to 18, or 27 at school, in training, at university or in voluntary service. Apply soon at the Deutsche Rentenversicherung.',
  costs:
    'Applying is free of charge. The amount depends on the pension of the parent who died: half-orphan’s pension 10 percent, full orphan’s pension 20 percent, each with a supplement. From the accident insurance: 20 percent (half-orphan) or 30 percent (full orphan) of the annual earnings.',
  provider:
    'Deutsche Rentenversicherung; after an accident at work or an occupational disease, also the Berufsgenossenschaft or Unfallkasse (accident insurance)',
  eligibilitySummary:
    'For children whose mother or father has died: up to 18, and after that up to 27 while at school, in vocational training, at university, in voluntary service, in a gap of at most four months, or with a disability because of which they cannot support themselves. The parent who died must have been insured for at least five years or must already have been receiving a pension. The Situations-Finder does not ask whether a parent has died. This is why it only shows the orphan’s pension as “may fit” – and only to single parents whose child receives no maintenance from the other parent, and to families in which grandchildren, foster children or other children live without their parents. People who live with someone again after their partner’s death, and young adults who live on their own, can also be entitled.',
  synonyms:
    'orphan’s pension, half-orphan’s pension, full orphan’s pension, half-orphan, orphan, survivor’s pension, pension for children, father died, mother died, parent died, death, bereavement, widowed, widow, widower, pension insurance, accident pension, Waisenrente, Halbwaisenrente, Vollwaisenrente, Hinterbliebenenrente, Rentenversicherung, Berufsgenossenschaft, Waisengeld',
  steps: [
    'Have the death certificate ready and look for the insurance number of the person who died, for example on a pension information letter or a pension notice.',
    'Apply for the orphan’s pension at the Deutsche Rentenversicherung – online, in writing or with help from an advice centre of the pension insurance, a voluntary insurance adviser (Versichertenberaterin or Versichertenberater) or an insurance office (Versicherungsamt). For orphans aged 18 or over, an annex with proof of school, vocational training, university or voluntary service is needed.',
    'If the parent died after an accident at work or on the way to or from work, or from an occupational disease, also contact the Berufsgenossenschaft or Unfallkasse of the employer.',
    'If your child is an adult, send the pension insurance new proof when it asks for it – for example at the start of a new school year or study period – so that the pension continues.',
  ],
  documents: [
    'Death certificate of the parent who died',
    'The child’s birth certificate in which the parent who died is entered',
    'Insurance number of the person who died and, if available, their pension notice',
    'The child’s identity card, tax identification number (Steuer-ID) and health insurance card',
    'Bank details (IBAN) for the payment',
    'From the age of 18: proof of school, vocational training, university or voluntary service',
    'For unmarried parents, the acknowledgement of paternity or the court decision; for stepchildren, foster children or grandchildren, proof that you live together',
  ],
  ruleTexts: {
    'das Kind höchstens vier Monate zwischen zwei Ausbildungsabschnitten überbrückt':
      'the child is bridging at most four months between two stages of education',
    'das Kind sich wegen seiner Behinderung nicht selbst unterhalten kann': 'the child cannot support themselves because of their disability',
    'ein Elternteil des Kindes gestorben ist': 'one of the child’s parents has died',
  },
} satisfies SeedAngebotTranslation
