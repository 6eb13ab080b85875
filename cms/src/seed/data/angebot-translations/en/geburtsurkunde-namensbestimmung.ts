import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Registering the birth, birth certificate and your child’s name (Geburtsurkunde und Namensbestimmung)',
  summary:
    'Every birth must be reported to the registry office (Standesamt) of the place of birth within one week – after a hospital birth, the hospital does this. You show your certificates, choose the name and get the birth certificate (Geburtsurkunde). Since May 2025, children may also have double surnames.',
  costs:
    'Registering the birth is free of charge, and so are the certificates for Elterngeld, Kindergeld and maternity benefit (Mutterschaftsgeld). The registry office charges fees for further birth certificates and for declarations about the name after the birth has been registered.',
  provider: 'Registry office (Standesamt) of the place of birth – in Hamm, the Standesamt of the City of Hamm in the Familienrathaus',
  eligibilitySummary:
    'For all parents of a newborn child and for expectant parents who want to prepare. The registry office of the place of birth is always responsible – for a birth in Hamm, the Standesamt Hamm, also for families from other towns; this is why the Situations-Finder does not ask here where you live. It shows the offer during pregnancy and in your child’s first year of life. You can also order birth certificates later, at any time, from the registry office of the place of birth.',
  synonyms:
    'birth certificate, register a birth, report a birth, registry office, first name, surname of child, family name of child, double-barrelled name, name declaration, choose baby’s name, new name law, home birth, certificate for Elterngeld, certificate for Kindergeld, Geburtsurkunde, Standesamt, Geburtsanzeige, Namensbestimmung, Doppelname, Abstammungsurkunde',
  steps: [
    'During pregnancy: have your certificates ready (see documents). If you are not married, you can have paternity and joint custody certified even before the birth.',
    'After a birth in hospital: hand in the documents and the declaration of the first names on the ward or at the registry office. The hospital reports the birth to the registry office.',
    'After a home birth: report the birth to the registry office yourself within one week, and bring the certificate from the midwife or doctor.',
    'You do not have a married name (Ehename) but have joint custody? Choose your child’s surname at the registry office within one month.',
    'Send the free certificates with your applications to the Elterngeldstelle, the Familienkasse and – for maternity benefit (Mutterschaftsgeld) – to the health insurance fund (Krankenkasse).',
  ],
  documents: [
    'The hospital’s birth notification, or the birth certificate from the midwife or doctor',
    'Identity cards or passports of both parents',
    'Married parents: marriage certificate or certified printout from the marriage register',
    'Unmarried parents: the parents’ birth certificates; if you have them, acknowledgement of paternity and declarations of joint custody (Sorgeerklärungen)',
    'If the mother has been married before: proof that the earlier marriage has ended (for example a divorce decision or a death certificate)',
    'With a foreign citizenship or certificates from abroad: passports with residence permit and, if necessary, translated certificates – ask the registry office beforehand exactly what is needed',
  ],
  reminders: ['Report the birth to the registry office (Standesamt) – yourself after a home birth'],
  ruleTexts: {
    'Sie erwarten ein Baby – legen Sie die Urkunden für das Standesamt schon jetzt bereit.':
      'You are expecting a baby – get the certificates for the registry office ready now.',
    'Ihr Baby ist erst wenige Wochen alt – die Geburt wird beurkundet, und Sie bestimmen den Namen Ihres Kindes.':
      'Your baby is only a few weeks old – the birth is registered, and you choose your child’s name.',
    'Ihr Kind ist noch kein Jahr alt – Geburtsurkunden und Erklärungen zum Namen bekommen Sie beim Standesamt des Geburtsorts.':
      'Your child is not yet one year old – you get birth certificates and declarations about the name at the registry office of the place of birth.',
  },
} satisfies SeedAngebotTranslation
