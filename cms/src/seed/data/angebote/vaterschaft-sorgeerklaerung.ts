import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 1592 BGB (Vater ist der Ehemann der Mutter bei der Geburt, wer die Vaterschaft anerkannt hat oder gerichtlich
// festgestellt ist), https://www.gesetze-im-internet.de/bgb/__1592.html; § 1594 Abs. 2 und 4 BGB (keine Anerkennung, solange die
// Vaterschaft eines anderen Mannes besteht; Anerkennung schon vor der Geburt), https://www.gesetze-im-internet.de/bgb/__1594.html;
// § 1595 Abs. 1 BGB (Zustimmung der Mutter); § 1597 Abs. 1 und 2 BGB (öffentliche Beurkundung; Abschriften auch an das Standesamt);
// § 1599 Abs. 2 BGB (Anerkennung bei anhängiger Scheidung mit Zustimmung des Ehemanns); §§ 1626a, 1626b Abs. 2, 1626c, 1626d BGB
// (gemeinsame Sorge durch Sorgeerklärungen, Heirat oder Familiengericht, sonst Sorge der Mutter; Erklärung vor der Geburt; nur
// persönlich; öffentliche Beurkundung), https://www.gesetze-im-internet.de/bgb/__1626a.html; § 59 Abs. 1 Satz 1 Nr. 1 und 8 SGB VIII
// (Urkundsperson beim Jugendamt beurkundet Vaterschaftsanerkennung und Sorgeerklärungen), https://www.gesetze-im-internet.de/sgb_8/__59.html;
// § 44 PStG (Beurkundung der Anerkennung beim Standesamt); § 4 Abs. 1 StAG (ist nur der Vater deutsch, wird das Kind durch
// Abstammung erst mit wirksamer Anerkennung deutsch), https://de.openlegaldata.io/law/rustag/4; § 1617 BGB (Namenswahl bei
// gemeinsamer Sorge). Beurkundung beim Jugendamt kostenlos, beim Notariat gebührenpflichtig, Sorgeerklärung nicht beim Standesamt:
// https://portawestfalica.de/rathaus/verwaltung/jugendamt/beurkundungen,
// https://verwaltungsportal.hessen.de/leistung?leistung_id=L100002_c58c3394af5d77fbc7a04cb55ad39d88&regschl=059780020020 (Kamen),
// https://www.grossbottwar.de/dienstleistung/anzeigen/id/39113/vaterschaftsanerkennung.html; Erklärungen müssen nicht zeitgleich
// abgegeben werden: https://www.maerkischer-kreis.de/jugend-bildung/soziale-hilfen/beistandschaft.php; Unterlagen und Mutterpass:
// https://overath.de/familie-soziales/willkommen-baby/wissenswertes-a-z/anerkennung-der-vaterschaft; ohne festgestellte Vaterschaft
// keine Unterhalts-, Renten- oder Erbansprüche: https://www.grafschaft-bentheim.de/grafschaft/buergerservice/dienstleistung/301.
// Jugendamt und Standesamt Hamm: Kontakte jugendamt-hamm und standesamt-hamm. Nicht belegbar und deshalb nicht genannt: die Gebühr
// des Standesamts Hamm für eine Vaterschaftsanerkennung, Telefonnummer und Sprechzeiten der Urkundspersonen des Jugendamts Hamm.

export default {
  title: 'Vaterschaft anerkennen und gemeinsames Sorgerecht erklären',
  slug: 'vaterschaft-sorgeerklaerung',
  summary:
    'Sind die Eltern nicht miteinander verheiratet, wird der Vater erst durch eine Anerkennung rechtlich zum Vater, und die Mutter hat zunächst allein das Sorgerecht. Beides regeln Sie schon vor der Geburt – kostenlos beim Jugendamt, die Vaterschaft auch beim Standesamt.',
  summaryLeichteSprache:
    'Sie sind nicht verheiratet und bekommen ein Kind. Dann muss der Vater sagen: Ich bin der Vater. Das schreibt das Jugend-Amt auf. Dort können die Eltern auch sagen: Wir sorgen gemeinsam für das Kind. Das kostet nichts.',
  kind: 'service',
  body: [
    'Ist eine Mutter bei der Geburt verheiratet, gilt ihr Ehemann als Vater des Kindes. Sind die Eltern nicht miteinander verheiratet, wird der Vater erst durch die Anerkennung der Vaterschaft oder durch eine Entscheidung des Familiengerichts rechtlich zum Vater. Erst dann steht er in der Geburtsurkunde, und erst dann hat Ihr Kind ihm gegenüber Rechte – zum Beispiel auf Unterhalt, im Erbrecht und später gegebenenfalls auf Waisenrente. Ist nur der Vater deutsch, wird Ihr Kind durch ihn erst mit der wirksamen Anerkennung deutsch.',
    'Der Vater erkennt die Vaterschaft in einer öffentlichen Urkunde an, und die Mutter stimmt in einer Urkunde zu. Das geht schon in der Schwangerschaft; die Eltern müssen dafür nicht gleichzeitig kommen. Beurkunden können das Jugendamt – dort kostenlos –, jedes Standesamt, ein Notariat oder das Amtsgericht. Ist die Mutter noch mit einem anderen Mann verheiratet, gelten besondere Regeln; lassen Sie sich vorher beraten.',
    'Sind die Eltern nicht verheiratet, hat zunächst die Mutter allein das Sorgerecht. Das gemeinsame Sorgerecht bekommen Sie, wenn Sie beide eine Sorgeerklärung abgeben, wenn Sie heiraten oder wenn das Familiengericht es überträgt. Sorgeerklärungen geben beide Eltern persönlich ab; sie werden beim Jugendamt kostenlos oder bei einem Notariat gegen Gebühr beurkundet, nicht beim Standesamt. Auch sie sind schon vor der Geburt möglich. Mit dem gemeinsamen Sorgerecht bestimmen Sie auch gemeinsam den Nachnamen Ihres Kindes.',
    'Die Urkundspersonen im Jugendamt der Stadt Hamm beraten Sie und beurkunden beide Erklärungen, auf Wunsch in einem Termin. Die Urkunde über die Vaterschaft geht auch an das Standesamt. Wer allein erzieht und die Vaterschaft klären lassen möchte, weil der Vater nicht von sich aus anerkennt, kann eine Beistandschaft des Jugendamts beantragen.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'alleinerziehend', 'kleinkind'],
  eligibilitySummary:
    'Für Eltern, die bei der Geburt ihres Kindes nicht miteinander verheiratet sind – schon in der Schwangerschaft oder nach der Geburt. Die Vaterschaft kann auch später noch anerkannt werden, Sorgeerklärungen sind bis zum 18. Geburtstag möglich. Der Situations-Finder fragt nicht, ob Sie verheiratet sind. Er zeigt das Angebot Familien in Hamm in der Schwangerschaft und mit Kindern unter drei Jahren deshalb nur als „kann passen“, nie als „passt“ – auch Alleinerziehenden, denn ob die Vaterschaft schon geklärt ist, weiß er nicht.',
  kontakte: ['jugendamt-hamm', 'standesamt-hamm'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm (Urkundspersonen); für die Vaterschaftsanerkennung auch jedes Standesamt',
  costs:
    'Beim Jugendamt sind Vaterschaftsanerkennung und Sorgeerklärungen kostenlos. Ein Notariat verlangt Gebühren. Ob das Standesamt für die Vaterschaftsanerkennung eine Gebühr verlangt, erfahren Sie dort.',
  steps: [
    'Vereinbaren Sie einen Termin bei der Urkundsperson des Jugendamts der Stadt Hamm – die Vaterschaftsanerkennung können Sie auch beim Standesamt abgeben. Fragen Sie dabei, welche Unterlagen Sie in Ihrem Fall brauchen.',
    'Kommen Sie persönlich, am besten beide Eltern zusammen. Die Zustimmung der Mutter kann auch später folgen; die Sorgeerklärung muss jeder Elternteil selbst abgeben.',
    'Vor der Geburt: Bringen Sie den Mutterpass mit. Die Anerkennung wird mit der Geburt wirksam, und der Vater kann gleich in die Geburtsurkunde eingetragen werden.',
    'Nach der Geburt: Geben Sie Ihre Urkunden mit den übrigen Unterlagen in der Klinik oder beim Standesamt ab. Haben Sie das gemeinsame Sorgerecht, bestimmen Sie dort auch den Nachnamen Ihres Kindes.',
  ],
  documents: [
    'Personalausweise oder Reisepässe beider Eltern',
    'Geburtsurkunden beider Eltern',
    'Vor der Geburt: Mutterpass; nach der Geburt: Geburtsurkunde des Kindes',
    'War die Mutter schon einmal verheiratet: Nachweis, dass die Ehe aufgelöst ist',
    'Sind Mutter oder Vater noch minderjährig: Zustimmung der gesetzlichen Vertreter – fragen Sie vorher nach',
    'Ohne deutschen Pass: Pass oder Aufenthaltsdokument, gegebenenfalls übersetzte Urkunden; bei wenig Deutschkenntnissen kann eine Dolmetscherin oder ein Dolmetscher nötig sein',
  ],
  legalBasis:
    '§§ 1592, 1594–1598 BGB (Anerkennung der Vaterschaft); §§ 1626a–1626d BGB (Sorgeerklärungen); § 59 Abs. 1 Nr. 1 und 8 SGB VIII (Jugendamt); § 44 PStG (Standesamt)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/bgb/__1626a.html',
  synonyms:
    'Vaterschaftsanerkennung, Vaterschaft anerkennen, Vaterschaft, Sorgeerklärung, Sorgerechtserklärung, gemeinsames Sorgerecht, Sorgerecht unverheiratet, nicht verheiratet, unverheiratete Eltern, ledige Mutter, Vater eintragen, Geburtsurkunde Vater, Urkundsperson, Jugendamt Urkunde, Beurkundung, Negativbescheinigung',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          pregnant: true,
          reason: 'Sie erwarten ein Kind – Vaterschaft und gemeinsames Sorgerecht können Sie schon vor der Geburt regeln.',
        },
        {
          blockType: 'child',
          maxAge: 3,
          relations: ['own'],
          reason: 'Sie haben ein kleines Kind – Vaterschaft und gemeinsames Sorgerecht lassen sich auch nach der Geburt noch beurkunden.',
        },
      ],
    },
    // The finder does not ask whether the parents are married (§ 1592 Nr. 1 BGB: then the husband is the father).
    { blockType: 'proviso', text: 'die Eltern des Kindes nicht miteinander verheiratet sind' },
  ]),
  testFamilies: [
    {
      name: 'Paar in Hamm erwartet ein Baby',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: false,
        members: [
          { role: 'adult', age: 27, pregnant: true, dueInWeeks: 14 },
          { role: 'adult', age: 29, pregnant: false },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Alleinerziehende in Hamm mit Baby (4 Monate)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 23, pregnant: false },
          { role: 'child', age: 4 / 12, maintenance: 'none' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar in Hamm mit Kind (2)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 31 },
          { role: 'adult', age: 32 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar in Hamm mit Kind (3), niemand schwanger',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 33, pregnant: false },
          { role: 'adult', age: 35, pregnant: false },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Paar in Hamm mit Kind (10), niemand schwanger',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 40, pregnant: false },
          { role: 'adult', age: 41, pregnant: false },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Schwangere, wohnt nicht in Hamm',
      household: { version: 1, livesInHamm: false, members: [{ role: 'adult', age: 30, pregnant: true, dueInWeeks: 20 }] },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
