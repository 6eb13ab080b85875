import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 33 SGB VIII (Vollzeitpflege), § 37a SGB VIII (Beratung und Unterstützung der Pflegeperson), § 39 SGB VIII
// (Leistungen zum Unterhalt: laufendes Pflegegeld für Sachaufwand und Erziehung, einmalige Beihilfen, hälftige Erstattung von
// Unfallversicherung und Alterssicherung); lippewelle.de 29.04.2022 „In Hamm werden Pflegefamilien dringend gesucht“
// (Vermittlungsstellen: Adoptions- und Pflegekinderdienst der Stadt Hamm Tel. 02381 17-6325, Katholischer Sozialdienst,
// Friedrich-Wilhelm-Stift, LWL-Heilpädagogisches Kinderheim; Voraussetzungen; Vorbereitungsseminar, enge Begleitung);
// lippewelle.de (Bereitschaftspflege für Kinder in Obhut).
export default {
  title: 'Leistungen für Pflegefamilien',
  slug: 'pflegekinder-leistungen',
  summary:
    'Sie haben ein Pflegekind aufgenommen oder möchten Pflegefamilie werden? Das Jugendamt zahlt Pflegegeld für den Unterhalt und die Erziehung des Kindes, übernimmt einmalige Kosten und begleitet Sie mit Beratung und Fortbildung.',
  summaryLeichteSprache:
    'Manche Kinder können nicht bei ihren Eltern leben. Sie leben dann in einer Pflege-Familie. Die Pflege-Familie bekommt Geld vom Jugendamt. Und sie bekommt Hilfe und Beratung. In Hamm werden Pflege-Familien gesucht.',
  kind: 'geldleistung',
  body: [
    'Wenn Kinder nicht bei ihren Eltern aufwachsen können, finden sie in einer Pflegefamilie ein Zuhause – für eine kurze Zeit (Bereitschaftspflege) oder auf Dauer (Vollzeitpflege). In Hamm werden dafür immer wieder neue Pflegefamilien gesucht.',
    'Pflegefamilien bekommen vom Jugendamt ein monatliches Pflegegeld. Es deckt den Lebensunterhalt des Kindes und enthält einen Betrag für die Erziehung. Dazu kommen einmalige Beihilfen, zum Beispiel für die Erstausstattung, und die Erstattung der Hälfte der Beiträge zu einer Unfallversicherung und zur Alterssicherung. Für ein Pflegekind können Sie außerdem Kindergeld bekommen.',
    'Sie stehen mit Ihrer Aufgabe nicht allein da: Vor der Aufnahme bereitet ein Seminar Sie vor, danach begleiten Fachkräfte Sie eng und sind bei Fragen und Krisen erreichbar. Es gibt Fortbildungen und Treffen mit anderen Pflegeeltern.',
    'Wer Pflegefamilie werden möchte, sollte gesund sein, auch ohne das Pflegegeld genug Einkommen haben, Platz für ein eigenes Kinderzimmer bieten und ein einwandfreies Führungszeugnis haben. Willkommen sind Paare, Alleinstehende und Familien mit oder ohne eigene Kinder. Auch Großeltern oder Verwandte, die ein Kind aufnehmen, können Leistungen bekommen.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['wenig-geld'],
  eligibilitySummary:
    'Pflegeeltern in Hamm, die ein Kind im Rahmen der Hilfe zur Erziehung (Vollzeit- oder Bereitschaftspflege) aufgenommen haben – auch Verwandte. Interessierte, die Pflegefamilie werden möchten, werden beraten und vorbereitet.',
  kontakte: ['jugendamt-hamm'],
  erklaervideos: [],
  provider:
    'Jugendamt der Stadt Hamm (Adoptions- und Pflegekinderdienst) und freie Träger wie Katholischer Sozialdienst und Friedrich-Wilhelm-Stift',
  costs:
    'Für Sie entstehen keine Kosten. Das Pflegegeld richtet sich nach dem Alter des Kindes und den Empfehlungen in Nordrhein-Westfalen; die genaue Höhe nennt Ihnen das zuständige Jugendamt.',
  steps: [
    'Sie interessieren sich für ein Pflegekind? Melden Sie sich beim Adoptions- und Pflegekinderdienst der Stadt Hamm (Telefon 02381 17-6325) oder bei einem freien Träger und besuchen Sie einen Infoabend.',
    'Nach Gesprächen, einem Hausbesuch und einem Vorbereitungsseminar wird geprüft, welches Kind zu Ihrer Familie passt.',
    'Nimmt Ihre Familie ein Kind auf, beantragt das Jugendamt die Hilfe und zahlt das Pflegegeld. Beantragen Sie zusätzlich das Kindergeld bei der Familienkasse.',
    'Für einmalige Beihilfen, zum Beispiel für die Erstausstattung, wichtige persönliche Anlässe oder eine Ferienreise, stellen Sie einen Antrag beim Jugendamt.',
  ],
  documents: [
    'Für die Bewerbung: erweitertes Führungszeugnis, ärztliche Bescheinigung, Nachweise über Einkommen und Wohnung',
    'Für Beihilfen: Rechnungen oder Kostenvoranschläge',
  ],
  legalBasis: '§§ 33, 37a und 39 SGB VIII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__39.html',
  synonyms:
    'Pflegekind, Pflegekinder, Pflegefamilie, Pflegeeltern, Pflegegeld, Vollzeitpflege, Bereitschaftspflege, Verwandtenpflege, Pflegekinderdienst, Pflegemutter, Pflegevater, einmalige Beihilfe, Erziehungsbeitrag',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', relations: ['foster'], reason: 'In Ihrer Familie lebt ein Pflegekind.' },
        { blockType: 'adult', relations: ['foster-parent'], reason: 'Sie sind Pflegemutter oder Pflegevater.' },
        {
          blockType: 'child',
          relations: ['grandchild'],
          reason: 'Ihr Enkelkind lebt bei Ihnen – auch Großeltern können Pflegefamilie mit Pflegegeld sein (§ 27 Abs. 2a SGB VIII).',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Pflegefamilie in Hamm mit Pflegekind (5)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 45, relation: 'foster-parent' },
          { role: 'adult', age: 47, relation: 'foster-parent' },
          { role: 'child', age: 5, relation: 'foster' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit eigenem Kind (5)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 35 },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Pflegekind (10), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 52 },
          { role: 'child', age: 10, relation: 'foster' },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
