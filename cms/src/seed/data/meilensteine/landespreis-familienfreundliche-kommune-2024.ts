import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Landespreis „Familienfreundliche Kommune 2024“ in der Kategorie Großstadt',
  slug: 'landespreis-familienfreundliche-kommune-2024',
  date: '2024-01-01',
  status: 'erreicht',
  summary:
    'Im Jahr 2024 gewann Hamm den Landespreis „Familienfreundliche Kommune 2024“ des Landes Nordrhein-Westfalen in der Kategorie Großstadt.',
  body: [
    'Das Land Nordrhein-Westfalen zeichnet Kommunen aus, die sich besonders für Familien einsetzen. Im Jahr 2024 stand der Preis unter dem Motto „Wir leben Vielfalt“. Hamm gewann in der Kategorie Großstadt.',
    'Die Jury lobte vor allem das Familienrathaus, das es so bisher nirgendwo sonst in Deutschland gibt. Überzeugt hat auch, dass Hamm Politik und Verwaltung konsequent aus der Sicht von Familien denkt.',
    'Als gute Beispiele wurden außerdem die Jugendberufsagentur JuBA und der Familienbeirat vorgestellt.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  sources: [{ label: 'Land Nordrhein-Westfalen: Landespreis „Familienfreundliche Kommune 2024“, Porträt der Stadt Hamm' }],
} satisfies SeedMeilenstein
