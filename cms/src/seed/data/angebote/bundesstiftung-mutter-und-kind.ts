import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Bundesstiftung Mutter und Kind',
  slug: 'bundesstiftung-mutter-und-kind',
  summary:
    'Schwangere in einer finanziellen Notlage können Geld von der Bundesstiftung „Mutter und Kind – Schutz des ungeborenen Lebens“ bekommen, zum Beispiel für Babyausstattung, Umstandskleidung oder die Wohnung. Den Antrag stellen Sie vor der Geburt in einer Schwangerschaftsberatungsstelle.',
  summaryLeichteSprache:
    'Sie sind schwanger. Sie haben wenig Geld. Dann kann eine Stiftung helfen. Sie heißt Bundesstiftung Mutter und Kind. Gehen Sie vor der Geburt zu einer Beratungsstelle für Schwangere. Dort stellen Sie den Antrag.',
  kind: 'geldleistung',
  body: [
    'Die Bundesstiftung Mutter und Kind hilft schwangeren Frauen, deren Geld für Schwangerschaft, Geburt und die erste Zeit mit dem Baby nicht reicht – schnell und ohne viel Bürokratie. Sie ergänzt andere Leistungen, wenn diese nicht ausreichen oder nicht rechtzeitig kommen.',
    'Das Geld ist zum Beispiel für Umstandskleidung, die Erstausstattung des Babys, die Einrichtung oder einen Umzug in eine größere Wohnung oder für die Betreuung des Kindes. Wie viel und wie lange Sie bekommen, hängt von Ihrer Situation ab. Einen Rechtsanspruch gibt es nicht.',
    'Die Hilfe wird nicht auf Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe oder andere Sozialleistungen angerechnet und kann nicht gepfändet werden. Auch Frauen ohne deutschen Pass können einen Antrag stellen, wenn sie in Deutschland wohnen.',
    'Den Antrag stellen Sie persönlich in einer anerkannten Schwangerschaftsberatungsstelle in Nordrhein-Westfalen, zum Beispiel in Hamm. Dort bekommen Sie auch Beratung zu allen anderen Hilfen rund um die Geburt.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['schwangerschaft-geburt', 'wenig-geld', 'alleinerziehend'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Bundesstiftung „Mutter und Kind – Schutz des ungeborenen Lebens“; Antrag über die Schwangerschaftsberatungsstellen in Hamm',
  eligibilitySummary:
    'Für schwangere Frauen mit Wohnsitz oder gewöhnlichem Aufenthalt in Deutschland, die in einer finanziellen Notlage sind, wenn andere Hilfen nicht, nicht rechtzeitig oder nicht ausreichend helfen. Der Antrag muss vor der Geburt gestellt werden. Der Situations-Finder zeigt das Angebot Schwangeren ohne oder mit geringem Einkommen als passend und mit mittlerem Einkommen als „vielleicht“; die Einkommensgrenzen prüft die Beratungsstelle.',
  costs: 'Zuschuss, der nicht zurückgezahlt wird; Höhe nach Ihrer Situation. Beratung und Antrag sind kostenlos.',
  steps: [
    'Vereinbaren Sie möglichst früh in der Schwangerschaft einen Termin in einer Schwangerschaftsberatungsstelle. Nach der Geburt ist kein Antrag mehr möglich.',
    'Im Beratungsgespräch stellen Sie den Antrag zusammen mit der Beraterin. Pro Schwangerschaft gibt es einen Antrag.',
    'Bringen Sie die Unterlagen mit. Die Beratungsstelle leitet den Antrag weiter und sagt Ihnen, wie und wann Sie das Geld bekommen.',
  ],
  documents: [
    'Mutterpass oder ärztliche Bescheinigung über die Schwangerschaft',
    'Personalausweis oder Pass, ohne deutschen Pass Ihr Aufenthaltsdokument',
    'Nachweise über Einkommen und laufende Leistungen (zum Beispiel Bescheid über Grundsicherungsgeld, bisher Bürgergeld)',
    'Mietvertrag',
  ],
  legalBasis: 'Gesetz zur Errichtung einer Stiftung „Mutter und Kind – Schutz des ungeborenen Lebens“ (kein Rechtsanspruch)',
  synonyms:
    'Bundesstiftung Mutter und Kind, Stiftung Mutter und Kind, Schwangerschaft Notlage, Geld Schwangerschaft, Babyausstattung Stiftung, Schwangerschaftsberatung Antrag',
  rules: rules([
    {
      blockType: 'all',
      reason: 'Sie sind schwanger – der Antrag ist nur vor der Geburt möglich.',
      conditions: [{ blockType: 'adult', pregnant: true }],
    },
    { blockType: 'income', match: ['none', 'low'], borderline: ['middle'] },
  ]),
  testFamilies: [
    {
      name: 'Schwangere ohne Erwerbseinkommen',
      household: {
        version: 1,
        income: 'none',
        receives: ['buergergeld'],
        members: [{ role: 'adult', age: 20, pregnant: true, dueInWeeks: 16 }],
      },
      expected: 'yes',
    },
    {
      name: 'Schwangere mit mittlerem Einkommen',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 32, pregnant: true, dueInWeeks: 22 },
          { role: 'adult', age: 34, pregnant: false },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Mutter mit Baby (1 Monat), geringes Einkommen, nicht mehr schwanger',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 27, pregnant: false },
          { role: 'child', age: 1 / 12 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Schwangere mit hohem Einkommen',
      household: { version: 1, income: 'high', members: [{ role: 'adult', age: 36, pregnant: true, dueInWeeks: 30 }] },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
