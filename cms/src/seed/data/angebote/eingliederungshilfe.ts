import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Eingliederungshilfe für Kinder, Jugendliche und Erwachsene mit Behinderung',
  slug: 'eingliederungshilfe',
  summary:
    'Eingliederungshilfe unterstützt Menschen mit (drohender) Behinderung dabei, gleichberechtigt teilzuhaben: mit Assistenz in Kita und Schule, heilpädagogischen Hilfen, Hilfen im Alltag, bei Ausbildung und Arbeit. Für Kinder mit seelischer Behinderung ist das Jugendamt zuständig.',
  summaryLeichteSprache:
    'Ihr Kind hat eine Behinderung. Oder Sie haben eine Behinderung. Dann gibt es Hilfe. Zum Beispiel eine Begleitung in der Kita oder in der Schule. Die Hilfe heißt Eingliederungs-Hilfe. Sie stellen einen Antrag.',
  kind: 'service',
  body: [
    'Die Eingliederungshilfe soll Menschen mit Behinderung ein möglichst selbstbestimmtes Leben ermöglichen. Sie richtet sich danach, was der einzelne Mensch braucht, und wird in einem Gesamtplan- oder Teilhabeplanverfahren gemeinsam mit Ihnen geplant.',
    'Zu den Leistungen gehören zum Beispiel: heilpädagogische Leistungen für Kinder, die noch nicht zur Schule gehen, Assistenz in der Kita, Schulbegleitung (Inklusionsassistenz), Hilfen zur Teilhabe an Ausbildung und Arbeit, Assistenz im Alltag und in der Freizeit sowie Hilfen beim Wohnen.',
    'Wer zuständig ist, hängt von der Art der Behinderung und vom Alter ab: Für Kinder und Jugendliche mit einer (drohenden) seelischen Behinderung, zum Beispiel bei manchen Formen von Autismus oder bei schweren Lernstörungen mit seelischen Folgen, ist das Jugendamt der Stadt Hamm zuständig. Bei körperlicher oder geistiger Behinderung sind je nach Lebensphase die Stadt Hamm oder der Landschaftsverband Westfalen-Lippe (LWL) zuständig. Sie können den Antrag bei jeder dieser Stellen stellen – sie leitet ihn weiter.',
    'Kostenlose und unabhängige Beratung bietet die Ergänzende unabhängige Teilhabeberatung (EUTB). Für Leistungen zur Bildung, etwa die Schulbegleitung, wird das Einkommen der Eltern nicht herangezogen; bei manchen anderen Leistungen kann ein Eigenbeitrag anfallen.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['behinderung-pflege', 'kleinkind', 'schulkind', 'jugendliche-beruf'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm (Jugendamt und Sozialamt) oder Landschaftsverband Westfalen-Lippe (LWL), je nach Alter und Leistung',
  eligibilitySummary:
    'Für Kinder, Jugendliche und Erwachsene mit einer wesentlichen körperlichen, geistigen, seelischen oder Sinnesbehinderung oder einer drohenden Behinderung, die dadurch in der Teilhabe erheblich eingeschränkt sind. Für Kinder und Jugendliche mit seelischer Behinderung gilt die Eingliederungshilfe des Jugendamts. Der Situations-Finder zeigt das Angebot, sobald für eine Person im Haushalt eine Behinderung oder Entwicklungsverzögerung angegeben ist; ob die Einschränkung „wesentlich“ ist, prüft die zuständige Stelle.',
  costs:
    'Die Leistungen werden als Sach- oder Dienstleistung oder als Persönliches Budget erbracht. Je nach Leistung und Einkommen kann ein Eigenbeitrag anfallen; für Bildungsleistungen wie die Schulbegleitung nicht.',
  steps: [
    'Lassen Sie sich beraten – zum Beispiel im Familienrathaus, bei der EUTB oder bei der Kinderärztin oder dem Kinderarzt.',
    'Stellen Sie einen formlosen Antrag bei der Stadt Hamm (bei seelischer Behinderung eines Kindes beim Jugendamt) oder beim LWL. Die Stelle klärt, wer zuständig ist, und leitet den Antrag weiter.',
    'Bereiten Sie das Gespräch zur Bedarfsermittlung vor: Was gelingt Ihrem Kind oder Ihnen im Alltag, wo braucht es Unterstützung?',
    'Nach dem Gesamtplan- oder Teilhabeplanverfahren bekommen Sie einen Bescheid. Die Leistungen werden regelmäßig überprüft.',
  ],
  documents: [
    'Ärztliche, psychologische oder therapeutische Berichte',
    'Berichte aus Kita, Schule oder Frühförderung',
    'Bescheid über den Grad der Behinderung oder den Pflegegrad, wenn vorhanden',
    'Bei seelischer Behinderung von Kindern: Stellungnahme einer Kinder- und Jugendpsychiaterin, eines Kinder- und Jugendpsychiaters oder einer Psychotherapeutin bzw. eines Psychotherapeuten',
  ],
  legalBasis: '§§ 90 und 99 Neuntes Buch Sozialgesetzbuch (SGB IX, Teil 2); § 35a Achtes Buch Sozialgesetzbuch (SGB VIII)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_9_2018/__99.html',
  synonyms:
    'Eingliederungshilfe, Teilhabe, Schulbegleitung, Inklusionsassistenz, Integrationshelfer, heilpädagogische Leistungen, § 35a, seelische Behinderung, Persönliches Budget, LWL, EUTB, Bundesteilhabegesetz',
  rules: rules([{ blockType: 'member', disability: true }]),
  testFamilies: [
    {
      name: 'Kind (5) mit Entwicklungsverzögerung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 34, disability: false },
          { role: 'child', age: 5, activity: 'kita', disability: true },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Jugendlicher (15) mit seelischer Behinderung',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 45, disability: false },
          { role: 'child', age: 15, activity: 'weiterfuehrende-schule', disability: true, gdb: 50 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie ohne Behinderung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 30, disability: false },
          { role: 'adult', age: 31, disability: false },
          { role: 'child', age: 1, disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie, Angaben zu Behinderung fehlen',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 29 },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
