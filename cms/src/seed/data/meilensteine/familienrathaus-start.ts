import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Eröffnung des Familienrathaus.Start',
  slug: 'familienrathaus-start',
  date: '2023-11-23',
  status: 'erreicht',
  summary:
    'Seit dem 23. November 2023 gibt es in Hamm das Familienrathaus.Start. Zuerst wurden dort alle Leistungen rund um die Geburt gebündelt.',
  body: [
    'Früher waren die Ämter für Familien über die ganze Stadt verteilt. Viele Familien fühlten sich wie in einem Dschungel aus Behörden. Mit dem Familienrathaus.Start hat sich das am 23. November 2023 geändert.',
    'Im ersten Schritt kamen hier die Leistungen und Angebote rund um die Geburt zusammen. Zu allen anderen Fragen von Familien gibt es Informationen und Vermittlung. In den nächsten Jahren sollen weitere Dienstleistungen dazukommen.',
    'Der Familienbeirat hat das Familienrathaus mitgeplant. Begleitet wurde das Projekt von dem Verwaltungswissenschaftler Prof. Dr. Jörg Bogumil. Auch die Familienkasse ist als Partner eingebunden.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'gesundheitliche-foerderung-und-hilfen'],
  sources: [{ label: 'Stadt Hamm: Strategie und Meilensteine der Familienfreundlichsten Stadt' }],
} satisfies SeedMeilenstein
