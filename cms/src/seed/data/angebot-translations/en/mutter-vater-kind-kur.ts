import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Health cure for mothers or fathers with their children (Mutter-Kind-Kur und Vater-Kind-Kur)',
  summary:
    'Exhausted from everyday family life? Mothers and fathers with statutory health insurance can get a three-week health cure (Kur) for prevention or rehabilitation, usually with their children. The health insurance fund pays if your doctor thinks it is necessary. You pay 10 euros a day yourself.',
  costs:
    'The health insurance fund pays for treatment, accommodation and meals, also for children who come along, and for the journey (with a small co-payment). Adults pay 10 euros per calendar day in the clinic; children pay nothing. Anyone who pays more co-payments in a year than their personal limit (2 percent of gross income, 1 percent for chronic illness) can be exempted. Advice on health cures is free of charge.',
  provider:
    'Your statutory health insurance fund; clinics of the Müttergenesungswerk and similar facilities; advice at the health cure advice centres (Kurberatungsstellen) of the welfare organisations',
  eligibilitySummary:
    'For mothers and fathers with statutory health insurance – also step-parents, foster parents and grandparents with whom the children live – who raise children and whose health is under so much strain that a doctor thinks a health cure is medically necessary. Children under 12 usually come along; older children only in justified cases, children with a disability without an age limit. The Situations-Finder cannot know whether you need the cure – your doctor and the health insurance fund decide this. This is why it only shows the cure as “may also fit” to parents with statutory health insurance who have a child under 18 or a child with a disability, never as definitely fitting. It does not show the cure to people with private health insurance; whether their insurance plan pays for a cure is stated in their contract.',
  synonyms:
    'mother and child cure, father and child cure, parent and child cure, health cure, spa cure, convalescence, rehab for mothers, rehab for fathers, exhaustion, burnout, break for parents, cure application, cure advice, Mutter-Kind-Kur, Vater-Kind-Kur, Mutterkur, Mütterkur, Kur, Kurantrag, Kurberatung, Müttergenesungswerk, Vorsorgekur',
  steps: [
    'First, get advice – free of charge at a health cure advice centre of the Müttergenesungswerk. You can find the nearest centre with the advice centre search on muettergenesungswerk.de; the Familien-Service-Theke (family service desk) in the Familienrathaus can also help you.',
    'Talk to your GP or gynaecologist about your health problems and the strain you are under. If the practice thinks a cure is necessary, it writes the prescription (Verordnung). For a child who is also to be treated, you need a prescription from the paediatrician.',
    'Hand in the application with the prescription to your health insurance fund. You may suggest a suitable clinic.',
    'If the health insurance fund says no, you can lodge a written objection (Widerspruch) within one month. The health cure advice centre will help you with this.',
    'After approval: tell your employer the dates immediately and show them the notice (Bescheid). Arrange with the school that your child is let off school for the cure.',
  ],
  documents: [
    'Doctor’s prescription for the cure – for you and for each child who is also to be treated',
    'Application to the health insurance fund with details of your family and living situation',
    'Electronic health card',
    'After approval: the health insurance fund’s notice and the clinic’s invitation, for your employer and the school',
  ],
  ruleTexts: {
    'Sie sind gesetzlich krankenversichert und erziehen Kinder. Kinder bis 12 Jahre können in der Regel mit zur Kur kommen.':
      'You have statutory health insurance and are raising children. Children up to 12 can usually come with you to the cure.',
    'Ihre Ärztin oder Ihr Arzt eine Kur für medizinisch nötig hält, zum Beispiel weil die Belastung in der Familie Sie krank macht':
      'your doctor thinks a cure is medically necessary, for example because the strain in the family is making you ill',
  },
} satisfies SeedAngebotTranslation
