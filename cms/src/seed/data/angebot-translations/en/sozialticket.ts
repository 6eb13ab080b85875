import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Reduced-price Deutschlandticket for people receiving benefits (Deutschlandticket Sozial)',
  summary:
    'With the Deutschlandticket Sozial, people on Grundsicherungsgeld (formerly Bürgergeld), social assistance (Sozialhilfe), housing benefit (Wohngeld) or asylum benefits (Asylbewerberleistungen) pay less for local buses and trains nationwide. In Hamm, the office paying your benefit issues the proof.',
  costs:
    'A subscription you can cancel monthly, at a reduced price below the price of the normal Deutschlandticket (63 euros a month since January 2026). In 2025, the Deutschlandticket Sozial cost 48 euros in North Rhine-Westphalia; Stadtwerke Hamm will tell you the current price. Payment is by direct debit.',
  provider: 'Stadtwerke Hamm (sales) and the office that pays your benefit (proof of eligibility)',
  eligibilitySummary:
    'For people living in Hamm who receive Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe, Wohngeld, Asylbewerberleistungen or benefits for war victims (Kriegsopferfürsorge). If you have not said that you receive one of these benefits, but you could get one of them, the Situations-Finder shows the offer as “may fit”. According to the transport associations, Kinderzuschlag alone is not one of the benefits that give eligibility; if in doubt, ask the City of Hamm.',
  synonyms:
    'social ticket, cheap bus ticket, cheap train ticket, reduced-price ticket, Deutschlandticket for people on benefits, cheap bus and train, public transport discount, Sozialticket, Deutschlandticket Sozial, D-Ticket Sozial, HammTicket Mobil, MobilAbo, Stadtwerke Hamm, Grundsicherungsgeld, Bürgergeld',
  steps: [
    'Have your eligibility confirmed – by the office that pays you the benefit, for example the Kommunales Jobcenter or the Wohngeldstelle (housing benefit office) of the City of Hamm. Often your current notice (Bescheid) is enough.',
    'Order the Deutschlandticket Sozial from Stadtwerke Hamm, online or at the customer centre, with your proof of eligibility and your identity card.',
    'Renew the proof in good time when your benefit is approved again.',
  ],
  documents: ['Current benefit notice or proof of eligibility', 'Identity card or other photo ID', 'Bank details for the direct debit'],
} satisfies SeedAngebotTranslation
