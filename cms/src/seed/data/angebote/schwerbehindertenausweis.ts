import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Passbild: § 5 Abs. 1 SchwbAwV (Bild im Ausweis, wenn das 10. Lebensjahr vollendet ist, also ab dem 10. Geburtstag) –
// https://www.gesetze-im-internet.de/schwbawv/__5.html
export default {
  title: 'Schwerbehindertenausweis und Nachteilsausgleiche',
  slug: 'schwerbehindertenausweis',
  summary:
    'Ab einem Grad der Behinderung von 50 bekommen Kinder und Erwachsene einen Schwerbehindertenausweis. Damit nutzen Sie Nachteilsausgleiche wie Steuerfreibeträge, Zusatzurlaub, besonderen Kündigungsschutz oder – mit Merkzeichen – günstigere Fahrten mit Bus und Bahn. In Hamm ist die Stadt zuständig.',
  summaryLeichteSprache:
    'Sie haben eine Behinderung. Oder Ihr Kind hat eine Behinderung. Dann können Sie einen Ausweis beantragen. Der Ausweis heißt Schwerbehinderten-Ausweis. Mit dem Ausweis bekommen Sie Hilfen. Zum Beispiel zahlen Sie weniger Steuern.',
  kind: 'service',
  body: [
    'Wer eine körperliche, seelische, geistige oder Sinnesbeeinträchtigung hat, die länger als sechs Monate anhält, kann den Grad der Behinderung (GdB) feststellen lassen. Der GdB reicht von 20 bis 100. Ab einem GdB von 50 gilt ein Mensch als schwerbehindert und bekommt einen Schwerbehindertenausweis – das gilt auch für Kinder.',
    'Zusätzlich können Merkzeichen festgestellt werden, zum Beispiel G (erheblich gehbehindert), aG (außergewöhnlich gehbehindert), H (hilflos), B (Begleitperson), Bl (blind) oder Gl (gehörlos). Sie öffnen weitere Nachteilsausgleiche, etwa die kostenlose Mitnahme einer Begleitperson oder Freifahrten im Nahverkehr mit Wertmarke.',
    'Nachteilsausgleiche sind zum Beispiel: ein Pauschbetrag in der Einkommensteuer (schon ab GdB 20), bei Schwerbehinderung fünf Tage Zusatzurlaub und besonderer Kündigungsschutz im Job, Vergünstigungen bei Eintrittspreisen sowie je nach Merkzeichen Parkerleichterungen und Vorteile bei der Kfz-Steuer. Eltern können den Pauschbetrag ihres Kindes übertragen bekommen. Bei einem GdB von 30 oder 40 kann die Agentur für Arbeit Sie schwerbehinderten Menschen gleichstellen, wenn es um Ihren Arbeitsplatz geht.',
    'In Nordrhein-Westfalen sind die Kreise und kreisfreien Städte zuständig. In Hamm nimmt die Abteilung Schwerbehindertenrecht im Bürgeramt Pelkum die Anträge entgegen und hilft beim Ausfüllen.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['behinderung-pflege'],
  kontakte: ['versorgungsamt-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Abteilung Schwerbehindertenrecht (Bürgeramt Pelkum)',
  eligibilitySummary:
    'Für Kinder und Erwachsene mit einer dauerhaften Behinderung, die in Deutschland wohnen, arbeiten oder sich hier gewöhnlich aufhalten; ohne EU-Staatsangehörigkeit mit rechtmäßigem Aufenthalt. Einen Antrag auf Feststellung des GdB kann jeder Mensch mit Behinderung stellen; den Ausweis gibt es ab GdB 50. Der Situations-Finder zeigt das Angebot, sobald für eine Person im Haushalt eine Behinderung angegeben ist.',
  costs:
    'Antrag und Ausweis sind kostenlos. Beispiele für Nachteilsausgleiche: Behinderten-Pauschbetrag in der Einkommensteuer von 384 Euro (GdB 20) bis 2.840 Euro (GdB 100) im Jahr, 7.400 Euro bei Merkzeichen H oder Bl; fünf Arbeitstage Zusatzurlaub ab GdB 50.',
  steps: [
    'Holen Sie sich das Antragsformular bei der Stadt Hamm oder stellen Sie den Antrag online über das Verfahren ELSA.NRW. Auch beim Online-Antrag ist Ihre Unterschrift nötig: Drucken Sie die Erklärung aus, unterschreiben Sie sie und schicken Sie sie innerhalb von zwei Wochen an die Abteilung Schwerbehindertenrecht.',
    'Beantworten Sie die Fragen genau und legen Sie aktuelle Befunde, Arztberichte oder Gutachten in Kopie bei (nicht älter als zwei Jahre). Für Menschen ab 10 Jahren brauchen Sie ein Passbild.',
    'Die Stadt fordert fehlende Unterlagen bei Ihren Ärztinnen und Ärzten an, wenn Sie zustimmen. Danach bekommen Sie einen Bescheid über GdB und Merkzeichen.',
    'Beantragen Sie eine Verlängerung spätestens drei Monate, bevor der Ausweis abläuft.',
  ],
  documents: [
    'Ausgefülltes und unterschriebenes Antragsformular',
    'Aktuelle ärztliche Unterlagen in Kopie (Befundberichte, Krankenhausberichte, Pflegegutachten)',
    'Passbild (für Menschen ab 10 Jahren)',
    'Ohne deutschen Pass: Nachweis über den rechtmäßigen Aufenthalt',
  ],
  legalBasis: '§§ 2, 152 und 229 Neuntes Buch Sozialgesetzbuch (SGB IX); § 33b Einkommensteuergesetz (Pauschbetrag)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_9_2018/__152.html',
  synonyms:
    'Schwerbehindertenausweis, Behindertenausweis, Grad der Behinderung, GdB, Merkzeichen, Versorgungsamt, Schwerbehindertenrecht, Nachteilsausgleich, Behinderten-Pauschbetrag, Wertmarke, ELSA',
  rules: rules([{ blockType: 'member', disability: true }]),
  testFamilies: [
    {
      name: 'Kind (8) mit Behinderung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 38, disability: false },
          { role: 'child', age: 8, disability: true },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Vater mit Behinderung, GdB 60',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 46, disability: true, gdb: 60 },
          { role: 'adult', age: 44, disability: false },
          { role: 'child', age: 12, disability: false },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie ohne Behinderung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 35, disability: false },
          { role: 'child', age: 6, disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie, Angaben zu Behinderung fehlen',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 40 },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
