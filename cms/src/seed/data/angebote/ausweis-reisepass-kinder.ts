import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 1 Abs. 1 PAuswG (Ausweispflicht ab 16, auch durch Reisepass erfüllt); § 6 Abs. 3 PAuswG (unter 24: sechs Jahre gültig),
// https://ra.de/g/pauswg-6; § 9 Abs. 2 PAuswG (unter 16 stellt der Sorgeberechtigte den Antrag; ab 16 handelt der Jugendliche selbst),
// § 9 Abs. 3 Satz 4 PAuswG (keine Fingerabdrücke unter sechs Jahren), https://www.gesetze-im-internet.de/pauswg/__9.html;
// § 6 Abs. 1 PassG (für Minderjährige stellt der Sorgeberechtigte den Antrag; persönliches Erscheinen), https://www.buzer.de/s1.htm?a=6&g=PassG;
// § 5 PassG (Gültigkeit sechs Jahre unter 24); § 15 Abs. 1 PassV (Reisepass unter 24: 37,50 Euro; 48 Seiten +22 Euro;
// Express +32 Euro; vorläufiger Reisepass 26 Euro), https://www.gesetze-im-internet.de/passv_2007/__15.html;
// Gebühr Personalausweis unter 24 seit 7.2.2026 27,60 Euro (vorher 22,80 Euro; Verordnung vom 30.1.2026, BGBl. 2026 I Nr. 31):
// https://www.loitz.de/buergerservice/bekanntmachungen/2026/februar/anpassungen-bei-den-gebuehren-fuer-den-personalausweis,
// https://www.nuthe-urstromtal.de/aktuelles/2026/februar/aenderung-der-gebuehren-fuer-personalausweise,
// https://www.stadt-hohenmoelsen.de/de/aktuelles/3,1,1013/neue-gebuehren-fuer-die-ausstellung-von-personalausweisen-ab-07022026.html
// (übrige Gebühren unverändert); Kinderreisepass seit 1.1.2024 abgeschafft, alte gelten bis Ablauf:
// https://ol.wittich.de/titel/3019/ausgabe/1/2024/artikel/00000000000040489908-OL-3019-2024-2-1-0,
// https://uplengen.de/index.php?object=tx,3439.5.1&ModID=7&FID=3439.474.1; Kinder nicht mehr im Pass der Eltern:
// https://www.hoerstel.de/buergerservice/dienstleistungen/reisepass-900000138-0.html?myMedium=1; nur noch digitale Passfotos seit
// 1.5.2025, Aufnahme in der Behörde 6 Euro: https://ol.wittich.de/titel/3434/ausgabe/1/2025/artikel/00000000000048441774-OL-3434-2025-27-1-0,
// https://www.zdfheute.de/ratgeber/personalausweis-reisepass-bild-passbild-passfoto-digital-100.html;
// Stadt Hamm: https://serviceportal.hamm.de/suche/-/egov-bis-detail/dienstleistung/1964/show (Kind muss beim Antrag anwesend sein;
// unter 16 Einverständniserklärung der Eltern, Vordruck der Stadt; Abholung mit Vollmacht; alter Ausweis wird eingezogen),
// https://serviceportal.hamm.de/suche/-/egov-bis-detail/dienstleistung/2022/show (Reisepass in den Bürgerämtern);
// sieben Bürgerämter: http://presse-service.de/data.aspx/static/1021424.html; Servicetelefon 02381 17-7777: https://hamm.de/kontakt;
// § 4 Abs. 1 und 3 StAG (deutsch durch einen deutschen Elternteil oder durch Geburt in Deutschland, wenn ein Elternteil seit fünf
// Jahren rechtmäßig hier lebt und ein unbefristetes Aufenthaltsrecht hat): https://mkjfgfi.nrw/erwerb-der-deutschen-staatsangehoerigkeit-durch-geburt-deutschland;
// § 58 SGB VIII (Bescheinigung des Jugendamts, dass keine Sorgeerklärungen abgegeben wurden).
// Nicht belegbar und deshalb nicht genannt: Anschriften und Öffnungszeiten der einzelnen Bürgerämter, die aktuelle Bearbeitungsdauer in Hamm.

export default {
  title: 'Personalausweis und Reisepass für Kinder',
  slug: 'ausweis-reisepass-kinder',
  summary:
    'Den Kinderreisepass gibt es seit 2024 nicht mehr. Für Ihr Kind beantragen Sie im Bürgeramt einen Personalausweis (Europa) oder einen Reisepass (weltweit). Unter 24 Jahren gelten beide sechs Jahre und kosten 27,60 Euro (Ausweis) oder 37,50 Euro (Pass).',
  summaryLeichteSprache:
    'Ihr Kind braucht für Reisen ins Ausland einen eigenen Ausweis. Das kann ein Personal-Ausweis oder ein Reise-Pass sein. Die Eltern beantragen ihn im Bürger-Amt. Das Kind muss mitkommen. Der Ausweis kostet Geld.',
  kind: 'service',
  body: [
    'Auch Babys und Kinder brauchen für Reisen ins Ausland ein eigenes Ausweisdokument; in den Pass der Eltern werden Kinder nicht mehr eingetragen. Den Kinderreisepass gibt es seit dem 1. Januar 2024 nicht mehr. Ein Kinderreisepass, den Ihr Kind schon hat, gilt aber bis zu dem Datum, das darin steht.',
    'Sie haben zwei Möglichkeiten: Mit dem Personalausweis kann Ihr Kind in die Länder der Europäischen Union und in einige weitere Länder reisen. Für viele andere Reiseziele braucht es einen Reisepass. Welches Dokument Ihr Reiseziel verlangt, lesen Sie in den Reise- und Sicherheitshinweisen des Auswärtigen Amts. Beide Dokumente gelten für Menschen unter 24 Jahren sechs Jahre lang und können nicht verlängert werden.',
    'Für Kinder unter 16 Jahren stellen die Eltern mit Sorgerecht den Antrag, beim Reisepass bis zum 18. Geburtstag. Haben beide Eltern das Sorgerecht und kommt nur einer mit, braucht es die schriftliche Zustimmung des anderen. Ihr Kind muss beim Antrag dabei sein; ab sechs Jahren werden zwei Fingerabdrücke genommen. Ab 16 Jahren muss jede und jeder Deutsche einen Personalausweis oder Reisepass haben – den Personalausweis beantragen Jugendliche dann selbst.',
    'Seit Mai 2025 nehmen die Behörden nur noch digitale Passfotos an. Das Foto kann im Bürgeramt aufgenommen werden oder bei einem Fotostudio, das es auf sicherem Weg an die Behörde schickt. Die Herstellung dauert meist einige Wochen – beantragen Sie das Dokument deshalb rechtzeitig vor den Ferien. Eilt es, gibt es den Reisepass im Expressverfahren oder einen vorläufigen Reisepass.',
    'In Hamm beantragen Sie Personalausweis und Reisepass in einem der sieben Bürgerämter der Stadt. Ihr Kind muss die deutsche Staatsangehörigkeit haben. Hat es eine andere Staatsangehörigkeit, bekommt es seinen Pass von der Botschaft oder dem Konsulat dieses Landes.',
  ],
  handlungsfelder: ['wohnen-wohnumfeld-und-mobilitaet', 'familienfreundliches-sport-freizeit-und-kulturangebot'],
  lebenslagen: ['kleinkind', 'schulkind', 'jugendliche-beruf'],
  eligibilitySummary:
    'Für Kinder und Jugendliche unter 18 Jahren mit deutscher Staatsangehörigkeit, die in Hamm gemeldet sind – vom Baby an. Der Situations-Finder fragt nicht nach der Staatsangehörigkeit der Kinder: Lebt ein deutscher Elternteil im Haushalt, zeigt er das Angebot als passend, sonst nur als „kann passen“. Denn Ihr Kind kann auch deutsch sein, wenn ein Elternteil außerhalb des Haushalts deutsch ist oder wenn es in Deutschland geboren ist und ein Elternteil damals seit fünf Jahren rechtmäßig hier lebte und ein unbefristetes Aufenthaltsrecht hatte.',
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Bürgerämter (Pass- und Personalausweisbehörde)',
  costs:
    'Personalausweis für Antragstellende unter 24 Jahren: 27,60 Euro (seit 7. Februar 2026; vorher 22,80 Euro). Reisepass unter 24 Jahren: 37,50 Euro, im Expressverfahren 32 Euro mehr, mit 48 statt 32 Seiten 22 Euro mehr. Vorläufiger Reisepass: 26 Euro. Digitales Passfoto im Bürgeramt: 6 Euro.',
  steps: [
    'Prüfen Sie beim Auswärtigen Amt, ob für Ihr Reiseziel der Personalausweis reicht oder ob Ihr Kind einen Reisepass braucht.',
    'Vereinbaren Sie einen Termin in einem Bürgeramt der Stadt Hamm, zum Beispiel über das Servicetelefon der Stadt: 02381 17-7777. Planen Sie einige Wochen für die Herstellung ein.',
    'Haben beide Eltern das Sorgerecht und kommt nur einer zum Termin, füllt der andere die Einverständniserklärung aus (Vordruck der Stadt Hamm) und gibt eine Kopie seines Ausweises mit.',
    'Kommen Sie mit Ihrem Kind zum Termin. Das digitale Foto kann dort aufgenommen werden. Ab sechs Jahren gibt Ihr Kind zwei Fingerabdrücke ab.',
    'Holen Sie das fertige Dokument im Bürgeramt ab und bringen Sie das alte Dokument Ihres Kindes mit. Abholen kann auch eine andere Person mit Ihrer Vollmacht.',
  ],
  documents: [
    'Beim ersten Dokument: Geburtsurkunde Ihres Kindes; sonst das bisherige Dokument, zum Beispiel den Kinderreisepass',
    'Ihre eigenen Ausweise',
    'Einverständniserklärung des anderen sorgeberechtigten Elternteils, wenn er nicht mitkommt, mit Kopie seines Ausweises',
    'Bei alleinigem Sorgerecht ein Nachweis, zum Beispiel ein Gerichtsbeschluss oder – wenn Sie nicht verheiratet sind – die Bescheinigung des Jugendamts, dass keine Sorgeerklärungen abgegeben wurden',
    'Ein digitales biometrisches Passfoto (Aufnahme im Bürgeramt oder über ein zertifiziertes Fotostudio)',
  ],
  legalBasis:
    'Personalausweisgesetz (PAuswG), insbesondere §§ 1, 6 und 9; Passgesetz (PassG), insbesondere §§ 5 und 6; § 15 Passverordnung (Gebühren Reisepass); Personalausweisgebührenverordnung',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/pauswg/__9.html',
  synonyms:
    'Kinderreisepass, Kinderausweis, Kinderpass, Reisepass Kind, Personalausweis Kind, Perso Kind, Ausweis Baby, Pass Baby, Urlaub mit Kind, Auslandsreise Kind, Bürgeramt, Passfoto, Einverständniserklärung, Expresspass, vorläufiger Reisepass',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'child',
      maxAge: 18,
      reason: 'Sie haben ein minderjähriges Kind – einen Ausweis oder Pass für Ihr Kind beantragen Sie als Eltern im Bürgeramt.',
    },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          residence: ['german'],
          relations: ['parent'],
          reason: 'Sie als Elternteil sind deutsch – dann ist es Ihr Kind in aller Regel auch.',
        },
        // Whether the child is German is not asked (a German parent elsewhere, birth in Germany, § 4 StAG).
        { blockType: 'proviso', text: 'Ihr Kind die deutsche Staatsangehörigkeit hat' },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Deutsche Eltern in Hamm mit Kindern (3 und 8)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 36, residenceStatus: 'german' },
          { role: 'adult', age: 38, residenceStatus: 'german' },
          { role: 'child', age: 3 },
          { role: 'child', age: 8 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Eltern mit polnischer Staatsangehörigkeit in Hamm, Kind (5) hier geboren',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 34, residenceStatus: 'eu' },
          { role: 'adult', age: 35, residenceStatus: 'eu' },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Deutsche Familie mit Kind (8), wohnt nicht in Hamm',
      household: {
        version: 1,
        livesInHamm: false,
        members: [
          { role: 'adult', age: 40, residenceStatus: 'german' },
          { role: 'child', age: 8 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Deutsche Mutter in Hamm, Sohn (17)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 45, residenceStatus: 'german' },
          { role: 'child', age: 17, activity: 'berufskolleg' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Deutsche Mutter in Hamm, Sohn gerade 18 geworden (beantragt selbst)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 46, residenceStatus: 'german' },
          { role: 'child', age: 18, activity: 'ausbildung' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Elternteil in Hamm ohne Angabe zur Staatsangehörigkeit, Kind (2)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 29 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
