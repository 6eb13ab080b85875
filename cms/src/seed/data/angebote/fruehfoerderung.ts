import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 46 SGB IX (Früherkennung und Frühförderung, Komplexleistung) und § 79 SGB IX (heilpädagogische Leistungen für Kinder
// bis zur Einschulung); Frühförderungsverordnung; johanniter.de 02.06.2025 „30 Jahre Frühförderung“ (Frühförderung an den
// Johanniter-Kliniken Hamm, Standort Werler Straße, bis zu 300 Kinder, rund 20 Heilpädagoginnen); viele-schaffen-mehr.de
// (Frühförderstelle neben der Kinderklinik); stadtmag.de Lünen (heilpädagogische Frühförderung in NRW über den LWL finanziert);
// westfalenspiegel.de 28.11.2023 (Informationen zur Frühförderung im digitalen Familienrathaus).
export default {
  title: 'Frühförderung für Kinder mit Entwicklungsverzögerung oder Behinderung',
  slug: 'fruehfoerderung',
  summary:
    'Ihr Kind entwickelt sich langsamer als andere, hat eine Behinderung oder Sie machen sich Sorgen? Frühförderung unterstützt Kinder von der Geburt bis zur Einschulung mit heilpädagogischer Förderung und Therapie – und berät die Eltern. Für Sie kostenlos.',
  summaryLeichteSprache:
    'Manche Kinder lernen langsamer. Oder ein Kind hat eine Behinderung. Dann kann die Früh-Förderung helfen. Fach-Leute spielen und üben mit dem Kind. Das geht von der Geburt bis zur Schule. Es kostet nichts.',
  kind: 'gesundheit',
  body: [
    'Jedes Kind entwickelt sich in seinem eigenen Tempo. Wenn ein Kind aber deutlich später läuft oder spricht, Schwierigkeiten mit Bewegung, Wahrnehmung oder im Kontakt mit anderen hat, zu früh geboren wurde oder eine Behinderung hat, hilft die Frühförderung – am besten so früh wie möglich.',
    'Fachleute aus Heilpädagogik und Therapie (zum Beispiel Logopädie, Ergo- und Physiotherapie) stellen zuerst fest, was Ihr Kind braucht, und erstellen mit Ihnen einen Förderplan. Die Förderung findet meist ein- bis zweimal in der Woche statt, in der Frühförderstelle, in der Kita oder bei Ihnen zu Hause. Sie als Eltern werden eng einbezogen und beraten.',
    'In Hamm gibt es die Frühförderung seit 30 Jahren an den Johanniter-Kliniken am Standort Werler Straße, neben der Kinderklinik. Rund 20 Heilpädagoginnen begleiten dort bis zu 300 Kinder. Die Frühförderung arbeitet eng mit Kinderärztinnen und -ärzten, Kitas und den Frühen Hilfen zusammen.',
    'Die Frühförderung endet mit der Einschulung. Ist auch danach Unterstützung nötig, hilft die Frühförderstelle beim Übergang, zum Beispiel zur Eingliederungshilfe.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['behinderung-pflege', 'kleinkind'],
  eligibilitySummary:
    'Kinder von der Geburt bis zur Einschulung, die eine Behinderung haben, von einer Behinderung bedroht sind oder deren Entwicklung verzögert ist – auch schon bei einem begründeten Verdacht. Eine Diagnose oder ein Schwerbehindertenausweis ist nicht nötig.',
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider:
    'Frühförderstellen, in Hamm die Frühförderung der Johanniter-Kliniken Hamm; Kostenträger sind Landschaftsverband Westfalen-Lippe (LWL) und Krankenkassen',
  costs:
    'Für die Familie kostenlos und unabhängig vom Einkommen. Die Kosten tragen der Landschaftsverband Westfalen-Lippe als Träger der Eingliederungshilfe und die Krankenkasse.',
  steps: [
    'Sprechen Sie Ihre Sorgen bei der Kinderärztin oder dem Kinderarzt an, zum Beispiel bei der nächsten U-Untersuchung. Auch die Kita kann Sie auf Frühförderung hinweisen.',
    'Nehmen Sie Kontakt zur Frühförderstelle auf. Ein erstes Beratungsgespräch ist ohne Überweisung möglich.',
    'Die Fachleute untersuchen Ihr Kind und erstellen mit Ihnen einen Förder- und Behandlungsplan.',
    'Die Frühförderstelle hilft Ihnen beim Antrag an den Kostenträger. Danach beginnt die Förderung.',
  ],
  documents: ['Vorsorgeheft (gelbes U-Heft) des Kindes', 'Vorhandene Arztberichte und Befunde', 'Versichertenkarte des Kindes'],
  legalBasis: '§ 46 SGB IX (Früherkennung und Frühförderung); § 79 SGB IX (heilpädagogische Leistungen); Frühförderungsverordnung',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_9_2018/__46.html',
  synonyms:
    'Frühförderung, Frühförderstelle, Heilpädagogik, heilpädagogische Frühförderung, Entwicklungsverzögerung, Entwicklungsstörung, Sprachentwicklung, Frühchen, Behinderung, Logopädie, Ergotherapie, Physiotherapie, Komplexleistung, Johanniter',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          maxAge: 6,
          disability: true,
          reason:
            'Ihr Kind ist noch nicht im Schulalter und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).',
        },
        {
          blockType: 'child',
          minAge: 6,
          maxAge: 7,
          disability: true,
          activities: ['none', 'kita', 'kindertagespflege'],
          reason:
            'Ihr Kind geht noch nicht zur Schule und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Kind (3) mit Sprachentwicklungsverzögerung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 3, disability: true, activity: 'kita' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Kind (3) ohne Entwicklungsverzögerung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 3, disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Kind (2), zur Entwicklung nichts angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 28 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Schulkind (9) mit Behinderung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 40 },
          { role: 'child', age: 9, disability: true, activity: 'grundschule' },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
