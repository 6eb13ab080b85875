import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Hilfetelefon „Gewalt gegen Frauen“ 116 016 – rund um die Uhr, kostenfrei, anonym, mehrsprachig, barrierefrei,
// auch Chat und E-Mail, auch für Angehörige und Freunde: https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html;
// Kurznummer 116 016 seit 1.6.2023, Beratung in 18 Fremdsprachen:
// https://www.der-paritaetische.de/alle-meldungen/bundesweites-hilfetelefon-gewalt-gegen-frauen-wird-zehn-und-bekommt-vereinfachte-rufnummer/;
// Hilfetelefon „Gewalt an Männern“ 0800 123 99 00, kostenlos, Online-Beratung auf maennerhilfetelefon.de, von NRW mitgegründet:
// https://maennergewaltschutz.de/neuigkeiten/hilfetelefon-gewalt-an-maennern und
// https://www.baden-wuerttemberg.de/de/service/presse/pressemitteilung/pid/maennerhilfetelefon-wird-fuer-immer-mehr-maenner-anlaufstelle;
// Nummer gegen Kummer 116 111 (Kinder und Jugendliche, anonym und kostenlos): https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556;
// Vermittlung an Frauenhäuser und Beratungsstellen vor Ort durch das Hilfetelefon: siehe der-paritaetische.de (oben);
// Elterntelefon 0800 111 0 550: https://www.klecks-os.de/service/news-detail.html (Meldung „Nummer gegen Kummer ab sofort länger erreichbar“,
// Quelle BMFSFJ); Frauenhaus Hamm der Diakonie Ruhr-Hellweg (rund um die Uhr telefonisch erreichbar, Frauen ab 18 mit oder ohne
// Kinder, 12 Plätze für Frauen und 13 für Kinder, Beratung auch auf Englisch, Arabisch und Russisch, Dolmetscherinnen für andere
// Sprachen, Frauen kommen meist aus anderen Kommunen): https://www.lippewelle.de/artikel/frauenhaus-in-hamm-unter-druck-2165929.html;
// Telefon des Frauenhauses „53061“ (Hammer Vorwahl 02381) und Hinweis auf frauen-info-netz.de:
// https://www.gruene-fraktion-hamm.de/weitere-unterstuetzung-fuer-das-frauenhaus-in-hamm/ (einzige Quelle, Stand 2022 – bitte
// vor Veröffentlichung beim Frauenhaus bestätigen); neue Frauenberatungsstelle der Diakonie Ruhr-Hellweg in Hamm, Eröffnung für
// 2026 geplant: http://www.presse-service.de/data.aspx/static/1203236.html (Stadt Hamm, 20.11.2025);
// Gewaltschutzgesetz §§ 1, 2 (Schutzanordnungen, Wohnungsüberlassung; gilt nicht für Gewalt von Eltern gegen ihre Kinder):
// https://www.gesetze-im-internet.de/gewschg/__1.html, § 3 Abs. 1 GewSchG, https://www.justiz.nrw.de/BS/lebenslagen/familie/gewaltschutz;
// § 34a PolG NRW (Wohnungsverweisung und Rückkehrverbot für zehn Tage, Hinweis auf Beratungsstellen):
// https://rodorf.de/Web22/08%20normen/polg/34a%20polg.htm; §§ 8a, 42 SGB VIII (Schutzauftrag und Inobhutnahme durch das Jugendamt);
// §§ 76 ff. FamFG (Verfahrenskostenhilfe). Die Anschrift des Frauenhauses ist zum Schutz der Frauen geheim und steht hier nicht.
export default {
  title: 'Hilfe bei häuslicher Gewalt',
  slug: 'hilfe-bei-gewalt',
  summary:
    'Gewalt in der Familie ist nie in Ordnung. Hilfe gibt es sofort: Polizei 110, Hilfetelefon „Gewalt gegen Frauen“ 116 016 (rund um die Uhr, kostenlos, in vielen Sprachen), Hilfetelefon für Männer, Nummer gegen Kummer 116 111 für Kinder und das Frauenhaus Hamm.',
  summaryLeichteSprache:
    'Jemand tut Ihnen weh? Oder jemand macht Ihnen Angst? Dann rufen Sie Hilfe. In Gefahr rufen Sie die Polizei: 110. Frauen können immer das Hilfe-Telefon anrufen: 116 016. Das kostet nichts. Sie müssen Ihren Namen nicht sagen. Kinder rufen an: 116 111.',
  kind: 'beratung',
  body: [
    'Häusliche Gewalt hat viele Formen: Schläge, Drohungen, Demütigungen, Kontrolle, sexuelle Gewalt oder Stalking. Sie trifft Frauen, Männer und Kinder – auch Kinder, die Gewalt zwischen den Eltern miterleben. Sie sind nicht schuld, und Sie müssen das nicht allein aushalten. Sind Sie oder Ihre Kinder in Gefahr, rufen Sie sofort die Polizei unter 110.',
    'Das Hilfetelefon „Gewalt gegen Frauen“ ist unter 116 016 rund um die Uhr erreichbar – kostenlos, anonym, in vielen Sprachen und barrierefrei, auch per Chat und E-Mail auf hilfetelefon.de. Auch Angehörige, Freundinnen und Nachbarn können dort anrufen. Männer erreichen das Hilfetelefon „Gewalt an Männern“ kostenlos unter 0800 123 99 00 oder online auf maennerhilfetelefon.de. Kinder und Jugendliche können mit der Nummer gegen Kummer unter 116 111 sprechen, Eltern mit dem Elterntelefon unter 0800 111 0 550.',
    'In Hamm bietet das Frauenhaus der Diakonie Ruhr-Hellweg Frauen ab 18 Jahren mit oder ohne Kinder einen geschützten Ort. Es ist rund um die Uhr telefonisch erreichbar: 02381 53061. Die Beraterinnen sprechen auch Englisch, Arabisch und Russisch, für andere Sprachen kommen Dolmetscherinnen dazu. Die Adresse ist zum Schutz der Frauen geheim. Das Hilfetelefon vermittelt Sie auch an ein Frauenhaus oder eine Beratungsstelle in Ihrer Nähe; weitere Hilfen in NRW finden Sie auf frauen-info-netz.de.',
    'Die Polizei kann die gewalttätige Person für zehn Tage aus der Wohnung verweisen und ihr die Rückkehr verbieten. In dieser Zeit können Sie beim Familiengericht (Amtsgericht) nach dem Gewaltschutzgesetz eine Schutzanordnung beantragen: zum Beispiel ein Kontakt- und Näherungsverbot oder dass Ihnen die Wohnung allein überlassen wird. Das Gericht entscheidet in eiligen Fällen schnell. Den Antrag können Sie auch ohne Anwalt stellen.',
    'Werden Kinder geschlagen oder vernachlässigt, hilft das Jugendamt. Es kann ein Kind in einer Notlage auch sofort in Obhut nehmen. Geht die Gewalt von Eltern gegen ihre Kinder aus, gilt nicht das Gewaltschutzgesetz, sondern das Familienrecht zum Schutz des Kindes. Die Diakonie Ruhr-Hellweg baut in Hamm außerdem eine neue Frauenberatungsstelle mit Fachberatung gegen sexualisierte Gewalt auf; sie sollte 2026 öffnen – das Frauenhaus und das Hilfetelefon sagen Ihnen, ob sie schon erreichbar ist.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['alleinerziehend', 'kleinkind', 'schulkind', 'jugendliche-beruf'],
  eligibilitySummary:
    'Für alle, die Gewalt erleben, bedroht werden oder sich um jemanden sorgen – Frauen, Männer, Kinder, Jugendliche und Menschen aus ihrem Umfeld, in Hamm und überall in Deutschland. Das Frauenhaus Hamm nimmt Frauen ab 18 Jahren mit ihren Kindern auf, auch aus anderen Städten. Weil der Situations-Finder nicht nach Gewalt fragt, zeigt er dieses Angebot jeder Familie als „vielleicht“ – unabhängig von allen Angaben.',
  kontakte: ['jugendamt-hamm'],
  erklaervideos: [],
  provider:
    'Hilfetelefon „Gewalt gegen Frauen“ (Bund), Hilfetelefon „Gewalt an Männern“, Nummer gegen Kummer e. V., Frauenhaus Hamm (Diakonie Ruhr-Hellweg), Polizei, Familiengericht, Jugendamt der Stadt Hamm',
  costs:
    'Die Hilfetelefone, die Nummer gegen Kummer und die Beratung sind kostenlos. Für das Verfahren beim Familiengericht können Sie Verfahrenskostenhilfe beantragen, wenn Ihr Geld nicht reicht.',
  steps: [
    'In akuter Gefahr: Rufen Sie die Polizei unter 110. Bringen Sie sich und Ihre Kinder in Sicherheit.',
    'Holen Sie sich Rat: Hilfetelefon „Gewalt gegen Frauen“ 116 016, Hilfetelefon „Gewalt an Männern“ 0800 123 99 00, für Kinder und Jugendliche die Nummer gegen Kummer 116 111. Sie müssen Ihren Namen nicht nennen.',
    'Brauchen Sie einen sicheren Ort, rufen Sie das Frauenhaus Hamm an (02381 53061, rund um die Uhr) oder lassen Sie sich vom Hilfetelefon einen Platz vermitteln.',
    'Beantragen Sie beim Familiengericht eine Schutzanordnung nach dem Gewaltschutzgesetz – möglichst bald, zum Beispiel während der zehn Tage, in denen die Polizei die gewalttätige Person aus der Wohnung verwiesen hat.',
    'Sind Kinder betroffen, wenden Sie sich an das Jugendamt der Stadt Hamm.',
  ],
  documents: [
    'Für die Hilfetelefone und das Frauenhaus brauchen Sie keine Unterlagen.',
    'Für das Gericht, wenn möglich: Ausweis, ärztliche Atteste, Fotos von Verletzungen, Nachrichten oder Briefe mit Drohungen, Notizen mit Datum',
  ],
  prominentQuickExit: true,
  legalBasis: 'Gewaltschutzgesetz (GewSchG), §§ 1 und 2; § 34a Polizeigesetz NRW (Wohnungsverweisung); §§ 8a, 42 SGB VIII (Kinderschutz)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/gewschg/__1.html',
  synonyms:
    'häusliche Gewalt, Gewalt in der Familie, Gewalt in der Partnerschaft, Frauenhaus, Frauenhaus Hamm, Hilfetelefon, 116 016, Männerhilfetelefon, Nummer gegen Kummer, 116 111, Elterntelefon, Gewaltschutzgesetz, Schutzanordnung, Kontaktverbot, Näherungsverbot, Wohnungsverweisung, Stalking, Bedrohung, Schläge, Zwangsheirat, Kinderschutz, Notruf 110',
  rules: rules([
    // Open to everybody, wherever they live (the hotlines are nationwide, the Frauenhaus takes women from other towns), and never
    // hidden: the finder does not ask about violence, so every household gets the same "maybe" – which also tells nobody
    // looking over the shoulder anything about this family.
    { blockType: 'proviso', text: 'Sie oder jemand in Ihrer Familie Gewalt erleben, bedroht werden oder Angst davor haben' },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende Mutter in Hamm mit Kindern (3 und 7)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 31 },
          { role: 'child', age: 3 },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Frau mit Kind von außerhalb, die Schutz in Hamm sucht',
      household: {
        version: 1,
        livesInHamm: false,
        members: [
          { role: 'adult', age: 27 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Mann allein, keine weiteren Angaben',
      household: { version: 1, members: [{ role: 'adult', age: 52 }] },
      expected: 'maybe',
    },
    {
      name: 'Jugendliche (16) allein im Situations-Finder',
      household: { version: 1, members: [{ role: 'child', age: 16 }] },
      expected: 'maybe',
    },
    {
      name: 'Paar mit hohem Einkommen in Hamm – das Angebot bleibt sichtbar',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'very-high',
        members: [
          { role: 'adult', age: 44 },
          { role: 'adult', age: 46 },
          { role: 'child', age: 12 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
