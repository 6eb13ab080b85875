import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 18 Abs. 1 PStG (Anzeige binnen einer Woche beim Standesamt des Geburtsorts), § 19 PStG (anzeigepflichtig: jeder
// sorgeberechtigte Elternteil), § 20 PStG (bei Geburten in Krankenhäusern zeigt der Träger der Einrichtung an), § 21 PStG,
// § 22 Abs. 1 PStG (Vornamen binnen eines Monats nachreichen): https://www.gesetze-im-internet.de/pstg/__18.html,
// https://www.haufe.de/recht/deutsches-anwalt-office-premium/personenstandsgesetz-18-21-abschnitt-1-anzeige-und-beurkundung_idesk_PI17574_HI1697139.html,
// https://www.haufe.de/recht/deutsches-anwalt-office-premium/personenstandsgesetz-22-26-abschnitt-2-besonderheiten_idesk_PI17574_HI1697144.html;
// § 1616 BGB (Ehename wird Geburtsname); § 1617 BGB in der seit 1.5.2025 geltenden Fassung (gemeinsame Sorge ohne Ehenamen: Name
// eines Elternteils oder Doppelname, mit oder ohne Bindestrich; Abs. 3 öffentliche Beglaubigung nach der Beurkundung; Abs. 4 ohne
// Bestimmung binnen eines Monats alphabetischer Doppelname): https://mein.kiehl.de/Dokument/79084_DBLw662ab3b1b1b4b3b5b7b1,
// https://www.deubner-recht.de/produkte/ph-erbrecht/doc/-1617-bgb-geburtsname-bei-eltern-ohne-ehenamen-und-gemeinsamer-sorge-263809;
// Namensrechtsreform (Gesetz vom 11.6.2024, BGBl. 2024 I Nr. 185, in Kraft 1.5.2025): https://rechtsanwalt-krau.de/das-gesetz-zur-aenderung-des-namensrechts/;
// § 1617a BGB (alleinige Sorge: Name dieses Elternteils, Erteilung des Namens des anderen Elternteils mit dessen Einwilligung);
// § 1617b BGB, § 45 PStG, Art. 229 § 67 EGBGB (Neubestimmung bei späterer gemeinsamer Sorge, ab fünf Jahren mit Einwilligung des
// Kindes): https://www.fimportal.de/xzufi-services/L100108/L100108_324615; gebührenfreie Anzeige und Bescheinigungen für Elterngeld,
// Kindergeld, Mutterschaftsgeld: http://wittstock.de/dienstleistung/anzeigen/id/480/geburt,-beurkunden.html,
// https://www.horstmar.de/stadt_horstmar/Politik%20&%20Verwaltung/Rathaus/Unsere%20Angebote%20u.%20Dienstleistungen/?bsinst=0&bstype=l_get&bsparam=NRW:entry:1201;
// Unterlagen: http://www.eckernfoerde.de/f%C3%BCr-die-B%C3%BCrger/Lebenslagen/Geburt,
// https://www.wermelskirchen.de/aktuelles-rathaus/verwaltung-a-z/stadtverwaltung-a-z/dienstleistungen-a-z/show/geburtsanzeige;
// ausländische Eltern, Prüfung der deutschen Staatsangehörigkeit durch Geburt (§ 4 Abs. 3 StAG):
// https://frankfurt.de/service-und-rathaus/verwaltung/aemter-und-institutionen/standesamt/anmeldung-einer-geburt/erwerb-der-deutschen-staatsangehoerigkeit-durch-geburt;
// Hamm: https://rundblick-hamm.de/2021/12/27/mehr-als-2-000-geburten-und-34-000-online-bestellungen-im-hammer-standesamt (zwei
// Geburtskliniken, Geburtenservice des Standesamts in den Kliniken, ein Drittel der Geburten von Eltern aus anderen Orten,
// Urkunden online bestellbar; Bericht von 2021); https://lippewelle.de/artikel/anlaufstelle-fuer-alle-familien-in-hamm-1831337.html
// (Standesamt und Elterngeldstelle im Familienrathaus). Nicht belegbar und deshalb nicht genannt: die Gebühren des Standesamts Hamm
// für Geburtsurkunden und Namenserklärungen.

export default {
  title: 'Geburt anzeigen, Geburtsurkunde und Name des Kindes',
  slug: 'geburtsurkunde-namensbestimmung',
  summary:
    'Jede Geburt muss innerhalb einer Woche beim Standesamt des Geburtsorts angezeigt werden – nach einer Klinikgeburt macht das die Klinik. Sie legen Ihre Urkunden vor, bestimmen den Namen und bekommen die Geburtsurkunde. Seit Mai 2025 sind auch Doppelnamen für Kinder möglich.',
  summaryLeichteSprache:
    'Ihr Baby ist geboren. Dann muss die Geburt beim Standes-Amt angemeldet werden. Das macht meistens die Klinik. Sie geben Ihre Urkunden ab. Sie sagen, wie Ihr Kind heißen soll. Dann bekommen Sie die Geburts-Urkunde.',
  kind: 'service',
  body: [
    'Jedes Kind wird im Geburtenregister des Standesamts eingetragen, in dessen Bezirk es geboren ist. Kommt Ihr Kind in Hamm zur Welt, ist das Standesamt der Stadt Hamm im Familienrathaus zuständig – auch wenn Sie in einem anderen Ort wohnen. Die Geburt muss innerhalb einer Woche angezeigt werden. Nach einer Geburt im Krankenhaus übernimmt das die Klinik. Nach einer Hausgeburt zeigen die Eltern mit Sorgerecht die Geburt selbst an, mit der Bescheinigung der Hebamme oder Ärztin.',
    'Für die Beurkundung braucht das Standesamt Ihre Urkunden, zum Beispiel die Eheurkunde oder – wenn Sie nicht verheiratet sind – die Geburtsurkunde der Mutter und, falls schon vorhanden, die Vaterschaftsanerkennung. Legen Sie diese Unterlagen schon in der Schwangerschaft bereit. In den Hammer Geburtskliniken nimmt der Geburtenservice des Standesamts die Unterlagen entgegen; fragen Sie auf der Station danach. Nach der Beurkundung bekommen Sie die Geburtsurkunde und gebührenfreie Bescheinigungen für Elterngeld, Kindergeld und Mutterschaftsgeld. Weitere Urkunden können Sie beim Standesamt Hamm auch online bestellen.',
    'Die Vornamen bestimmen die Eltern mit Sorgerecht. Stehen sie bei der Anzeige noch nicht fest, reichen Sie sie innerhalb eines Monats nach. Den Nachnamen regelt das Gesetz: Führen Sie einen gemeinsamen Ehenamen, bekommt Ihr Kind diesen Namen. Haben Sie keinen Ehenamen, aber gemeinsam das Sorgerecht, wählen Sie den Familiennamen eines Elternteils oder – seit dem 1. Mai 2025 – einen Doppelnamen aus beiden Namen, mit oder ohne Bindestrich. Wählen Sie innerhalb eines Monats nach der Geburt nichts, bekommt Ihr Kind einen Doppelnamen aus beiden Namen in alphabetischer Reihenfolge.',
    'Hat nur ein Elternteil das Sorgerecht – zum Beispiel die Mutter, wenn die Eltern nicht verheiratet sind und keine Sorgeerklärungen abgegeben haben –, bekommt das Kind den Namen dieses Elternteils. Mit Einwilligung des anderen Elternteils kann es auch dessen Namen bekommen. Erklärungen zum Namen nach der Beurkundung müssen öffentlich beglaubigt werden; das übernimmt das Standesamt. Bekommen Sie das gemeinsame Sorgerecht erst später, können Sie den Namen Ihres Kindes neu bestimmen – ab fünf Jahren muss Ihr Kind einwilligen.',
    'Haben beide Eltern eine ausländische Staatsangehörigkeit, prüft das Standesamt auch, ob Ihr Kind durch die Geburt in Deutschland deutsch geworden ist. Bringen Sie dafür Ihre Pässe mit den Aufenthaltstiteln mit.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind'],
  eligibilitySummary:
    'Für alle Eltern eines neugeborenen Kindes und für werdende Eltern, die sich vorbereiten möchten. Zuständig ist immer das Standesamt des Geburtsorts – bei einer Geburt in Hamm das Standesamt Hamm, auch für Familien aus anderen Orten; deshalb fragt der Situations-Finder hier nicht nach dem Wohnort. Er zeigt das Angebot in der Schwangerschaft und im ersten Lebensjahr Ihres Kindes. Geburtsurkunden können Sie auch später jederzeit beim Standesamt des Geburtsorts bestellen.',
  kontakte: ['standesamt-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Standesamt des Geburtsorts – in Hamm das Standesamt der Stadt Hamm im Familienrathaus',
  costs:
    'Die Anzeige der Geburt ist gebührenfrei, ebenso die Bescheinigungen für Elterngeld, Kindergeld und Mutterschaftsgeld. Für weitere Geburtsurkunden und für Erklärungen zum Namen nach der Beurkundung verlangt das Standesamt Gebühren.',
  steps: [
    'In der Schwangerschaft: Legen Sie Ihre Urkunden bereit (siehe Unterlagen). Sind Sie nicht verheiratet, können Sie Vaterschaft und gemeinsames Sorgerecht schon vor der Geburt beurkunden lassen.',
    'Nach einer Geburt in der Klinik: Geben Sie die Unterlagen und die Erklärung zu den Vornamen auf der Station oder beim Standesamt ab. Die Klinik zeigt die Geburt dem Standesamt an.',
    'Nach einer Hausgeburt: Zeigen Sie die Geburt innerhalb einer Woche selbst beim Standesamt an und bringen Sie die Bescheinigung der Hebamme oder Ärztin mit.',
    'Haben Sie keinen Ehenamen, aber gemeinsam das Sorgerecht? Bestimmen Sie den Nachnamen Ihres Kindes innerhalb eines Monats beim Standesamt.',
    'Schicken Sie die gebührenfreien Bescheinigungen mit Ihren Anträgen an die Elterngeldstelle, die Familienkasse und – für das Mutterschaftsgeld – an die Krankenkasse.',
  ],
  documents: [
    'Geburtsanzeige der Klinik oder Geburtsbescheinigung der Hebamme oder Ärztin',
    'Personalausweise oder Reisepässe beider Eltern',
    'Verheiratete Eltern: Eheurkunde oder beglaubigter Ausdruck aus dem Eheregister',
    'Nicht verheiratete Eltern: Geburtsurkunden der Eltern; falls vorhanden Vaterschaftsanerkennung und Sorgeerklärungen',
    'War die Mutter schon einmal verheiratet: Nachweis, dass die frühere Ehe aufgelöst ist (zum Beispiel Scheidungsbeschluss oder Sterbeurkunde)',
    'Bei ausländischer Staatsangehörigkeit oder Urkunden aus dem Ausland: Pässe mit Aufenthaltstitel und gegebenenfalls übersetzte Urkunden – fragen Sie das Standesamt vorher, was genau nötig ist',
  ],
  // § 18 Abs. 1 PStG: the birth is reported within a week (after a hospital birth by the hospital).
  reminders: [{ label: 'Geburt beim Standesamt anzeigen (nach einer Hausgeburt selbst)', kind: 'until', offset: 1, unit: 'weeks' }],
  legalBasis:
    '§§ 18 bis 22 Personenstandsgesetz (PStG); §§ 1616 bis 1617b BGB (Geburtsname, Fassung seit 1. Mai 2025); § 45 PStG (Erklärungen zur Namensführung)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/pstg/__18.html',
  synonyms:
    'Geburtsurkunde, Geburt anmelden, Geburt anzeigen, Geburtsanzeige, Standesamt, Beurkundung, Geburtenregister, Vorname, Nachname Kind, Familienname Kind, Doppelname, Namensbestimmung, Namenserklärung, neues Namensrecht, Hausgeburt, Bescheinigung Elterngeld, Bescheinigung Kindergeld, Abstammungsurkunde',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          pregnant: true,
          reason: 'Sie erwarten ein Baby – legen Sie die Urkunden für das Standesamt schon jetzt bereit.',
        },
        {
          blockType: 'child',
          maxAge: 0.25,
          relations: ['own'],
          reason: 'Ihr Baby ist erst wenige Wochen alt – die Geburt wird beurkundet, und Sie bestimmen den Namen Ihres Kindes.',
        },
        {
          blockType: 'child',
          maxAge: 1,
          relations: ['own'],
          reason: 'Ihr Kind ist noch kein Jahr alt – Geburtsurkunden und Erklärungen zum Namen bekommen Sie beim Standesamt des Geburtsorts.',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Werdende Eltern in Hamm (Geburt in 10 Wochen)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 28, pregnant: true, dueInWeeks: 10 },
          { role: 'adult', age: 30, pregnant: false },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Eltern mit Baby (3 Wochen)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 31, pregnant: false },
          { role: 'adult', age: 33, pregnant: false },
          { role: 'child', age: 3 / 52 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehende mit Baby (11 Monate)',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 26, pregnant: false },
          { role: 'child', age: 11 / 12 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit Kind, das gerade ein Jahr alt ist',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 34, pregnant: false },
          { role: 'adult', age: 35, pregnant: false },
          { role: 'child', age: 1 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Schulkind (7), niemand schwanger',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 39, pregnant: false },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Erwachsene ohne Kinder, Schwangerschaft nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 27 }] },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
