import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 38 SGB V (Haushaltshilfe bei Krankenhausbehandlung, Vorsorge und Reha nach §§ 23, 24, 40, 41 und häuslicher
// Krankenpflege, wenn ein Kind unter 12 Jahren oder ein behindertes, auf Hilfe angewiesenes Kind im Haushalt lebt; Abs. 1 Satz 3 und 4:
// bei schwerer oder akut verschlimmerter Krankheit bis zu vier Wochen, mit Kind unter 12 bis zu 26 Wochen; Abs. 2: Satzungsleistungen;
// Abs. 3: nur, soweit keine im Haushalt lebende Person den Haushalt weiterführen kann; Abs. 4: Kostenerstattung, keine Erstattung für
// Verwandte bis zum zweiten Grad außer Fahrkosten und Verdienstausfall; Abs. 5: Zuzahlung nach § 61 Satz 1),
// https://www.gesetze-im-internet.de/sgb_5/__38.html;
// § 24h SGB V (Haushaltshilfe wegen Schwangerschaft oder Entbindung, keine Kind-Voraussetzung, keine Zuzahlung),
// https://www.gesetze-im-internet.de/sgb_5/__24h.html; § 61 Satz 1 SGB V (10 %, mindestens 5, höchstens 10 Euro).
// Haufe, Gemeinsames Rundschreiben (Kind unter 12 bei Beginn, jedes dauerhaft im Haushalt lebende Kind, Kinder mit Behinderung ohne
// Altersgrenze): https://haufe.de/personal/personal-office-premium/gr-v-20062016-i-khsg-haushaltshilfe-haeuslichen-kra-2213-ein-im-haushalt-lebendes-kind_idesk_PI10413_HI9488645.html
// Haufe, Sommer SGB V § 38 Rz. 5 (auslösende Leistungen): https://haufe.de/personal/haufe-personal-office-platin/sommer-sgbv-38-haushaltshilfe-212-krankenhausbehandlung-oder-andere-leistungen-abs1-satz1_idesk_PI42323_HI3275546.html
// Haufe, Gemeinsames Rundschreiben zu § 24h (z. B. ärztlich verordnete Bettruhe; Notwendigkeit von Ärztin, Arzt oder Hebamme bescheinigt):
// https://haufe.de/personal/haufe-personal-office-platin/gr-v-06122017-ii-leistungen-bei-schwangerschaft-und-721-aufenthalt-im-haushalt_idesk_PI42323_HI6981152.html
// Haufe, Sommer SGB V § 24h Rz. 8 (auch Singlehaushalt): https://haufe.de/personal/haufe-personal-office-platin/sommer-sgbv-24h-haushaltshilfe-212-voraussetzung-bisherige-fuehrung-des-haushalts_idesk_PI42323_HI3573156.html
// frieboese.de (Leistung nur eingeschränkt, wenn z. B. der Partner am Wochenende übernehmen kann): http://frieboese.de/aktuell/haushaltshilfe/index.html
// sozialversicherung-kompetent.de (Mehrleistungen nach der Satzung der Krankenkasse): https://sozialversicherung-kompetent.de/krankenversicherung/leistungsrecht/425-haushaltshilfe.html
// Ein Anbieter von Haushaltshilfe oder Familienpflege in Hamm mit Adresse war nicht belegbar.
export default {
  title: 'Haushaltshilfe von der Krankenkasse',
  slug: 'haushaltshilfe',
  summary:
    'Müssen Sie ins Krankenhaus oder zur Kur und lebt bei Ihnen ein Kind unter 12 Jahren? Dann bezahlt die gesetzliche Krankenkasse eine Haushaltshilfe, wenn niemand sonst im Haushalt einspringen kann. Auch in der Schwangerschaft und nach der Geburt ist das möglich.',
  summaryLeichteSprache:
    'Sie sind krank. Oder Sie müssen ins Krankenhaus. Dann können Sie nicht für Ihre Kinder sorgen. Die Krankenkasse bezahlt dann eine Hilfe für den Haushalt. Das gilt auch, wenn Sie schwanger sind oder gerade ein Baby bekommen haben. Ein Arzt muss das bescheinigen.',
  kind: 'gesundheit',
  body: [
    'Eine Haushaltshilfe übernimmt für eine Zeit, was sonst Sie zu Hause erledigen: einkaufen, kochen, waschen, putzen – und die Kinder betreuen. Die gesetzliche Krankenkasse bezahlt sie, wenn Sie den Haushalt wegen Ihrer Gesundheit nicht führen können und niemand, der bei Ihnen wohnt, das übernehmen kann.',
    'Wegen Krankheit: Sie bekommen eine Haushaltshilfe, wenn Sie ins Krankenhaus müssen, zur Kur oder Reha fahren – auch zur Mutter-Kind- oder Vater-Kind-Kur – oder häusliche Krankenpflege bekommen und in Ihrem Haushalt ein Kind unter 12 Jahren lebt oder ein Kind mit Behinderung, das auf Hilfe angewiesen ist. Auch wenn Sie schwer krank sind oder eine Krankheit plötzlich schlimmer wird, zum Beispiel nach einer Operation, gibt es Hilfe, solange Sie keinen Pflegegrad 2 oder höher haben: bis zu vier Wochen, mit einem Kind unter 12 Jahren im Haushalt bis zu 26 Wochen.',
    'In der Schwangerschaft und nach der Geburt: Können Sie wegen der Schwangerschaft oder der Entbindung den Haushalt nicht führen – zum Beispiel, weil Ihre Ärztin Bettruhe verordnet hat oder Sie sich von einer schweren Geburt erholen –, bezahlt die Krankenkasse ebenfalls eine Haushaltshilfe. Dafür muss kein Kind im Haushalt leben, und Sie zahlen nichts zu.',
    'Die Krankenkasse vermittelt eine Fachkraft, zum Beispiel von einem Pflegedienst, oder Sie suchen selbst jemanden und bekommen die Kosten in angemessener Höhe erstattet. Helfen Verwandte bis zum zweiten Grad, etwa Großeltern oder Geschwister, bekommen sie keinen Stundenlohn; die Kasse kann aber Fahrkosten und Verdienstausfall ersetzen. Kann Ihr Partner oder Ihre Partnerin zeitweise übernehmen, zum Beispiel abends oder am Wochenende, bezahlt die Kasse nur die übrige Zeit.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'schulkind', 'alleinerziehend', 'behinderung-pflege'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Ihre gesetzliche Krankenkasse (Haushaltshilfe durch Pflegedienste, Familienpflege oder selbst gesuchte Hilfen)',
  costs:
    'Bei Haushaltshilfe wegen Krankheit, Krankenhaus, Kur oder Reha zahlen Erwachsene pro Tag 10 Prozent der Kosten zu, mindestens 5 und höchstens 10 Euro. Bei Haushaltshilfe wegen Schwangerschaft oder Geburt gibt es keine Zuzahlung. Wie viele Stunden bezahlt werden, richtet sich nach Ihrem Bedarf. Manche Krankenkassen zahlen nach ihrer Satzung auch in weiteren Fällen – fragen Sie nach.',
  steps: [
    'Lassen Sie sich bescheinigen, dass und wie lange Sie den Haushalt nicht führen können – von Ihrer Ärztin, Ihrem Arzt oder dem Krankenhaus, bei Schwangerschaft und Geburt auch von Ihrer Hebamme.',
    'Stellen Sie den Antrag bei Ihrer Krankenkasse, möglichst bevor die Hilfe beginnt. Viele Kassen haben dafür ein Formular. Geben Sie an, wer in Ihrem Haushalt lebt und warum niemand den Haushalt übernehmen kann.',
    'Die Krankenkasse vermittelt eine Haushaltshilfe, oder Sie suchen selbst jemanden. Klären Sie vorher, welchen Stundensatz die Kasse erstattet.',
    'Bei selbst gesuchter Hilfe: Lassen Sie sich die geleisteten Stunden bestätigen und reichen Sie den Nachweis bei der Krankenkasse ein.',
  ],
  documents: [
    'Ärztliche Bescheinigung über die Notwendigkeit der Haushaltshilfe (bei Schwangerschaft oder Geburt auch von der Hebamme)',
    'Antrag auf Haushaltshilfe Ihrer Krankenkasse',
    'Bei Krankenhaus, Kur oder Reha: Bescheinigung über Aufnahme und Dauer',
    'Bei selbst gesuchter Hilfe: Stundennachweis; bei Verwandten: Nachweise über Fahrkosten und Verdienstausfall',
  ],
  eligibilitySummary:
    'Für gesetzlich Versicherte, die ihren Haushalt wegen Krankenhaus, Kur, Reha, häuslicher Krankenpflege oder schwerer Krankheit nicht führen können, wenn ein Kind unter 12 Jahren oder ein Kind mit Behinderung, das auf Hilfe angewiesen ist, im Haushalt lebt; außerdem für gesetzlich versicherte Frauen, die den Haushalt wegen Schwangerschaft oder Geburt nicht führen können. Immer gilt: Niemand sonst im Haushalt kann einspringen. Ob Sie ins Krankenhaus müssen oder krank werden und ob jemand anderes im Haushalt einspringen kann, weiß der Situations-Finder nicht. Deshalb zeigt er das Angebot gesetzlich Versicherten mit einem Kind unter 12 Jahren oder einem Kind mit Behinderung und gesetzlich versicherten Schwangeren als „kann auch passen“. Vereinfacht: Die Hilfe von bis zu vier Wochen bei schwerer Krankheit, die es auch ohne kleine Kinder gibt, zeigt er nicht an. Privat Versicherten zeigt er das Angebot nicht; bei ihnen entscheidet der Tarif.',
  legalBasis: '§ 38 SGB V (Haushaltshilfe); § 24h SGB V (Haushaltshilfe bei Schwangerschaft und Entbindung); § 61 SGB V (Zuzahlung)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_5/__38.html',
  synonyms:
    'Haushaltshilfe, Haushaltshilfe Krankenkasse, Familienpflege, Hilfe im Haushalt, Kinderbetreuung bei Krankheit, Mutter krank, Vater krank, Krankenhaus Kinder versorgen, Haushaltshilfe Schwangerschaft, Haushaltshilfe nach der Geburt, Bettruhe, Haushaltshilfe Kur, Haushaltshilfe Reha',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'all',
          reason: 'Sie sind gesetzlich versichert, und in Ihrem Haushalt lebt ein Kind unter 12 Jahren.',
          conditions: [
            { blockType: 'adult', insurance: ['statutory'] },
            { blockType: 'child', maxAge: 12 },
          ],
        },
        {
          blockType: 'all',
          reason:
            'Sie sind gesetzlich versichert, und in Ihrem Haushalt lebt ein Kind mit Behinderung – ist es auf Hilfe angewiesen, gilt keine Altersgrenze.',
          conditions: [
            { blockType: 'adult', insurance: ['statutory'] },
            { blockType: 'child', disability: true },
          ],
        },
        {
          blockType: 'adult',
          pregnant: true,
          insurance: ['statutory'],
          reason: 'Sie sind schwanger und gesetzlich versichert.',
        },
      ],
    },
    // The occasion (hospital, Kur, Reha, severe illness, pregnancy or birth) and that nobody else in the household can step in
    // (§ 38 Abs. 1 und 3, § 24h SGB V) are no household facts: the offer can only be "maybe".
    {
      blockType: 'proviso',
      text: 'Sie wegen Krankenhaus, Kur, Reha, schwerer Krankheit, Schwangerschaft oder Geburt den Haushalt nicht führen können und niemand sonst im Haushalt einspringen kann',
    },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehender Vater, gesetzlich versichert, Kind (7): alles angegeben, der Anlass entscheidet',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 41, employment: 'employed', healthInsurance: 'statutory', pregnant: false },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Schwangere ohne Kinder, gesetzlich versichert, lebt allein',
      household: {
        version: 1,
        members: [{ role: 'adult', age: 29, healthInsurance: 'statutory', pregnant: true, dueInWeeks: 10 }],
      },
      expected: 'maybe',
    },
    {
      name: 'Gesetzlich versicherte Mutter, Kind (14) mit Behinderung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 44, healthInsurance: 'statutory', pregnant: false },
          { role: 'child', age: 14, disability: true },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Gesetzlich versicherte Eltern, Kind gerade 12 geworden, ohne Behinderung, niemand schwanger',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 42, healthInsurance: 'statutory', pregnant: false },
          { role: 'adult', age: 43, healthInsurance: 'statutory', pregnant: false },
          { role: 'child', age: 12, disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Privat versichertes Paar mit Kind (3)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 35, healthInsurance: 'private', pregnant: false },
          { role: 'adult', age: 37, healthInsurance: 'private', pregnant: false },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Mutter mit Kind (5), Krankenversicherung nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 30, pregnant: false },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
