import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Care leave and family care leave (Pflegezeit und Familienpflegezeit)',
  summary:
    'Caring for a close relative with a care level (Pflegegrad), your child too? Staff get up to ten workdays off in a crisis with care support pay (Pflegeunterstützungsgeld), plus up to six months’ care leave (Pflegezeit) or 24 months’ family care leave (Familienpflegezeit), with an interest-free loan.',
  costs:
    'For the time you do not work, your employer usually pays no wages. For up to ten working days a year, there is care support allowance (Pflegeunterstützungsgeld), usually 90 percent of the net pay you lose. The loan from the BAFzA is interest-free, amounts to at most half of the missing net pay and at least 50 euros a month, and must be paid back.',
  provider:
    'Your employer (time off); the care fund (Pflegekasse) of the person cared for (Pflegeunterstützungsgeld); Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA, interest-free loan)',
  eligibilitySummary:
    'For employees and trainees who care for or look after a close relative in need of care – including their own child with a care level. Close relatives include parents, parents-in-law, grandparents, spouses and civil partners, partners who live together like a married couple, brothers and sisters, children, stepchildren, foster children, children-in-law and grandchildren. The up to ten days in an acute situation apply in every company, care leave in companies with more than 15 employees, family care leave in companies with more than 25 employees. The Situations-Finder shows the offer if an adult in the household is employed or in vocational training and someone in the household has a care level. It does not know the size of your company. If you care for a relative who does not live with you – for example your mother in her own flat – you cannot enter them in the Situations-Finder; you are still entitled to the time off. Self-employed people are not entitled; for civil servants (Beamtinnen and Beamte), their employer’s own rules apply.',
  synonyms:
    'care leave, family care leave, part-time for caring, time off for caring, care support allowance, short-term absence for care, ten days off for care, caring for relatives and working, care and work, interest-free loan for carers, care loan, protection against dismissal for carers, end-of-life care, child with care level and work, Pflegezeit, Familienpflegezeit, Pflegeteilzeit, Pflegeunterstützungsgeld, BAFzA',
  steps: [
    'In an acute situation: tell your employer immediately that you will be absent because of caring, and for how long. Get a doctor’s certificate stating that your relative is in need of care or is likely to become so, and apply for Pflegeunterstützungsgeld at your relative’s Pflegekasse.',
    'Care leave (Pflegezeit): give your employer written notice at least ten working days before it starts. State for which period and to what extent you want time off.',
    'Family care leave (Familienpflegezeit): give written notice at least eight weeks before it starts, and agree in writing with your employer how your reduced working hours will be distributed.',
    'Give your employer a certificate from the Pflegekasse or the Medizinischer Dienst (medical service) confirming the need for care.',
    'If you need money for the time off, apply for the interest-free loan at the BAFzA. You can find forms and a calculator on wege-zur-pflege.de.',
  ],
  documents: [
    'Written notice to your employer (for care leave and family care leave)',
    'Proof of the need for care: notice (Bescheid) from the Pflegekasse or assessment by the Medizinischer Dienst; in an acute situation, a doctor’s certificate',
    'For Pflegeunterstützungsgeld: application to the Pflegekasse of the person being cared for',
    'For the loan: application to the BAFzA with proof of your pay and of the agreed time off',
  ],
  ruleTexts: {
    'Sie sind berufstätig, und ein Mensch in Ihrem Haushalt hat einen Pflegegrad. Für seine Pflege können Sie sich ganz oder teilweise von der Arbeit freistellen lassen.':
      'You are in work, and a person in your household has a care level. To care for them, you can take full or partial time off work.',
  },
} satisfies SeedAngebotTranslation
