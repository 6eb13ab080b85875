import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).

export default {
  title: 'Kinderbetreuungskosten in der Steuererklärung',
  slug: 'kinderbetreuungskosten-steuer',
  summary:
    'Was Sie für Kita, Kindertagespflege, Offene Ganztagsschule oder Babysitter bezahlen, senkt Ihre Steuer: 80 Prozent der Kosten, höchstens 4.800 Euro pro Kind und Jahr, ziehen Sie als Sonderausgaben ab – für Kinder unter 14 Jahren.',
  summaryLeichteSprache:
    'Sie bezahlen Geld für die Betreuung von Ihrem Kind. Zum Beispiel für die Kita. Dann zahlen Sie weniger Steuern. Schreiben Sie die Kosten in die Steuererklärung.',
  kind: 'geldleistung',
  body: [
    'Kinderbetreuung kostet Geld. Einen großen Teil davon können Sie in der Einkommensteuererklärung als Sonderausgaben abziehen: seit 2025 80 Prozent der Kosten, höchstens 4.800 Euro pro Kind und Jahr. Es kommt nicht darauf an, ob Sie arbeiten.',
    'Absetzbar sind zum Beispiel Beiträge für Kita und Kindertagespflege, die Offene Ganztagsschule und den Hort, eine Tagesmutter, ein Au-pair (anteilig) oder Babysitter – auch Großeltern, wenn es einen Vertrag gibt und Sie per Überweisung zahlen. Nicht absetzbar sind Essensgeld, Nachhilfe, Sport- und Musikunterricht.',
    'Das Kind muss jünger als 14 Jahre sein – oder wegen einer Behinderung, die vor dem 25. Geburtstag eingetreten ist, außerstande sein, sich selbst zu versorgen. Sie brauchen eine Rechnung und müssen auf das Konto des Anbieters überweisen; Barzahlungen werden nicht anerkannt.',
    'In Nordrhein-Westfalen sind die letzten beiden Kita-Jahre vor der Einschulung beitragsfrei. In Hamm richten sich die Elternbeiträge nach dem Einkommen; Familien mit Wohngeld, Kinderzuschlag oder Grundsicherungsgeld (bisher Bürgergeld) zahlen keine Beiträge.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['kleinkind', 'schulkind'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Finanzamt Hamm',
  eligibilitySummary:
    'Für Eltern mit steuerpflichtigem Einkommen, die für die Betreuung eines Kindes unter 14 Jahren bezahlen (oder eines Kindes mit Behinderung, die vor dem 25. Geburtstag eingetreten ist). Der Situations-Finder zeigt das Angebot für Kinder in Kita, Kindertagespflege, Grundschule oder Förderschule: bei mittlerem und höherem Einkommen als passend, bei geringem Einkommen als „vielleicht“, weil dann oft wenig Steuer anfällt. Vereinfacht: Ob Sie für Ganztag oder Hort wirklich Beiträge zahlen, fragt der Situations-Finder nicht ab; Kinder mit Behinderung über 14 werden nicht erkannt.',
  costs:
    '80 Prozent der Betreuungskosten, höchstens 4.800 Euro pro Kind und Jahr, mindern das zu versteuernde Einkommen (ab Steuerjahr 2025). Wie viel Steuern Sie sparen, hängt von Ihrem Steuersatz ab.',
  applyUrl: 'https://www.elster.de',
  steps: [
    'Sammeln Sie über das Jahr die Rechnungen oder Beitragsbescheide und die Kontoauszüge mit den Überweisungen.',
    'Tragen Sie die Kosten in der Einkommensteuererklärung in der Anlage Kind ein, am einfachsten über ELSTER.',
    'Ziehen Sie Beiträge für Essen und Freizeitkurse vorher ab.',
  ],
  documents: [
    'Rechnungen oder Beitragsbescheide (Kita, Tagespflege, OGS)',
    'Nachweise über die Zahlung per Überweisung',
    'Bei privater Betreuung: Betreuungsvertrag',
  ],
  legalBasis: '§ 10 Abs. 1 Nr. 5 Einkommensteuergesetz (EStG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/estg/__10.html',
  synonyms:
    'Kinderbetreuungskosten, Kita-Beiträge Steuer, Betreuungskosten absetzen, Sonderausgaben Kinder, Tagesmutter Steuer, OGS Beitrag Steuer, Babysitter absetzen',
  rules: rules([
    {
      blockType: 'child',
      maxAge: 14,
      activities: ['kita', 'kindertagespflege', 'grundschule', 'foerderschule'],
    },
    { blockType: 'income', match: ['middle', 'high', 'very-high'], borderline: ['low'] },
  ]),
  testFamilies: [
    {
      name: 'Paar mit mittlerem Einkommen, Kind (3) in der Kita',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 34 },
          { role: 'adult', age: 33 },
          { role: 'child', age: 3, activity: 'kita' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar mit geringem Einkommen, Kind (1) bei der Tagesmutter',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 27 },
          { role: 'adult', age: 29 },
          { role: 'child', age: 1, activity: 'kindertagespflege' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit hohem Einkommen, Kind (15)',
      household: {
        version: 1,
        income: 'high',
        members: [
          { role: 'adult', age: 47 },
          { role: 'child', age: 15, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit mittlerem Einkommen, Kind (2) zu Hause betreut',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 31 },
          { role: 'adult', age: 32 },
          { role: 'child', age: 2, activity: 'none' },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
