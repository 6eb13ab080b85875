import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Help with domestic violence (Hilfe bei häuslicher Gewalt)',
  summary:
    'Violence in the family is never okay. Immediate help: police 110, the helpline “Gewalt gegen Frauen” (Violence against Women) 116 016 (around the clock, free, in many languages), the helpline for men, the Nummer gegen Kummer 116 111 for children and the Frauenhaus Hamm (women’s shelter).',
  costs:
    'The helplines, the Nummer gegen Kummer and the advice are free of charge. For proceedings at the family court (Familiengericht), you can apply for legal aid (Verfahrenskostenhilfe) if you do not have enough money.',
  provider:
    'Helpline “Gewalt gegen Frauen”, helpline “Gewalt an Männern”, Nummer gegen Kummer e. V., Frauenhaus Hamm (Diakonie Ruhr-Hellweg), police, family court (Familiengericht), Jugendamt of the City of Hamm',
  eligibilitySummary:
    'For everyone who experiences violence, is threatened or is worried about someone – women, men, children, young people and the people around them, in Hamm and everywhere in Germany. The Frauenhaus Hamm takes in women aged 18 or over with their children, also from other towns. Because the Situations-Finder does not ask about violence, it shows this offer to every family as “may fit” – whatever details you have given.',
  synonyms:
    'domestic violence, violence in the family, violence in the relationship, abuse, women’s shelter, women’s refuge, helpline, hotline, violence against women, helpline for men, child helpline, parents’ helpline, protection order, restraining order, contact ban, eviction from the home, stalking, threats, hitting, beaten, forced marriage, child protection, emergency number 110, Frauenhaus, Hilfetelefon, 116 016, Nummer gegen Kummer, 116 111, Gewaltschutzgesetz',
  steps: [
    'In acute danger: call the police on 110. Get yourself and your children to safety.',
    'Get advice: helpline “Gewalt gegen Frauen” (Violence against Women) 116 016, helpline “Gewalt an Männern” (Violence against Men) 0800 123 99 00, for children and young people the Nummer gegen Kummer 116 111. You do not have to give your name.',
    'If you need a safe place, call the Frauenhaus Hamm (women’s shelter, 02381 53061, around the clock), or ask the helpline to find you a place.',
    'Apply to the family court (Familiengericht) for a protection order under the Violence Protection Act (Gewaltschutzgesetz) – as soon as possible, for example during the ten days in which the police have banned the violent person from the home.',
    'If children are affected, contact the Jugendamt (youth welfare office) of the City of Hamm.',
  ],
  documents: [
    'You do not need any documents for the helplines or the Frauenhaus.',
    'For the court, if possible: identity card, doctor’s certificates, photos of injuries, messages or letters with threats, notes with dates',
  ],
  ruleTexts: {
    'Sie oder jemand in Ihrer Familie Gewalt erleben, bedroht werden oder Angst davor haben':
      'you or someone in your family experience violence, are threatened or are afraid of it',
  },
} satisfies SeedAngebotTranslation
