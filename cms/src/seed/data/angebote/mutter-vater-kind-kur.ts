import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 24 SGB V (Vorsorge für Mütter und Väter in Einrichtungen des Müttergenesungswerks oder gleichartigen Einrichtungen,
// auch als Mutter-Kind- oder Vater-Kind-Maßnahme; § 23 Abs. 4 Satz 1 – „ambulant vor stationär“ – gilt nicht; Abs. 3: Zuzahlung
// nach § 61 Satz 2 für Versicherte ab 18), https://www.gesetze-im-internet.de/sgb_5/__24.html;
// § 41 SGB V (Rehabilitation für Mütter und Väter, gleiche Zuzahlung), https://www.gesetze-im-internet.de/sgb_5/__41.html;
// § 23 Abs. 5 SGB V (neue Leistung in der Regel erst nach vier Jahren); § 61 Satz 2 SGB V (10 Euro je Kalendertag);
// § 62 SGB V (Belastungsgrenze 2 %, chronisch Kranke 1 %); § 38 Abs. 1 SGB V (Haushaltshilfe auch während Leistungen nach §§ 24, 41);
// § 9 EFZG (Entgeltfortzahlung während stationärer Vorsorge und Reha), https://www.gesetze-im-internet.de/entgfg/__9.html;
// § 10 BUrlG (keine Anrechnung auf den Urlaub).
// Haufe, Sommer SGB V § 41 Rz. 9 (Pflichtleistung bei medizinischer Notwendigkeit):
// https://www.haufe.de/oeffentlicher-dienst/tvoed-office-professional/sommer-sgbv-41-medizinische-rehabilitation-fuer-muette-23-anspruchsumfang-abs2_idesk_PI13994_HI3275593.html
// Haufe, Sommer SGB V § 41 Rz. 6b (Väter nur mit Kind; für Väter allein § 40):
// https://haufe.de/steuern/haufe-steuer-office-excellence/sommer-sgbv-41-medizinische-rehabilitation-fuer-muette-21-anspruchsvoraussetzungen-abs1_idesk_PI25844_HI3275591.html
// Deutschlandfunk mit Knappschaft (gesetzlich versichert, Kind unter 18 im Haushalt; Kinder bis 12, behandlungsbedürftig bis 14,
// mit Behinderung ohne Altersgrenze; Großeltern mit Enkeln im Haushalt; Verordnung nur noch durch die Ärztin oder den Arzt):
// https://www.deutschlandfunk.de/eltern-kind-kuren-gemeinsam-neue-kraft-tanken.735.de.html?dram:article_id=465332
// Diakonie Dessau (Mitaufnahme von Kindern in der Regel bis 12, in besonderen Fällen bis 14 Jahre):
// http://www.diakonie-dessau.de/rat-hilfe/beratung/mutter-vater-kind-kuren
// KAG Müttergenesung (kein Urlaub, volle Lohnzahlung): https://www.kag-muettergenesung.de/vaterkind/rechtlrahmenbedingungen/urlaubentgeldfortzahlung/urlaubentgeldfortzahlung.aspx
// abc-der-krankenkassen.de (drei Wochen, Wiederholung nach vier Jahren, 10 Euro je Tag): https://abc-der-krankenkassen.de/mutter-kind-kur.htm
// AWO Kurberatung (Kinder zuzahlungsfrei, Fahrkosten mit Eigenanteil, Belastungsgrenze): https://www.awo-gf.de/CM/index.php/kurberatung/59-was-kostet-die-kur
// moz.de / dpa (Widerspruch binnen eines Monats): https://www.moz.de/artikel-ansicht/dg/0/1/1680541/
// SG Halle, S 35 KR 165/16 (Altersgrenze für mitgenommene Kinder steht nicht im Gesetz): https://www.sozialgerichtsbarkeit.de/legacy/191888
// Eine Kurberatungsstelle in Hamm mit Adresse war nicht belegbar; der Text verweist auf die Beratungsstellensuche des Müttergenesungswerks.
export default {
  title: 'Mutter-Kind-Kur und Vater-Kind-Kur',
  slug: 'mutter-vater-kind-kur',
  summary:
    'Erschöpft vom Familienalltag? Gesetzlich versicherte Mütter und Väter können eine dreiwöchige Kur zur Vorsorge oder Reha bekommen, meist zusammen mit ihren Kindern. Die Krankenkasse zahlt, wenn Ihre Ärztin oder Ihr Arzt die Kur für nötig hält. Sie zahlen 10 Euro pro Tag zu.',
  summaryLeichteSprache:
    'Sie sind Mutter oder Vater. Sie sind sehr müde und oft krank. Dann hilft vielleicht eine Kur. Eine Kur dauert 3 Wochen. Ihre Kinder können mitkommen. Ihr Arzt muss sagen: Sie brauchen die Kur. Dann bezahlt die Krankenkasse.',
  kind: 'gesundheit',
  body: [
    'Eine Mutter-Kind-Kur oder Vater-Kind-Kur ist kein Urlaub, sondern eine medizinische Behandlung in einer Klinik. Sie ist für Mütter und Väter gedacht, deren Gesundheit unter Familie, Haushalt und Beruf leidet – zum Beispiel mit Erschöpfung, Schlafstörungen, Rücken- oder Kopfschmerzen. Die Kur kann der Vorsorge dienen, damit Sie nicht ernsthaft krank werden, oder der Rehabilitation, wenn Sie schon krank sind.',
    'Die Kur dauert meist drei Wochen und findet in einer Klinik des Müttergenesungswerks oder einer gleichartigen Einrichtung statt. Mütter können allein fahren oder ihre Kinder mitnehmen; für Väter sieht das Gesetz die Kur zusammen mit Kindern vor. Kinder kommen in der Regel bis 12 Jahre mit, in begründeten Fällen bis 14; für Kinder mit Behinderung gibt es keine feste Altersgrenze. Braucht Ihr Kind selbst Behandlung, wird es in der Klinik mitbehandelt.',
    'Ist die Kur medizinisch nötig, muss die gesetzliche Krankenkasse sie bezahlen. Sie müssen vorher nicht erst andere Behandlungen ausprobieren. Ob Sie die Kur brauchen, bescheinigt Ihre Ärztin oder Ihr Arzt; über den Antrag entscheidet die Krankenkasse. Eine neue Kur gibt es meist erst nach vier Jahren – früher nur, wenn sie aus medizinischen Gründen dringend nötig ist.',
    'Wenn Sie arbeiten, müssen Sie für die Kur keinen Urlaub nehmen: Ihr Arbeitgeber zahlt den Lohn weiter wie bei einer Krankheit. Bleiben Kinder unter 12 Jahren zu Hause und kann niemand sonst den Haushalt führen, kann die Krankenkasse eine Haushaltshilfe bezahlen. Kostenlose Hilfe beim Antrag bekommen Sie bei den Kurberatungsstellen im Müttergenesungswerk, die von Wohlfahrtsverbänden wie Caritas, Diakonie oder AWO getragen werden.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['kleinkind', 'schulkind', 'alleinerziehend'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider:
    'Ihre gesetzliche Krankenkasse; Kliniken des Müttergenesungswerks und gleichartige Einrichtungen; Beratung bei den Kurberatungsstellen der Wohlfahrtsverbände',
  costs:
    'Die Krankenkasse bezahlt Behandlung, Unterkunft und Verpflegung, auch für mitreisende Kinder, und die Fahrt (mit einer kleinen Zuzahlung). Erwachsene zahlen 10 Euro je Kalendertag in der Klinik zu, Kinder nichts. Wer im Jahr mehr Zuzahlungen leistet als seine Belastungsgrenze (2 Prozent des Bruttoeinkommens, bei chronischer Krankheit 1 Prozent), kann sich befreien lassen. Die Kurberatung ist kostenlos.',
  steps: [
    'Lassen Sie sich zuerst beraten – kostenlos bei einer Kurberatungsstelle im Müttergenesungswerk. Die nächste Stelle finden Sie über die Beratungsstellensuche auf muettergenesungswerk.de; auch die Familien-Service-Theke im Familienrathaus hilft Ihnen weiter.',
    'Sprechen Sie mit Ihrer Hausarzt- oder Frauenarztpraxis über Ihre Beschwerden und Ihre Belastung. Hält die Praxis eine Kur für nötig, stellt sie die Verordnung aus. Für ein Kind, das mitbehandelt werden soll, brauchen Sie eine Verordnung der Kinderarztpraxis.',
    'Reichen Sie den Antrag mit der Verordnung bei Ihrer Krankenkasse ein. Sie dürfen eine passende Klinik vorschlagen.',
    'Lehnt die Krankenkasse ab, können Sie innerhalb eines Monats schriftlich Widerspruch einlegen. Die Kurberatung hilft Ihnen dabei.',
    'Nach der Bewilligung: Sagen Sie Ihrem Arbeitgeber sofort den Termin und zeigen Sie ihm den Bescheid. Klären Sie mit der Schule, dass Ihr Kind für die Kur freigestellt wird.',
  ],
  documents: [
    'Ärztliche Verordnung der Kur – für Sie und für jedes Kind, das mitbehandelt werden soll',
    'Antrag bei der Krankenkasse mit Angaben zu Ihrer Familien- und Lebenssituation',
    'Elektronische Gesundheitskarte',
    'Nach der Bewilligung: Bescheid der Krankenkasse und Einladung der Klinik für Arbeitgeber und Schule',
  ],
  eligibilitySummary:
    'Für gesetzlich versicherte Mütter und Väter – auch Stief-, Pflege- und Großeltern, bei denen die Kinder leben –, die Kinder erziehen und deren Gesundheit so belastet ist, dass eine Ärztin oder ein Arzt eine Kur für medizinisch nötig hält. Kinder unter 12 Jahren kommen in der Regel mit, ältere nur in begründeten Fällen, Kinder mit Behinderung ohne Altersgrenze. Ob Sie die Kur brauchen, kann der Situations-Finder nicht wissen – das entscheiden Ihre Ärztin oder Ihr Arzt und die Krankenkasse. Deshalb zeigt er die Kur gesetzlich versicherten Eltern mit einem Kind unter 18 Jahren oder einem Kind mit Behinderung nur als „kann auch passen“, nie als sicher passend. Privat Versicherten zeigt er die Kur nicht; ob ihr Tarif eine Kur bezahlt, steht in ihrem Vertrag.',
  legalBasis:
    '§ 24 SGB V (Vorsorge für Mütter und Väter); § 41 SGB V (Rehabilitation für Mütter und Väter); § 61 SGB V (Zuzahlung); § 9 Entgeltfortzahlungsgesetz',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_5/__24.html',
  synonyms:
    'Mutter-Kind-Kur, Vater-Kind-Kur, Mutterkur, Mütterkur, Väterkur, Eltern-Kind-Kur, Kur, Kurantrag, Kurberatung, Müttergenesungswerk, Müttergenesung, Erschöpfung, Burnout, Auszeit für Eltern, Vorsorgekur, Reha für Mütter, Reha für Väter',
  rules: rules([
    {
      blockType: 'all',
      reason: 'Sie sind gesetzlich krankenversichert und erziehen Kinder. Kinder bis 12 Jahre können in der Regel mit zur Kur kommen.',
      conditions: [
        { blockType: 'adult', insurance: ['statutory'], relations: ['parent', 'step-parent', 'foster-parent', 'grandparent'] },
        {
          blockType: 'any',
          conditions: [
            { blockType: 'child', maxAge: 18 },
            { blockType: 'child', disability: true },
          ],
        },
      ],
    },
    // The medical need (§ 24 Abs. 1, § 41 Abs. 1 SGB V: "aus medizinischen Gründen erforderlich") is no household fact:
    // the Kur can only be "maybe", whatever the family tells.
    {
      blockType: 'proviso',
      text: 'Ihre Ärztin oder Ihr Arzt eine Kur für medizinisch nötig hält, zum Beispiel weil die Belastung in der Familie Sie krank macht',
    },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende Mutter, gesetzlich versichert, Kinder (4) und (9): alles angegeben, die Ärztin entscheidet',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 36, employment: 'employed', healthInsurance: 'statutory' },
          { role: 'child', age: 4 },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Gesetzlich versicherte Mutter mit Kind (15): Mütterkur ohne Kind möglich, die Ärztin entscheidet',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 47, employment: 'employed', healthInsurance: 'statutory' },
          { role: 'child', age: 15, disability: false },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Privat versichertes Paar mit Kind (5)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 38, healthInsurance: 'private' },
          { role: 'adult', age: 40, healthInsurance: 'private' },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Gesetzlich versicherte Eltern mit Kind (18) ohne Behinderung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 50, healthInsurance: 'statutory' },
          { role: 'adult', age: 49, healthInsurance: 'statutory' },
          { role: 'child', age: 18, disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Mutter mit Kind (6), Krankenversicherung nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
