import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Help with raising children – support from the Jugendamt (Hilfen zur Erziehung)',
  summary:
    'When everyday life with children gets too hard, parents have a right to help from the Jugendamt (youth welfare office), e.g. a family support worker at home, a support worker for your child (Erziehungsbeistand) or a day group (Tagesgruppe). Help while living at home (ambulante Hilfen) is free.',
  costs:
    'Advice and help that does not involve living away from home (ambulante Hilfen), such as family support (Familienhilfe), a personal support worker (Erziehungsbeistand) and social group work, are free of charge. For a day group, a foster family or a residential group, parents pay a contribution depending on their income. Since 2023, young people no longer have to contribute anything from their own income.',
  provider:
    'Jugendamt (youth welfare office) of the City of Hamm; the help is often provided by independent youth welfare organisations (freie Träger) on behalf of the Jugendamt',
  eligibilitySummary:
    'For parents and other people with custody in Hamm who have a child under 18, and for young adults up to 21 (in justified cases also longer). There is a legal right if a good upbringing is not ensured without the help, and the help is suitable and necessary. The Jugendamt clarifies this in a conversation with you. Because the Situations-Finder does not ask how much support you need, it shows this offer to families with children or young adults only as “may fit”.',
  synonyms:
    'help with raising children, parenting help, family support, family support worker, family helper, social worker at home, personal support worker, day group, social group work, help plan, help from the Jugendamt, overwhelmed with my child, parenting problems, help for young adults, care leaver, residential group, children’s home, Hilfe zur Erziehung, HzE, SPFH, Familienhilfe, Erziehungsbeistand, Tagesgruppe, Jugendamt',
  steps: [
    'Contact the Jugendamt of the City of Hamm – or ask at the Familien-Service-Theke (family service desk) in the Familienrathaus who is responsible for your part of town. An informal application is enough.',
    'In a meeting, you describe what is difficult in your family and what you would like. Your child is involved.',
    'Together with the Jugendamt, you decide which help is right and write down goals in the help plan (Hilfeplan).',
    'The help begins, often provided by an independent organisation. In regular meetings, you check together whether it is working and how to continue.',
  ],
  documents: [
    'You do not need any documents for the first meeting.',
    'Later, for help with a contribution to the costs: proof of the parents’ income',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind unter 18 Jahren.': 'A child under 18 lives in your family.',
    'In Ihrer Familie lebt ein junger Mensch zwischen 18 und 21 Jahren.': 'A young person aged between 18 and 21 lives in your family.',
    'Sie sind zwischen 18 und 21 Jahre alt – junge Volljährige können die Hilfe selbst beantragen.':
      'You are between 18 and 21 years old – young adults can apply for the help themselves.',
    'Sie oder Ihr Kind mehr Unterstützung brauchen, als eine Beratung geben kann – welche Hilfe passt, klären Sie gemeinsam mit dem Jugendamt':
      'you or your child need more support than advice alone can give – you and the Jugendamt work out together which help is right',
  },
} satisfies SeedAngebotTranslation
