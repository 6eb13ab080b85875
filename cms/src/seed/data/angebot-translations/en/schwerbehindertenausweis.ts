import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Severe disability pass and compensation for disadvantages (Schwerbehindertenausweis und Nachteilsausgleiche)',
  summary:
    'From a degree of disability (GdB) of 50, children and adults get a severe disability pass (Schwerbehindertenausweis) from the city of Hamm. Benefits (Nachteilsausgleiche) include tax allowances, extra leave, special dismissal protection or – with a marker (Merkzeichen) – cheaper public transport.',
  costs:
    'The application and the pass are free of charge. Examples of compensation for disadvantages: disability lump sum (Behinderten-Pauschbetrag) in income tax from 384 euros (GdB 20) to 2,840 euros (GdB 100) a year, 7,400 euros with the marker H or Bl; five working days of extra holiday from GdB 50.',
  provider: 'City of Hamm (Stadt Hamm) – Abteilung Schwerbehindertenrecht (severe disability department, Bürgeramt Pelkum)',
  eligibilitySummary:
    'For children and adults with a lasting disability who live, work or usually stay in Germany; without EU citizenship, with lawful residence. Every person with a disability can apply to have the degree of disability (GdB) assessed; the pass is issued from GdB 50. The Situations-Finder shows the offer as soon as a disability has been given for a person in the household.',
  synonyms:
    'severe disability pass, disability card, disabled person’s pass, disability ID, degree of disability, GdB, marker, disability tax allowance, compensation for disadvantages, free public transport with disability, Schwerbehindertenausweis, Behindertenausweis, Grad der Behinderung, Merkzeichen, Versorgungsamt, Schwerbehindertenrecht, Nachteilsausgleich, Behinderten-Pauschbetrag, Wertmarke, ELSA',
  steps: [
    'Get the application form from the City of Hamm, or apply online through ELSA.NRW. Your signature is needed even for the online application: print out the declaration, sign it and send it to the Abteilung Schwerbehindertenrecht within two weeks.',
    'Answer the questions carefully and enclose copies of recent findings, doctor’s reports or expert opinions (not older than two years). For people aged 10 or over, you need a passport photo.',
    'If you agree, the city requests missing documents from your doctors. You then receive a notice (Bescheid) about the GdB and the markers.',
    'Apply for an extension at least three months before the pass expires.',
  ],
  documents: [
    'Completed and signed application form',
    'Copies of recent medical documents (medical reports, hospital reports, care assessment)',
    'Passport photo (for people aged 10 or over)',
    'Without a German passport: proof of lawful residence',
  ],
} satisfies SeedAngebotTranslation
