import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Erste Sitzung des Familienbeirats',
  slug: 'familienbeirat-erste-sitzung',
  date: '2022-09-05',
  status: 'erreicht',
  summary:
    'Am 5. September 2022 traf sich der Familienbeirat zum ersten Mal im Rathaus – zusammen mit dem Oberbürgermeister und der Familiendezernentin.',
  body: [
    'Im Familienbeirat sprechen Familien direkt mit der Stadtverwaltung. Der Beirat ist unabhängig von Parteien und Verbänden. Am 5. September 2022 kam er zu seiner ersten Sitzung im Rathaus zusammen.',
    'Seitdem trifft sich der Beirat ungefähr alle zwei Monate. Zwischen den Treffen tauschen sich die Mitglieder in einem geschützten Bereich der App „Hamm: Machen“ aus.',
    'Der Familienbeirat war zum Beispiel eng an der Planung des Familienrathauses beteiligt. Neue Familien können jederzeit dazukommen.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  sources: [{ label: 'Stadt Hamm: Strategie und Meilensteine der Familienfreundlichsten Stadt' }],
} satisfies SeedMeilenstein
