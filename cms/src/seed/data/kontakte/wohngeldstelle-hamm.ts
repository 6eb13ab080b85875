import type { SeedKontakt } from '../../types.ts'

// Quelle: https://hamm.de/wohngeld/weitergehende-informationen (Amt für Soziales, Wohnen und Pflege, Sachgebiet Wohngeld, Gustav-Heinemann-Straße 10, 59065 Hamm)
// Quelle: https://www.hamm.de/wohngeld/mietzuschuss (Antragsunterlagen)
export default {
  title: 'Wohngeldstelle der Stadt Hamm',
  slug: 'wohngeldstelle-hamm',
  kind: 'dienststelle',
  summary:
    'Das Sachgebiet Wohngeld im Amt für Soziales, Wohnen und Pflege der Stadt Hamm nimmt Anträge auf Mietzuschuss und Lastenzuschuss entgegen, berät zum Wohngeld und gibt Anträge für vergünstigte Bus- und Bahntickets aus.',
  street: 'Gustav-Heinemann-Straße 10',
  postalCode: '59065',
  city: 'Hamm',
  website: 'https://www.hamm.de/wohngeld/mietzuschuss',
} satisfies SeedKontakt
