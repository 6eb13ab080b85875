import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen:
// Stadt Hamm, „Schulweg & Anspruchsvoraussetzungen“: Schulweg = kürzester Fußweg von der Wohnung (Meldeanschrift) zur nächstgelegenen Schule
//   der gewählten Schulform (Ausnahme: Absage der nächstgelegenen Schule); Anspruch bei mehr als 2 km (Primarstufe, Klassen 1–4),
//   mehr als 3,5 km (Sekundarstufe I, Klassen 5–10 und Jahrgangsstufe 10 des Gymnasiums), mehr als 5 km (Sekundarstufe II); gemessen wird
//   der Fußweg, nicht Bus- oder Autostrecke; unabhängig von der Länge bei besonders gefährlichem Schulweg oder gesundheitlicher
//   Beeinträchtigung; Antrag auf Schülerfahrkostenübernahme beim Schulträger – http://www.hamm.de/schulweg
// Stadt Hamm, „Die Schulwegtickets“: Schülerinnen und Schüler mit Anspruch bekommen das Deutschlandticket kostenlos (wer es im Schuljahr
//   2023/24 hatte, automatisch; Neuanträge möglich); MaxiTicket für alle im Stadtgebiet – https://hamm.de/schulweg-1/schulwegtickets
// Westfälischer Anzeiger: kostenloses Deutschlandticket für rund 3.400 anspruchsberechtigte Hammer Schülerinnen und Schüler, Ausgabe über
//   das Schulamt, Onlineantrag – https://www.wa.de/hamm/ueberraschende-nachricht-deutschland-ticket-in-hamm-bald-fuer-viele-schueler-gratis-92180591.html
// Verordnung zur Ausführung des § 97 Abs. 4 Schulgesetz (Schülerfahrkostenverordnung – SchfkVO) NRW, §§ 1, 4, 5, 7, 9, 12–16 (Notwendigkeit,
//   Schulweg, nächstgelegene Schule, Schülerspezialverkehr, Privatfahrzeuge, Wegstreckenentschädigung) – BASS 11-04 Nr. 3.1,
//   https://bass.schul-welt.de/Stichwort/Ebene5?Ebene1=S&Ebene2=SC&Ebene3=Sch%C3%BClerspezialverkehr&Ebene4=rechtliche+Grundlage+(%C2%A7%C2%A7+12+und+14+SchfkVO)
// Träger der besuchten Schule übernimmt die Kosten auf Antrag; gleiche Grenzen für Förderschulen – https://breckerfeld.de/rathaus-politik/250-familie-kinder-jugendliche-und-senioren/222-schuelerfahrkosten.html
// Förderschülerinnen und -schüler: nächstgelegene Schule ist die des von der Schulaufsicht bestimmten Förderorts – http://elterninitiative-inklusion-bornheim.de/4.html
// Gesundheitliche Gründe nicht nur vorübergehend (mehr als acht Wochen), ärztliches Attest – https://www.menden.de/leben-in-menden/kultur-bildung/schulen/schuelerbefoerderung/haeufig-gestellte-fragen
// Berufskolleg: Anspruch für Vollzeit-Bildungsgänge ab mehr als 5 km; Auszubildende in der Berufsschule (duale Ausbildung) grundsätzlich nicht –
//   https://www.maerkischer-kreis.de/jugend-bildung/Lehrer-Schueler-Eltern/Infos_fuer_Schueler_und_Eltern/Schuelerfahrkosten.php ;
//   https://www.kreis-borken.de/de/optigov/?ansicht=dienstleistung&eintrag=243 (auch: Anspruch nur mit Wohnsitz in NRW)
// Schülerspezialverkehr bei schwerer Behinderung oder dauerhafter Erkrankung (Bus, Taxi, Erstattung für das Auto der Eltern) –
//   https://gelsenkirchen.de/de/_meta/buergerservice/1360-schuelerspezialverkehr-schulbusse-taxis
// Eine Anschrift der zuständigen Stelle (Schulamt der Stadt Hamm) war nicht belegbar; Kontakt daher das Familienrathaus.
export default {
  title: 'Schülerfahrkosten: kostenloses Ticket für einen weiten Schulweg',
  slug: 'schuelerfahrkosten',
  summary:
    'Ist der Fußweg zur nächstgelegenen Schule weit – mehr als 2 km in der Grundschule, 3,5 km in Klasse 5 bis 10, 5 km in der Oberstufe –, übernimmt der Schulträger die Fahrkosten. In Hamm bekamen berechtigte Schülerinnen und Schüler dafür zuletzt ein kostenloses Deutschlandticket.',
  summaryLeichteSprache:
    'Ihr Kind hat einen langen Weg zur Schule. Dann bezahlt die Stadt das Bus-Ticket. Das gilt in der Grund-Schule ab 2 Kilometern Fuß-Weg. In Klasse 5 bis 10 ab 3,5 Kilometern. Sie stellen einen Antrag.',
  kind: 'service',
  body: [
    'In Nordrhein-Westfalen gehen Schulkinder grundsätzlich zu Fuß oder mit dem Rad zur Schule. Ist der Schulweg zu lang, übernimmt der Träger der Schule, die Ihr Kind besucht, die Fahrkosten. Für die Schulen der Stadt Hamm ist das die Stadt.',
    'Entscheidend ist der kürzeste Fußweg von Ihrer Wohnung zur nächstgelegenen Schule der Schulform, die Ihr Kind gewählt hat – nicht die Strecke des Busses oder des Autos. Die Fahrkosten werden übernommen, wenn dieser Weg in der Grundschule (Klasse 1 bis 4) länger als 2 km ist, in Klasse 5 bis 10 (auch Klasse 10 am Gymnasium) länger als 3,5 km und in der Oberstufe länger als 5 km. Besucht Ihr Kind eine weiter entfernte Schule, obwohl eine nähere seiner Schulform es aufgenommen hätte, zählt der Weg zur näheren Schule. Hat die nähere Schule Ihr Kind abgelehnt, zählt die Schule, die es besucht.',
    'Auch bei kürzerem Weg kann es einen Anspruch geben: wenn der Schulweg besonders gefährlich ist oder Ihr Kind wegen einer Krankheit oder Behinderung nicht nur vorübergehend nicht zu Fuß gehen kann. Kinder mit einer schweren Behinderung können auch mit einem Schulbus oder Taxi gefahren werden; fährt eine Familie ihr Kind selbst, kann es eine Erstattung geben.',
    'Für Förderschulen gelten dieselben Entfernungen. Am Berufskolleg haben Schülerinnen und Schüler in Vollzeit-Bildungsgängen Anspruch, wenn der Weg länger als 5 km ist; Auszubildende, die im Rahmen ihrer Ausbildung die Berufsschule besuchen, in der Regel nicht.',
    'In Hamm bekommen Schülerinnen und Schüler mit Anspruch seit dem Schuljahr 2023/24 statt eines Schulwegtickets das Deutschlandticket kostenlos; es gilt in ganz Deutschland, auch in der Freizeit. Wer es im Schuljahr 2023/24 hatte, bekam es für das folgende Schuljahr automatisch. Welches Ticket es im laufenden Schuljahr gibt und ob Sie neu beantragen müssen, sagt Ihnen die Schule oder die Stadt Hamm – spätestens nach einem Schulwechsel oder Umzug stellen Sie einen neuen Antrag.',
  ],
  handlungsfelder: ['wohnen-wohnumfeld-und-mobilitaet', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['schulkind', 'jugendliche-beruf', 'behinderung-pflege'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm als Schulträger (Schulamt); bei Schulen anderer Träger deren Schulträger',
  eligibilitySummary:
    'Für Schülerinnen und Schüler mit Wohnsitz in NRW, deren kürzester Fußweg zur nächstgelegenen Schule der gewählten Schulform länger ist als 2 km (Klassen 1 bis 4), 3,5 km (Klassen 5 bis 10) oder 5 km (Oberstufe und Vollzeit-Bildungsgänge am Berufskolleg) – oder deren Schulweg besonders gefährlich ist oder die aus gesundheitlichen Gründen fahren müssen. Der Situations-Finder kennt Ihren Schulweg nicht: Er zeigt das Angebot für jedes Kind, das zur Schule geht, nur unter „Kann auch passen“. Auszubildende in der Berufsschule haben in der Regel keinen Anspruch und werden nicht angezeigt. Vereinfacht: Der Situations-Finder unterscheidet am Berufskolleg nicht zwischen Vollzeit und Teilzeit.',
  costs:
    'Für Sie kostenlos: Der Schulträger übernimmt die notwendigen Fahrkosten. In Hamm gab es dafür zuletzt das Deutschlandticket ohne Eigenanteil. Der Antrag ist kostenlos.',
  steps: [
    'Messen Sie den kürzesten Fußweg von Ihrer Wohnung zur nächstgelegenen Schule der gewählten Schulform, zum Beispiel mit einem Routenplaner für Fußgänger.',
    'Stellen Sie den Antrag auf Übernahme der Schülerfahrkosten bei der Stadt Hamm (Schulamt) – fragen Sie im Sekretariat der Schule nach dem Antrag oder dem Online-Antrag. Besucht Ihr Kind eine Schule eines anderen Trägers, stellen Sie den Antrag dort.',
    'Bei gesundheitlichen Gründen legen Sie ein ärztliches Attest bei, aus dem hervorgeht, warum Ihr Kind den Schulweg nicht zu Fuß schaffen kann.',
    'Die Stadt prüft den Schulweg und schickt Ihnen den Bescheid. Ihr Kind bekommt dann das Ticket.',
  ],
  documents: [
    'Antrag auf Übernahme der Schülerfahrkosten',
    'Anmeldebestätigung oder Schulbescheinigung der Schule',
    'Bei einer Absage der nächstgelegenen Schule: die Absage',
    'Bei gesundheitlichen Gründen: ärztliches Attest',
  ],
  legalBasis: '§ 97 Schulgesetz NRW; Schülerfahrkostenverordnung NRW (SchfkVO), insbesondere §§ 5, 7 und 9',
  legalBasisUrl: 'http://www.hamm.de/schulweg',
  synonyms:
    'Schülerfahrkosten, Fahrkosten Schule, Schülerfahrkostenverordnung, SchfkVO, Schulweg, Schulwegticket, Schülerticket, Deutschlandticket Schüler, Schulbus, Schülerspezialverkehr, Taxi Schule, Fahrtkostenerstattung Schule, Fahrkarte Schule, weiter Schulweg',
  rules: rules([
    { blockType: 'child', activities: ['grundschule', 'weiterfuehrende-schule', 'foerderschule', 'berufskolleg'] },
    // The finder does not know the way to school: every school child can only be "kann auch passen".
    {
      blockType: 'proviso',
      text: 'der Fußweg zur nächstgelegenen Schule über 2 km (Klasse 1–4), 3,5 km (Klasse 5–10) oder 5 km (Oberstufe) lang ist, der Weg sehr gefährlich ist oder Ihr Kind aus gesundheitlichen Gründen fahren muss',
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Gymnasiast (11) und Grundschulkind (7)',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'middle',
        members: [
          { role: 'adult', age: 42, employment: 'employed' },
          { role: 'child', age: 11, activity: 'weiterfuehrende-schule' },
          { role: 'child', age: 7, activity: 'grundschule' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Kind (9) mit Behinderung besucht eine Förderschule',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 37 },
          { role: 'child', age: 9, activity: 'foerderschule', disability: true, gdb: 80 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie mit Kita-Kind (4)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 33 },
          { role: 'adult', age: 34 },
          { role: 'child', age: 4, activity: 'kita' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Grenzfall: Sohn (17) in dualer Ausbildung mit Berufsschule',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 46 },
          { role: 'child', age: 17, activity: 'ausbildung' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Tochter (10), nicht gesagt, ob sie schon zur Schule geht',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 35 },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
