import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: §§ 43–44a AufenthG, Integrationskursverordnung (IntV); bamf.de FAQ „Was kostet ein Integrationskurs?“ (2,29 Euro je
// Unterrichtsstunde, 700 Stunden = 1.603 Euro, Befreiung bei Bürgergeld/Sozialhilfe oder Bedürftigkeit, Hälfte zurück bei Erfolg
// innerhalb von zwei Jahren); vhs-erlangen.de (Zahlung je Modul à 100 Stunden, Tests kostenlos, Fahrtkostenzuschuss ab 3 km);
// BAMF-Trägerrundschreiben 02/26 vom 09.02.2026, zitiert von fr-hessen.de und frnrw.de (im Haushaltsjahr 2026 bis auf Weiteres keine
// Zulassungen nach § 44 Abs. 4 AufenthG – u. a. EU-Bürger, Menschen aus der Ukraine, Asylbewerber, Geduldete; Teilnahme als
// Selbstzahlende möglich; Anspruch nach § 44 Abs. 1 und Verpflichtung nach § 44a bleiben).
export default {
  title: 'Integrationskurs: Deutsch lernen und das Leben in Deutschland kennenlernen',
  slug: 'integrationskurs',
  summary:
    'Im Integrationskurs lernen Sie Deutsch bis zum Niveau B1 und erfahren viel über Alltag, Geschichte und Rechte in Deutschland. Wer neu mit Aufenthaltserlaubnis kommt, hat meist einen Anspruch. Mit Bürgergeld oder kleinem Einkommen ist der Kurs kostenlos.',
  summaryLeichteSprache:
    'Im Integrations-Kurs lernen Sie Deutsch. Und Sie lernen viel über das Leben in Deutschland. Der Kurs ist oft kostenlos. Zum Beispiel, wenn Sie Bürgergeld bekommen. Fragen Sie bei der Ausländer-Behörde oder beim Jobcenter nach.',
  kind: 'bildung',
  body: [
    'Ein allgemeiner Integrationskurs hat 700 Unterrichtsstunden: 600 Stunden Sprachkurs bis zum Niveau B1 und 100 Stunden Orientierungskurs zu Rechtsordnung, Geschichte, Kultur und Alltag in Deutschland. Es gibt auch besondere Kurse, zum Beispiel für Eltern, für Frauen, mit Alphabetisierung oder als Intensivkurs. Am Ende stehen der „Deutsch-Test für Zuwanderer“ und der Test „Leben in Deutschland“.',
    'Einen Anspruch auf den Kurs haben vor allem Menschen, die erstmals eine Aufenthaltserlaubnis zum Arbeiten, zur Familienzusammenführung oder aus humanitären Gründen bekommen, zum Beispiel anerkannte Flüchtlinge. Ausländerbehörde oder Jobcenter können Sie auch zur Teilnahme verpflichten – dann müssen Sie teilnehmen.',
    'Wichtig für 2026: Das Bundesamt für Migration und Flüchtlinge (BAMF) lässt im Jahr 2026 bis auf Weiteres keine freiwilligen Teilnehmenden ohne Anspruch mehr zu. Das betrifft vor allem EU-Bürgerinnen und -Bürger, Menschen aus der Ukraine, Asylsuchende und Geduldete. Sie können nur teilnehmen, wenn eine Behörde sie verpflichtet, oder als Selbstzahlende. Bereits erteilte Zulassungen bleiben gültig.',
    'Kurse gibt es bei verschiedenen Bildungsträgern in Hamm. Die Migrationsberatung hilft Ihnen, einen passenden Kurs zu finden und die Anträge zu stellen.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['neu-in-hamm'],
  eligibilitySummary:
    'Anspruch: Zugewanderte mit einer neuen Aufenthaltserlaubnis zur Erwerbstätigkeit, zum Familiennachzug oder aus humanitären Gründen (z. B. anerkannte Flüchtlinge), wenn sie nicht ausreichend Deutsch sprechen. Verpflichtung durch Ausländerbehörde oder Jobcenter möglich. Freiwillige Zulassung (EU-Bürger, Ukraine, Asylsuchende, Geduldete) ist 2026 ausgesetzt.',
  kontakte: ['vhs-hamm'],
  erklaervideos: [],
  provider: 'Bundesamt für Migration und Flüchtlinge (BAMF) mit zugelassenen Kursträgern in Hamm',
  costs:
    'Der Eigenbeitrag beträgt 2,29 Euro pro Unterrichtsstunde, also 1.603 Euro für einen Kurs mit 700 Stunden; Sie zahlen ihn je Kursabschnitt mit 100 Stunden. Wer Bürgergeld, Sozialhilfe oder Asylbewerberleistungen bekommt oder wenig verdient, wird auf Antrag befreit. Bestehen Sie den Kurs innerhalb von zwei Jahren, bekommen Sie die Hälfte zurück. Die Abschlusstests sind kostenlos; für weite Wege gibt es einen Fahrtkostenzuschuss.',
  steps: [
    'Sie haben einen Anspruch oder eine Verpflichtung? Dann bekommen Sie einen Berechtigungsschein von der Ausländerbehörde oder dem Jobcenter.',
    'Suchen Sie einen Kursträger in Hamm und melden Sie sich dort an. Sie machen zuerst einen Einstufungstest.',
    'Stellen Sie vor Kursbeginn beim BAMF den Antrag auf Befreiung vom Kostenbeitrag, wenn Sie Bürgergeld, Sozialhilfe oder Asylbewerberleistungen bekommen oder wenig verdienen. Der Kursträger hilft Ihnen dabei.',
    'Nach dem Kurs machen Sie die Abschlusstests. Mit dem Zertifikat können Sie die Hälfte Ihres Kostenbeitrags zurückbekommen.',
  ],
  documents: [
    'Pass und Aufenthaltstitel',
    'Berechtigungsschein oder Verpflichtung (von Ausländerbehörde oder Jobcenter)',
    'Für die Kostenbefreiung: Bescheid über Bürgergeld, Sozialhilfe oder Asylbewerberleistungen oder Nachweise über Ihr Einkommen',
  ],
  legalBasis: '§§ 43, 44 und 44a Aufenthaltsgesetz; Integrationskursverordnung (IntV)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/aufenthg_2004/__44.html',
  synonyms:
    'Integrationskurs, Deutschkurs, Sprachkurs, Deutsch lernen, Orientierungskurs, B1, DTZ, Leben in Deutschland, Berechtigungsschein, BAMF, Elternkurs, Frauenkurs, Alphabetisierungskurs, Kostenbefreiung',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          residence: ['residence-permit', 'recognised-refugee'],
          reason: 'Sie haben eine Aufenthaltserlaubnis oder sind als Flüchtling anerkannt – damit haben Sie meist einen Anspruch auf den Integrationskurs.',
        },
        {
          blockType: 'all',
          reason: 'Sie haben vorübergehenden Schutz und bekommen Bürgergeld – das Jobcenter kann Sie zum Integrationskurs verpflichten, dann ist der Platz sicher.',
          conditions: [
            { blockType: 'adult', residence: ['temporary-protection'] },
            { blockType: 'receives', benefits: ['buergergeld'] },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Paar mit Aufenthaltserlaubnis (Familiennachzug)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 29, residenceStatus: 'residence-permit' },
          { role: 'adult', age: 33, residenceStatus: 'residence-permit' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Deutsche Familie',
      household: { version: 1, members: [{ role: 'adult', age: 40, residenceStatus: 'german' }, { role: 'child', age: 10 }] },
      expected: 'no',
    },
    {
      name: 'EU-Bürgerin ohne Sozialleistungen (Zulassung 2026 ausgesetzt)',
      household: {
        version: 1,
        receives: [],
        members: [{ role: 'adult', age: 35, residenceStatus: 'eu', employment: 'employed' }],
      },
      expected: 'no',
    },
    {
      name: 'Erwachsene, Aufenthaltsstatus nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 27 }] },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
