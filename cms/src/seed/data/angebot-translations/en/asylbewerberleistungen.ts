import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Benefits for asylum seekers (Leistungen nach dem Asylbewerberleistungsgesetz)',
  summary:
    'Asylum seekers, people with a toleration permit (Duldung) or obliged to leave get benefits under the Asylum Seekers’ Benefits Act (Asylbewerberleistungsgesetz) for food, clothing, housing, health and personal needs. Children also get education and participation benefits (Bildung und Teilhabe).',
  costs:
    'The amount of the benefits is set by law and depends on age, accommodation and length of stay. The benefits office (Leistungsbehörde) will tell you the current amounts. Applying is free of charge.',
  provider: 'City of Hamm (Stadt Hamm), benefits office under the Asylbewerberleistungsgesetz',
  eligibilitySummary:
    'For people with a permission to stay during the asylum procedure (Aufenthaltsgestattung), a toleration permit (Duldung) or an obligation to leave the country, and for some residence permits on humanitarian grounds, if income and assets are not enough. The Situations-Finder shows the offer as fitting for households in which an adult is in the asylum procedure or has a Duldung and has no or a low income, and as “may fit” with a medium income. For people with temporary protection (Ukraine) it only shows it as “may fit”: whether the Asylbewerberleistungsgesetz or Grundsicherungsgeld applies to them depends on when their residence permit was issued and on whether the planned new rules apply. Simplified: the Situations-Finder does not ask which residence permit exactly you have.',
  synonyms:
    'benefits for asylum seekers, asylum seeker benefits, refugee benefits, money for refugees, asylum, toleration, refugees Hamm, Ukraine benefits, Asylbewerberleistungen, AsylbLG, Asylbewerberleistungsgesetz, Duldung',
  steps: [
    'After you have been assigned to Hamm, report to the responsible office of the City of Hamm.',
    'Bring your identity papers and your residence papers. The city checks what you need and pays the benefits.',
    'Report changes immediately: work, income, moving house, the birth of a child or a decision on your asylum application.',
    'For your children, also apply for education and participation benefits (Bildung und Teilhabe, YouCardHamm).',
  ],
  documents: [
    'Aufenthaltsgestattung, Duldung, proof of arrival (Ankunftsnachweis) or residence permit (Aufenthaltserlaubnis)',
    'Passport or other identity papers, if you have them',
    'Proof of income and assets',
    'Tenancy agreement, if you live in your own flat',
  ],
  ruleTexts: {
    'In Ihrem Haushalt lebt eine erwachsene Person im Asylverfahren oder mit Duldung.':
      'An adult in your household is in the asylum procedure or has a toleration permit (Duldung).',
    'Sie als Geflüchtete aus der Ukraine noch keine Aufenthaltserlaubnis haben oder die geplante Neuregelung für Sie gilt (Aufenthaltserlaubnis erstmals nach dem 31. März 2025)':
      'you, as refugees from Ukraine, do not have a residence permit yet, or the planned new rules apply to you (first residence permit issued after 31 March 2025)',
  },
} satisfies SeedAngebotTranslation
