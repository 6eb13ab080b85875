import type { SeedKontakt } from '../../types.ts'

// Quelle: https://hamm.de/gesellschaft-soziales-gesundheit/leben-mit-behinderung/infos-zur-schwerbehinderung/schwerbehindertenrecht/antrag
// (Abteilung Schwerbehindertenrecht, Bürgeramt Pelkum, Kamener Straße 177, 59077 Hamm)
// In NRW sind die Kreise und kreisfreien Städte für das Schwerbehindertenrecht zuständig (früher Versorgungsamt).
export default {
  title: 'Schwerbehindertenrecht der Stadt Hamm (Bürgeramt Pelkum)',
  slug: 'versorgungsamt-hamm',
  kind: 'dienststelle',
  summary:
    'Die Abteilung Schwerbehindertenrecht der Stadt Hamm stellt den Grad der Behinderung und Merkzeichen fest, stellt Schwerbehindertenausweise aus und hilft beim Ausfüllen der Anträge. Verlängerungen sind auch in jedem Bürgeramt möglich.',
  street: 'Kamener Straße 177',
  postalCode: '59077',
  city: 'Hamm',
  website: 'https://hamm.de/gesellschaft-soziales-gesundheit/leben-mit-behinderung/infos-zur-schwerbehinderung/schwerbehindertenrecht/antrag',
} satisfies SeedKontakt
