import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Familienrathaus Hamm – Service rund um die Geburt und für alle Familienfragen',
  slug: 'familienrathaus-hamm',
  summary:
    'Im Familienrathaus finden Sie viele Leistungen für Familien an einem Ort. Rund um die Geburt erledigen Sie vieles direkt. Bei allen anderen Fragen zeigt man Ihnen den Weg.',
  kind: 'service',
  body: [
    'Früher mussten Familien für Geburtsurkunde, Elterngeld und Kindergeld zu verschiedenen Stellen gehen. Seit dem 23. November 2023 gibt es in Hamm das Familienrathaus. Es ist das erste seiner Art in Deutschland.',
    'Zuerst kommen Sie zur Familien-Service-Theke. Dort hört man Ihnen zu und hilft Ihnen weiter. Die Leistungen rund um die Geburt sind hier gebündelt. Bei anderen Anliegen bekommen Sie Informationen und Kontakte zu den richtigen Stellen und Netzwerken. Auch die Familienkasse ist als Partner eingebunden.',
    'Familien aus Hamm und der Familienbeirat haben das Familienrathaus mitgeplant. In den nächsten Jahren sollen weitere Dienstleistungen dazukommen.',
    'Viele Informationen finden Sie auch online im digitalen Familienrathaus. Dort zeigt Ihnen der Situations-Finder, welche Angebote zu Ihrer Familie passen.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'gesundheitliche-foerderung-und-hilfen'],
  kontakte: ['familienrathaus'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider: 'Stadt Hamm',
  costs: 'Beratung und Information sind kostenlos. Für Urkunden können Gebühren anfallen.',
  steps: [
    'Sie brauchen keinen Antrag. Kommen Sie zur Familien-Service-Theke oder schauen Sie zuerst online im digitalen Familienrathaus. Bringen Sie Ihren Ausweis mit und, wenn vorhanden, Briefe oder Bescheide zu Ihrem Anliegen.',
  ],
  synonyms: 'Familienrathaus, Familienservice, Familien-Service-Theke, Bürgeramt für Familien, Geburt, Geburtsurkunde, Baby, Behörde, Amt, One-Stop-Shop, Anlaufstelle',
} satisfies SeedAngebot
