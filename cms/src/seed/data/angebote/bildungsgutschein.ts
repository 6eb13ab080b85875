import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 81 SGB III (Abs. 1: Förderung, wenn die Weiterbildung nötig ist, um bei Arbeitslosigkeit beruflich einzugliedern,
// drohende Arbeitslosigkeit abzuwenden oder wegen fehlenden Berufsabschlusses; Beratung vor Beginn; zugelassene Maßnahme;
// Abs. 2: Rechtsanspruch auf Förderung des nachträglichen Erwerbs eines Berufsabschlusses seit dem Arbeit-von-morgen-Gesetz 2020;
// Abs. 4: Bildungsgutschein, zeitlich befristet, regional und auf Bildungsziele beschränkbar)
// https://www.gesetze-im-internet.de/sgb_3/__81.html; Rechtsanspruch Berufsabschluss:
// https://netzwerk-sozialrecht.net/rechtsanspruch-auf-bezahlte-ausbildung-zum-nachholen-eines-berufsabschlusses/;
// Förderung als Ermessensleistung, kein Rechtsanspruch im Übrigen: https://www.service.bremen.de/dienstleistungen/bildungsgutschein-beantragen-11545;
// Gültigkeit des Gutscheins höchstens drei Monate: https://www.abendschule.de/der-bildungsgutschein/;
// § 83 SGB III (Weiterbildungskosten: Lehrgangs-, Fahr-, Unterbringungs-, Kinderbetreuungskosten); § 87 SGB III
// (Kinderbetreuung bis 160 Euro je Kind und Monat seit 1.8.2022):
// https://haufe.de/oeffentlicher-dienst/tvoed-office-professional/sauer-sgbiii-87-kinderbetreuungskosten-23-umfang-der-foerderung_idesk_PI13994_HI1969978.html;
// § 87a SGB III (Prämien 1.000 Euro Zwischenprüfung, 1.500 Euro Abschlussprüfung; Weiterbildungsgeld 150 Euro monatlich für
// Arbeitslose; Abs. 3: für Bürgergeld-Beziehende auch neben einer Beschäftigung): https://gesetzklar.de/sgb%203/79288/weiterbildungspraemie-und-weiterbildungsgeld;
// Arbeitslosengeld bei beruflicher Weiterbildung (§§ 136, 144 SGB III):
// https://haufe.de/personal/haufe-personal-office-platin/sauer-sgbiii-81-grundsatz-21-bedeutung-der-beruflichen-weiterbildung_idesk_PI42323_HI1969942.html;
// § 16 SGB II und Zuständigkeitswechsel: seit 1.1.2025 beraten, bewilligen und bezahlen die Agenturen für Arbeit die
// Weiterbildung auch für Bürgergeld-Beziehende, das Jobcenter verweist dorthin:
// https://www.walhalla.de/news/neue-zustaendigkeit-bei-foerderung-beruflicher-weiterbildung-und-massnahmen-der-beruflichen-rehabilitation;
// Bürgergeldbonus (75 Euro) seit 2024 abgeschafft, Weiterbildungsgeld und -prämie bleiben:
// https://jobcenter-ge.de/Jobcenter/Landkreis-Diepholz/SharedDocs/Pressemitteilungen/DE/_config/B%C3%BCrgergeldbonus.html;
// § 82 SGB III (Weiterbildung Beschäftigter mit dem Arbeitgeber). Eine Anschrift der Agentur für Arbeit Hamm war nicht belegbar;
// daher kein eigener Kontakt, sondern der Hinweis auf die Agentur und das Kommunale Jobcenter Hamm.
// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).
export default {
  title: 'Bildungsgutschein – bezahlte Weiterbildung und Umschulung',
  slug: 'bildungsgutschein',
  summary:
    'Ohne Arbeit, Arbeit in Gefahr oder kein Berufsabschluss? Mit einem Bildungsgutschein bezahlt die Agentur für Arbeit eine Weiterbildung oder Umschulung – auch Fahrten und bis zu 160 Euro Kinderbetreuung je Kind im Monat. Für einen Berufsabschluss gibt es Prämien bis 2.500 Euro.',
  summaryLeichteSprache:
    'Sie haben keine Arbeit? Oder Sie haben keinen Beruf gelernt? Dann können Sie vielleicht einen Kurs machen. Oder einen Beruf lernen. Die Agentur für Arbeit bezahlt das. Sie bekommen dafür einen Gutschein. Fragen Sie Ihre Beraterin oder Ihren Berater.',
  kind: 'geldleistung',
  body: [
    'Mit einem Bildungsgutschein bezahlt die Agentur für Arbeit eine berufliche Weiterbildung oder Umschulung, wenn sie nötig ist, damit Sie wieder Arbeit finden, eine drohende Arbeitslosigkeit vermeiden oder einen fehlenden Berufsabschluss nachholen. Im Gutschein stehen das Ziel der Weiterbildung, ihre Dauer und die Region. Sie suchen sich einen zugelassenen Bildungsträger aus und lösen den Gutschein dort ein – meist innerhalb von höchstens drei Monaten.',
    'Übernommen werden die Lehrgangskosten, Fahrkosten und wenn nötig die Unterbringung. Für die Betreuung Ihrer Kinder während der Weiterbildung gibt es bis zu 160 Euro je Kind und Monat. Wer arbeitslos ist und eine Umschulung zu einem Berufsabschluss macht, bekommt zusätzlich 150 Euro Weiterbildungsgeld im Monat. Nach einer bestandenen Zwischenprüfung gibt es 1.000 Euro, nach der Abschlussprüfung 1.500 Euro Prämie.',
    'Ob Sie gefördert werden, entscheidet die Agentur für Arbeit nach einem Beratungsgespräch. Einen Rechtsanspruch gibt es, wenn Sie einen Berufsabschluss nachholen wollen und die Voraussetzungen dafür erfüllen; sonst entscheidet die Agentur nach Ihrer Lage und dem Arbeitsmarkt. Arbeitslosengeld bekommen Sie während der geförderten Weiterbildung weiter.',
    'Bekommen Sie Grundsicherungsgeld (bisher Bürgergeld), sprechen Sie zuerst mit Ihrer Ansprechperson im Kommunalen Jobcenter Hamm. Seit 2025 berät und bewilligt auch dann die Agentur für Arbeit die Weiterbildung; das Jobcenter verweist Sie dorthin und begleitet Sie weiter. Das Weiterbildungsgeld bekommen Menschen mit Grundsicherungsgeld bei einer Umschulung auch, wenn sie nebenher arbeiten.',
    'Auch für die Rückkehr in den Beruf nach einer Familienzeit kann eine Weiterbildung gefördert werden. Melden Sie sich dafür bei der Agentur für Arbeit arbeitsuchend. Sind Sie angestellt, kann Ihr Arbeitgeber mit der Agentur eine Weiterbildung vereinbaren und Zuschüsse bekommen.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['wenig-geld', 'alleinerziehend'],
  eligibilitySummary:
    'Für Erwachsene, die arbeitslos sind oder denen Arbeitslosigkeit droht, für Menschen ohne Berufsabschluss und für Eltern, die nach einer Familienzeit in den Beruf zurückwollen – mit oder ohne Grundsicherungsgeld (bisher Bürgergeld). Gefördert wird, wenn die Weiterbildung nötig ist und die Agentur für Arbeit das nach einer Beratung bestätigt. Der Situations-Finder zeigt das Angebot Arbeitslosen, Erwachsenen, die sich um Haushalt und Familie kümmern, und Haushalten mit Grundsicherungsgeld oder Arbeitslosengeld nur als „vielleicht“, weil er nach dem Berufsabschluss und dem Bedarf nicht fragt. Beschäftigten ohne Berufsabschluss oder mit gefährdetem Arbeitsplatz zeigt er es nicht – fragen Sie trotzdem bei der Agentur für Arbeit nach.',
  kontakte: ['familienrathaus', 'jugendberufsagentur-hamm'],
  erklaervideos: [],
  provider:
    'Agentur für Arbeit Hamm; bei Grundsicherungsgeld (bisher Bürgergeld) zusammen mit dem Kommunalen Jobcenter Hamm; für junge Menschen auch die Jugendberufsagentur Hamm',
  costs:
    'Für Sie kostenlos: Lehrgang, Prüfungen, Fahrten und wenn nötig die Unterbringung werden bezahlt, Kinderbetreuung bis 160 Euro je Kind und Monat. Bei einer Umschulung zum Berufsabschluss zusätzlich 150 Euro Weiterbildungsgeld im Monat (für Arbeitslose und für Menschen mit Grundsicherungsgeld, bisher Bürgergeld) und Prämien von 1.000 und 1.500 Euro für bestandene Prüfungen.',
  steps: [
    'Vereinbaren Sie ein Beratungsgespräch bei der Agentur für Arbeit. Bekommen Sie Grundsicherungsgeld (bisher Bürgergeld), sprechen Sie zuerst mit Ihrer Ansprechperson im Kommunalen Jobcenter Hamm. Junge Menschen unter 25 können auch zur Jugendberufsagentur gehen.',
    'Überlegen Sie vorher, welches Berufsziel Sie haben, und bringen Sie Ihre Zeugnisse mit. Im Gespräch wird geklärt, ob eine Weiterbildung nötig ist und welche passt.',
    'Wird die Förderung bewilligt, bekommen Sie den Bildungsgutschein. Suchen Sie sich einen für die Förderung zugelassenen Kurs und Bildungsträger, bevor der Gutschein abläuft.',
    'Geben Sie den Gutschein beim Bildungsträger ab. Beginnen Sie die Weiterbildung erst, wenn die Agentur für Arbeit zugestimmt hat.',
    'Sprechen Sie im Beratungsgespräch auch Fahrt- und Kinderbetreuungskosten an. Die Prämien gibt es nach den bestandenen Prüfungen.',
  ],
  documents: [
    'Ausweis oder Pass, ohne deutschen Pass Ihr Aufenthaltstitel',
    'Lebenslauf, Schul- und Arbeitszeugnisse, Berufsabschlüsse',
    'Wenn vorhanden: Kündigung oder Bescheid über Arbeitslosengeld oder Grundsicherungsgeld (bisher Bürgergeld)',
    'Für Kinderbetreuungskosten: Nachweise über die Betreuung und ihre Kosten',
  ],
  legalBasis: '§§ 81–87a SGB III (Förderung der beruflichen Weiterbildung, Bildungsgutschein, Weiterbildungsgeld und -prämie); § 16 SGB II',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_3/__81.html',
  synonyms:
    'Bildungsgutschein, Weiterbildung, Umschulung, berufliche Weiterbildung, Förderung berufliche Weiterbildung, FbW, Weiterbildungsgeld, Weiterbildungsprämie, Berufsabschluss nachholen, Teilqualifizierung, Qualifizierung, AZAV, Agentur für Arbeit, Arbeitsamt, Jobcenter, Wiedereinstieg, Berufsrückkehr, arbeitslos, Grundsicherungsgeld Weiterbildung, Bürgergeld Weiterbildung',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          maxAge: 67,
          employment: ['unemployed'],
          reason: 'In Ihrem Haushalt ist jemand ohne Arbeit – die Agentur für Arbeit kann eine Weiterbildung oder Umschulung bezahlen.',
        },
        {
          blockType: 'adult',
          maxAge: 67,
          employment: ['homemaker'],
          reason:
            'In Ihrem Haushalt kümmert sich jemand um Haushalt und Familie – für den Wiedereinstieg in den Beruf kann eine Weiterbildung gefördert werden.',
        },
        // Generated reason ("Sie bekommen Grundsicherungsgeld (bisher Bürgergeld).") names exactly the benefit the household gave.
        { blockType: 'receives', benefits: ['buergergeld', 'arbeitslosengeld'] },
      ],
    },
    // Whether the training is necessary (§ 81 Abs. 1 SGB III), and whether a vocational qualification is missing (Abs. 2), the
    // finder does not ask; the Agentur decides after a consultation.
    {
      blockType: 'proviso',
      text: 'die Agentur für Arbeit eine Weiterbildung für nötig hält, damit Sie Arbeit finden, Arbeitslosigkeit vermeiden oder einen fehlenden Berufsabschluss nachholen',
    },
  ]),
  testFamilies: [
    {
      name: 'Arbeitslose Mutter (34) mit Kind (4)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 34, employment: 'unemployed' },
          { role: 'child', age: 4, activity: 'kita' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar im Bürgergeld, beide angestellt (Aufstocker)',
      household: {
        version: 1,
        income: 'low',
        receives: ['buergergeld', 'kindergeld'],
        members: [
          { role: 'adult', age: 29, employment: 'employed' },
          { role: 'adult', age: 31, employment: 'employed' },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar, beide angestellt, mittleres Einkommen, keine Leistungen',
      household: {
        version: 1,
        income: 'middle',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 40, employment: 'employed' },
          { role: 'adult', age: 41, employment: 'self-employed' },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Grenzfall: Arbeitslos, aber 67 Jahre alt (Rentenalter)',
      household: { version: 1, receives: [], members: [{ role: 'adult', age: 67, employment: 'unemployed' }] },
      expected: 'no',
    },
    {
      name: 'Mutter nach der Familienzeit, Partner angestellt',
      household: {
        version: 1,
        income: 'middle',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 36, employment: 'homemaker' },
          { role: 'adult', age: 38, employment: 'employed' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Erwachsener, Tätigkeit und Leistungen nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 45 }] },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
