import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: §§ 43–44a AufenthG, Integrationskursverordnung (IntV); bamf.de FAQ „Was kostet ein Integrationskurs?“ (2,29 Euro je
// Unterrichtsstunde, 700 Stunden = 1.603 Euro, Befreiung bei Bürgergeld/Sozialhilfe oder Bedürftigkeit, Hälfte zurück bei Erfolg
// innerhalb von zwei Jahren); vhs-erlangen.de (Zahlung je Modul à 100 Stunden, Tests kostenlos, Fahrtkostenzuschuss ab 3 km);
// BAMF-Trägerrundschreiben 02/26 vom 09.02.2026, zitiert von fr-hessen.de und frnrw.de (im Haushaltsjahr 2026 bis auf Weiteres keine
// Zulassungen nach § 44 Abs. 4 AufenthG – u. a. EU-Bürger, Menschen aus der Ukraine, Asylbewerber, Geduldete; Teilnahme als
// Selbstzahlende möglich; Anspruch nach § 44 Abs. 1 und Verpflichtung nach § 44a bleiben); frnrw.de und fluechtlingsrat-bw.de zum
// Zulassungsstopp (gilt für das ganze Haushaltsjahr 2026).
// § 44 Abs. 1 bis 3 AufenthG (https://www.gesetze-im-internet.de/aufenthg_2004/__44.html; Wortlaut auch dejure.org/gesetze/AufenthG/44.html):
// Anspruch nur bei erstmaliger Aufenthaltserlaubnis zu Erwerbszwecken (§§ 18a–18d, 19c, 21), zum Familiennachzug (§§ 28, 29, 30, 32, 36, 36a),
// aus humanitären Gründen nach § 25 Abs. 1, 2, 4a Satz 3 oder § 25b, als langfristig Aufenthaltsberechtigter (§ 38a) oder nach § 23 Abs. 2/4,
// bei dauerhaftem Aufenthalt; der Anspruch erlischt ein Jahr nach Erteilung des Titels; kein Anspruch bei Schulbesuch, geringem
// Integrationsbedarf oder ausreichenden Deutschkenntnissen. Andere Titel (z. B. Studium, § 25 Abs. 3 und 5, § 24) geben keinen Anspruch.
// § 44a Abs. 1 AufenthG (Verpflichtung, u. a. durch das Jobcenter bei Bezug von Grundsicherungsgeld).
export default {
  title: 'Integrationskurs: Deutsch lernen und das Leben in Deutschland kennenlernen',
  slug: 'integrationskurs',
  summary:
    'Im Integrationskurs lernen Sie Deutsch bis zum Niveau B1 und erfahren viel über Alltag, Geschichte und Rechte in Deutschland. Einen Anspruch haben anerkannte Flüchtlinge und viele, die neu zum Arbeiten oder zur Familie kommen. Mit Grundsicherungsgeld oder kleinem Einkommen ist der Kurs kostenlos.',
  summaryLeichteSprache:
    'Im Integrations-Kurs lernen Sie Deutsch. Und Sie lernen viel über das Leben in Deutschland. Der Kurs ist oft kostenlos. Zum Beispiel, wenn Sie Grundsicherungsgeld (früher Bürgergeld) bekommen. Fragen Sie bei der Ausländer-Behörde oder beim Jobcenter nach.',
  kind: 'bildung',
  body: [
    'Ein allgemeiner Integrationskurs hat 700 Unterrichtsstunden: 600 Stunden Sprachkurs bis zum Niveau B1 und 100 Stunden Orientierungskurs zu Rechtsordnung, Geschichte, Kultur und Alltag in Deutschland. Es gibt auch besondere Kurse, zum Beispiel für Eltern, für Frauen, mit Alphabetisierung oder als Intensivkurs. Am Ende stehen der „Deutsch-Test für Zuwanderer“ und der Test „Leben in Deutschland“.',
    'Nicht jede Aufenthaltserlaubnis gibt einen Anspruch auf den Kurs. Einen Anspruch haben Menschen, die erstmals eine Aufenthaltserlaubnis zum Arbeiten, zum Familiennachzug oder aus bestimmten humanitären Gründen bekommen – zum Beispiel als anerkannte Flüchtlinge oder mit subsidiärem Schutz – und länger in Deutschland bleiben. Der Anspruch endet ein Jahr nach Erteilung der Aufenthaltserlaubnis, wenn Sie sich bis dahin nicht angemeldet haben. Keinen Anspruch haben zum Beispiel Menschen mit einer Aufenthaltserlaubnis zum Studium, Schülerinnen und Schüler und wer schon ausreichend Deutsch spricht. Ausländerbehörde oder Jobcenter können Sie auch zur Teilnahme verpflichten – dann müssen Sie teilnehmen, und der Platz ist Ihnen sicher.',
    'Wichtig für 2026: Das Bundesamt für Migration und Flüchtlinge (BAMF) lässt seit Februar 2026 für das ganze Jahr 2026 keine freiwilligen Teilnehmenden ohne Anspruch mehr zu (Zulassung nach § 44 Absatz 4 Aufenthaltsgesetz). Das betrifft vor allem EU-Bürgerinnen und -Bürger, Menschen aus der Ukraine, Asylsuchende, Geduldete und Menschen, deren Anspruch abgelaufen ist. Sie können nur teilnehmen, wenn eine Behörde sie verpflichtet, oder als Selbstzahlende. Bereits erteilte Zulassungen bleiben gültig. Ob das BAMF 2027 wieder freiwillige Teilnehmende zulässt, war bei unserer Prüfung nicht bekannt.',
    'Kurse gibt es bei verschiedenen Bildungsträgern in Hamm. Die Migrationsberatung hilft Ihnen, einen passenden Kurs zu finden und die Anträge zu stellen.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['neu-in-hamm'],
  eligibilitySummary:
    'Anspruch: Zugewanderte, die erstmals eine Aufenthaltserlaubnis zur Erwerbstätigkeit, zum Familiennachzug oder aus bestimmten humanitären Gründen (z. B. als anerkannte Flüchtlinge oder mit subsidiärem Schutz) bekommen haben, innerhalb eines Jahres danach und wenn sie nicht ausreichend Deutsch sprechen. Verpflichtung durch Ausländerbehörde oder Jobcenter möglich. Freiwillige Zulassung (EU-Bürger, Ukraine, Asylsuchende, Geduldete) ist 2026 ausgesetzt. Der Situations-Finder zeigt den Kurs anerkannten Flüchtlingen als passend. Mit einer anderen Aufenthaltserlaubnis zeigt er ihn nur als „vielleicht“, weil er die Art der Erlaubnis nicht abfragt; ebenso Menschen mit vorübergehendem Schutz, die Grundsicherungsgeld bekommen, weil das Jobcenter sie verpflichten kann. Vereinfacht: Ob Sie schon ausreichend Deutsch sprechen und wann Ihre Aufenthaltserlaubnis erteilt wurde, fragt der Situations-Finder nicht.',
  kontakte: ['vhs-hamm'],
  erklaervideos: [],
  provider: 'Bundesamt für Migration und Flüchtlinge (BAMF) mit zugelassenen Kursträgern in Hamm',
  costs:
    'Der Eigenbeitrag beträgt 2,29 Euro pro Unterrichtsstunde, also 1.603 Euro für einen Kurs mit 700 Stunden; Sie zahlen ihn je Kursabschnitt mit 100 Stunden. Wer Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe oder Asylbewerberleistungen bekommt oder wenig verdient, wird auf Antrag befreit. Bestehen Sie den Kurs innerhalb von zwei Jahren, bekommen Sie die Hälfte zurück. Die Abschlusstests sind kostenlos; für weite Wege gibt es einen Fahrtkostenzuschuss.',
  steps: [
    'Sie haben einen Anspruch oder eine Verpflichtung? Dann bekommen Sie einen Berechtigungsschein von der Ausländerbehörde oder dem Jobcenter.',
    'Suchen Sie einen Kursträger in Hamm und melden Sie sich dort an. Sie machen zuerst einen Einstufungstest.',
    'Stellen Sie vor Kursbeginn beim BAMF den Antrag auf Befreiung vom Kostenbeitrag, wenn Sie Grundsicherungsgeld, Sozialhilfe oder Asylbewerberleistungen bekommen oder wenig verdienen. Der Kursträger hilft Ihnen dabei.',
    'Nach dem Kurs machen Sie die Abschlusstests. Mit dem Zertifikat können Sie die Hälfte Ihres Kostenbeitrags zurückbekommen.',
  ],
  documents: [
    'Pass und Aufenthaltstitel',
    'Berechtigungsschein oder Verpflichtung (von Ausländerbehörde oder Jobcenter)',
    'Für die Kostenbefreiung: Bescheid über Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe oder Asylbewerberleistungen oder Nachweise über Ihr Einkommen',
  ],
  legalBasis:
    '§§ 43, 44 (Anspruch nur für bestimmte Aufenthaltserlaubnisse, Absatz 1 bis 3) und 44a Aufenthaltsgesetz; Integrationskursverordnung (IntV)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/aufenthg_2004/__44.html',
  synonyms:
    'Integrationskurs, Deutschkurs, Sprachkurs, Deutsch lernen, Orientierungskurs, B1, DTZ, Leben in Deutschland, Berechtigungsschein, BAMF, Elternkurs, Frauenkurs, Alphabetisierungskurs, Kostenbefreiung',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          residence: ['recognised-refugee'],
          reason:
            'Sie sind als Flüchtling anerkannt oder haben subsidiären Schutz – damit haben Sie einen Anspruch auf den Integrationskurs, wenn Sie noch nicht ausreichend Deutsch sprechen.',
        },
        {
          // § 44 Abs. 1 AufenthG: only some residence permits, first issued and less than a year ago, give a right to the course.
          blockType: 'all',
          conditions: [
            { blockType: 'adult', residence: ['residence-permit'] },
            {
              blockType: 'proviso',
              text: 'Ihre Aufenthaltserlaubnis Ihnen vor weniger als einem Jahr erstmals zum Arbeiten, zum Familiennachzug oder aus humanitären Gründen erteilt wurde',
            },
          ],
        },
        {
          blockType: 'all',
          conditions: [
            { blockType: 'adult', residence: ['temporary-protection'] },
            { blockType: 'receives', benefits: ['buergergeld'] },
            { blockType: 'proviso', text: 'das Jobcenter Sie zur Teilnahme verpflichtet' },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Paar mit Aufenthaltserlaubnis (Art der Erlaubnis nicht gefragt)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 29, residenceStatus: 'residence-permit' },
          { role: 'adult', age: 33, residenceStatus: 'residence-permit' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Anerkannte Flüchtlinge mit Grundsicherungsgeld und Kind (6)',
      household: {
        version: 1,
        receives: ['buergergeld'],
        members: [
          { role: 'adult', age: 31, residenceStatus: 'recognised-refugee' },
          { role: 'adult', age: 28, residenceStatus: 'recognised-refugee' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Mutter aus der Ukraine mit Grundsicherungsgeld',
      household: {
        version: 1,
        receives: ['buergergeld'],
        members: [
          { role: 'adult', age: 37, residenceStatus: 'temporary-protection' },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Mann aus der Ukraine, arbeitet, ohne Sozialleistungen',
      household: {
        version: 1,
        income: 'middle',
        receives: [],
        members: [{ role: 'adult', age: 42, residenceStatus: 'temporary-protection', employment: 'employed' }],
      },
      expected: 'no',
    },
    {
      name: 'Deutsche Familie',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 40, residenceStatus: 'german' },
          { role: 'child', age: 10 },
        ],
      },
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
