import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Identity card and passport for children (Personalausweis und Reisepass für Kinder)',
  summary:
    'Since 2024, there is no children’s passport (Kinderreisepass). For your child, apply at the Bürgeramt (citizens’ office) for an identity card (Personalausweis, for Europe) or a passport (Reisepass, worldwide). Under 24, both are valid for six years; they cost 27.60 and 37.50 euros respectively.',
  costs:
    'Identity card for applicants under 24: 27.60 euros (since 7 February 2026; before that 22.80 euros). Passport under 24: 37.50 euros, 32 euros more for the express service, 22 euros more for 48 instead of 32 pages. Temporary passport: 26 euros. Digital passport photo at the Bürgeramt: 6 euros.',
  provider: 'City of Hamm (Stadt Hamm) – Bürgerämter (citizens’ offices; passport and identity card authority)',
  eligibilitySummary:
    'For children and young people under 18 with German citizenship who are registered in Hamm – from babies onwards. The Situations-Finder does not ask about the children’s citizenship: if a German parent lives in the household, it shows the offer as fitting, otherwise only as “may fit”. This is because your child can also be German if a parent outside the household is German, or if the child was born in Germany and one parent had at that time lived here lawfully for five years and had a permanent right of residence.',
  synonyms:
    'passport for child, child passport, children’s passport, ID card for child, identity card child, baby passport, travel with child, holiday abroad with child, passport photo, consent form, express passport, temporary passport, Kinderreisepass, Reisepass, Personalausweis, Bürgeramt',
  steps: [
    'Check with the Federal Foreign Office (Auswärtiges Amt) whether the identity card is enough for your destination or whether your child needs a passport.',
    'Make an appointment at a Bürgeramt (citizens’ office) of the City of Hamm, for example through the city’s service telephone: 02381 17-7777. Allow a few weeks for the document to be made.',
    'If both parents have custody and only one comes to the appointment, the other fills in the declaration of consent (Einverständniserklärung, a form of the City of Hamm) and sends a copy of their identity card.',
    'Come to the appointment with your child. The digital photo can be taken there. From the age of six, your child gives two fingerprints.',
    'Collect the finished document at the Bürgeramt and bring your child’s old document with you. Another person with your written authorisation (Vollmacht) can also collect it.',
  ],
  documents: [
    'For the first document: your child’s birth certificate (Geburtsurkunde); otherwise the previous document, for example the children’s passport (Kinderreisepass)',
    'Your own identity documents',
    'Declaration of consent from the other parent with custody if they do not come, with a copy of their identity card',
    'If you have sole custody, proof of it, e.g. a court decision or – if not married – the Jugendamt (youth welfare office) certificate that no declarations of joint custody (Sorgeerklärungen) exist',
    'A digital biometric passport photo (taken at the Bürgeramt or by a certified photo studio)',
  ],
  ruleTexts: {
    'Sie haben ein minderjähriges Kind – einen Ausweis oder Pass für Ihr Kind beantragen Sie als Eltern im Bürgeramt.':
      'You have a child under 18 – as parents, you apply for your child’s identity card or passport at the Bürgeramt.',
    'Sie als Elternteil sind deutsch – dann ist es Ihr Kind in aller Regel auch.':
      'You as a parent are German – then your child is usually German too.',
    'Ihr Kind die deutsche Staatsangehörigkeit hat': 'your child has German citizenship',
  },
} satisfies SeedAngebotTranslation
