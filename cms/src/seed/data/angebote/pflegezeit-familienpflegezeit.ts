import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 2 PflegeZG (kurzzeitige Arbeitsverhinderung bis zu zehn Arbeitstage in einer akuten Pflegesituation, in jedem Betrieb,
// unverzüglich mitzuteilen), https://www.gesetze-im-internet.de/pflegezg/__2.html; § 3 PflegeZG (Pflegezeit: vollständige oder
// teilweise Freistellung bei Arbeitgebern mit mehr als 15 Beschäftigten, Ankündigung zehn Arbeitstage vorher; Abs. 5 minderjährige
// Angehörige auch außer Haus; Abs. 6 Begleitung in der letzten Lebensphase; Abs. 6a Vereinbarung in Kleinbetrieben),
// https://www.gesetze-im-internet.de/pflegezg/__3.html; § 4 PflegeZG (höchstens sechs Monate, letzte Lebensphase drei Monate,
// zusammen mit Familienpflegezeit höchstens 24 Monate); § 5 PflegeZG (Kündigungsschutz ab Ankündigung, höchstens zwölf Wochen vor
// Beginn); § 7 PflegeZG (Beschäftigte, nahe Angehörige, Pflegebedürftigkeit);
// § 2 FPfZG (Familienpflegezeit bis 24 Monate, mindestens 15 Wochenstunden, Arbeitgeber mit mehr als 25 Beschäftigten ohne
// Auszubildende), https://www.gesetze-im-internet.de/fpfzg/__2.html; § 2a FPfZG (Ankündigung acht Wochen vorher, schriftliche
// Vereinbarung); § 3 FPfZG (zinsloses Darlehen des BAFzA, höchstens die Hälfte der Nettodifferenz);
// § 44a Abs. 3 SGB XI (Pflegeunterstützungsgeld), https://www.gesetze-im-internet.de/sgb_11/__44a.html.
// BAFzA, Familienpflegezeit (Darlehen, Formulare auf wege-zur-pflege.de): http://www.bafza.de/aufgaben/alter-und-pflege/familienpflegezeit.html
// Vogtlandkreis, Verwaltungsleistung (Darlehen mindestens 50 Euro, Rückzahlung, Stundung und Teilerlass im Härtefall):
// https://www.vogtlandkreis.de/B%25C3%25BCrgerservice-und-Verwaltung/Infos-und-Services/Verwaltungsleistungen-A-Z/Verwaltungsleistungen/Familienpflegezeit-zinsloses-Darlehen-beantragen.php?object=tx,3434.2.1&ModID=10&FID=2752.1498.1&NavID=2752.215.1
// BKK-Magazin 1/2024 und AOK (Pflegeunterstützungsgeld seit 1.1.2024 je Kalenderjahr und pflegebedürftiger Person für bis zu zehn
// Arbeitstage): https://bkk-pwc-emagazin.mbo-verlag.com/ausgabe-1-2024/kurz-knapp/pflegeunterstuetzungsgeld-ab-2024,
// https://aok.de/gp/pflegereform/pflegeunterstuetzungsgeld
// deine-gesundheitswelt.de (90 bzw. 100 Prozent des ausgefallenen Nettoentgelts): https://www.deine-gesundheitswelt.de/krankheit-behandlung-und-pflege/pflegeunterstuetzungsgeld
// Haufe (Pflegezeit ab mehr als 15, Familienpflegezeit ab mehr als 25 Beschäftigten; Fristen):
// https://haufe.de/personal/haufe-personal-office-platin/pflegezeit-bzw-familienpflegezeit-freistellungteilfre-vorbemerkung_idesk_PI42323_LI5181239.html
// Ein geplantes Familienpflegegeld und die Zusammenführung beider Gesetze sind laut Bundesregierung (BT-Drs. 21/2702) nur geprüft,
// nicht beschlossen: https://www.gegen-hartz.de/news/pflegegeld-kommt-das-familienpflegegeld-ab-2026
export default {
  title: 'Pflegezeit und Familienpflegezeit',
  slug: 'pflegezeit-familienpflegezeit',
  summary:
    'Pflegen Sie einen nahen Angehörigen mit Pflegegrad – auch Ihr Kind? Beschäftigte können im Akutfall bis zu zehn Arbeitstage fehlen und bekommen dafür Pflegeunterstützungsgeld. Dazu kommen bis zu sechs Monate Pflegezeit oder bis zu 24 Monate Familienpflegezeit, mit zinslosem Darlehen.',
  summaryLeichteSprache:
    'Ein Mensch in Ihrer Familie braucht Pflege. Sie arbeiten. Dann dürfen Sie weniger arbeiten oder eine Zeit lang ganz aufhören. Ihr Arbeits-Platz bleibt sicher. Für ein paar Tage gibt es Geld von der Pflege-Kasse. Für längere Zeit können Sie sich Geld leihen. Dafür zahlen Sie keine Zinsen.',
  kind: 'service',
  body: [
    'Wird ein Angehöriger plötzlich pflegebedürftig, muss vieles schnell geregelt werden. Dann dürfen Beschäftigte bis zu zehn Arbeitstage der Arbeit fernbleiben – in jedem Betrieb, egal wie groß. Zahlt der Arbeitgeber für diese Tage keinen Lohn, bekommen Sie von der Pflegekasse der gepflegten Person Pflegeunterstützungsgeld, in der Regel 90 Prozent des ausgefallenen Nettolohns. Seit 2024 gibt es das Geld in jedem Kalenderjahr für bis zu zehn Arbeitstage je pflegebedürftiger Person.',
    'Pflegezeit: Pflegen Sie einen nahen Angehörigen zu Hause, können Sie sich bis zu sechs Monate ganz oder teilweise von der Arbeit freistellen lassen. Darauf haben Sie Anspruch, wenn Ihr Arbeitgeber mehr als 15 Beschäftigte hat. Ihr pflegebedürftiges Kind unter 18 dürfen Sie auch betreuen, wenn es nicht zu Hause, sondern zum Beispiel in einer Einrichtung lebt. Um einen Angehörigen in seiner letzten Lebensphase zu begleiten, gibt es bis zu drei Monate.',
    'Familienpflegezeit: Bis zu 24 Monate können Sie Ihre Arbeitszeit verringern, auf mindestens 15 Stunden in der Woche. Darauf haben Sie Anspruch, wenn Ihr Arbeitgeber mehr als 25 Beschäftigte hat; Auszubildende zählen dabei nicht mit. Pflegezeit und Familienpflegezeit zusammen dauern für denselben Angehörigen höchstens 24 Monate. In kleineren Betrieben können Sie eine Freistellung mit dem Arbeitgeber vereinbaren.',
    'Für die Pflegezeit und die Familienpflegezeit können Sie beim Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA) ein zinsloses Darlehen bekommen. Es gleicht bis zur Hälfte des fehlenden Nettolohns aus und wird monatlich ausgezahlt. Danach zahlen Sie es in Raten zurück; in Härtefällen kann die Rückzahlung gestundet oder zum Teil erlassen werden. Von der Ankündigung bis zum Ende der Freistellung sind Sie besonders vor einer Kündigung geschützt.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['behinderung-pflege'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider:
    'Ihr Arbeitgeber (Freistellung); die Pflegekasse der pflegebedürftigen Person (Pflegeunterstützungsgeld); das Bundesamt für Familie und zivilgesellschaftliche Aufgaben (zinsloses Darlehen)',
  costs:
    'Für die Zeit, in der Sie nicht arbeiten, zahlt der Arbeitgeber in der Regel keinen Lohn. Für bis zu zehn Arbeitstage im Jahr gibt es Pflegeunterstützungsgeld, meist 90 Prozent des ausgefallenen Nettolohns. Das Darlehen des BAFzA ist zinslos, beträgt höchstens die Hälfte des fehlenden Nettolohns und mindestens 50 Euro im Monat und muss zurückgezahlt werden.',
  applyUrl: 'https://www.wege-zur-pflege.de',
  steps: [
    'Im Akutfall: Sagen Sie Ihrem Arbeitgeber sofort, dass und wie lange Sie wegen der Pflege fehlen. Lassen Sie sich ärztlich bescheinigen, dass Ihr Angehöriger pflegebedürftig ist oder es voraussichtlich wird, und beantragen Sie das Pflegeunterstützungsgeld bei seiner Pflegekasse.',
    'Pflegezeit: Kündigen Sie sie spätestens zehn Arbeitstage vor Beginn schriftlich beim Arbeitgeber an. Schreiben Sie dazu, für welchen Zeitraum und in welchem Umfang Sie freigestellt werden möchten.',
    'Familienpflegezeit: Kündigen Sie sie spätestens acht Wochen vor Beginn schriftlich an und vereinbaren Sie mit dem Arbeitgeber schriftlich, wie Ihre verringerte Arbeitszeit verteilt wird.',
    'Legen Sie dem Arbeitgeber eine Bescheinigung der Pflegekasse oder des Medizinischen Dienstes über die Pflegebedürftigkeit vor.',
    'Brauchen Sie Geld für die Zeit der Freistellung, beantragen Sie das zinslose Darlehen beim BAFzA. Formulare und einen Rechner finden Sie auf wege-zur-pflege.de.',
  ],
  documents: [
    'Schriftliche Ankündigung an den Arbeitgeber (bei Pflegezeit und Familienpflegezeit)',
    'Nachweis der Pflegebedürftigkeit: Bescheid der Pflegekasse oder Gutachten des Medizinischen Dienstes, im Akutfall eine ärztliche Bescheinigung',
    'Für das Pflegeunterstützungsgeld: Antrag bei der Pflegekasse der gepflegten Person',
    'Für das Darlehen: Antrag beim BAFzA mit Nachweisen über Ihren Lohn und die vereinbarte Freistellung',
  ],
  eligibilitySummary:
    'Für Beschäftigte und Auszubildende, die einen pflegebedürftigen nahen Angehörigen pflegen oder betreuen – auch ihr eigenes Kind mit Pflegegrad. Nahe Angehörige sind unter anderem Eltern, Schwiegereltern, Großeltern, Ehe- und Lebenspartner, Partner in eheähnlicher Gemeinschaft, Geschwister, Kinder, Stief-, Pflege- und Schwiegerkinder und Enkel. Die bis zu zehn Tage im Akutfall gibt es in jedem Betrieb, Pflegezeit bei mehr als 15, Familienpflegezeit bei mehr als 25 Beschäftigten. Der Situations-Finder zeigt das Angebot, wenn eine erwachsene Person im Haushalt angestellt ist oder eine Ausbildung macht und jemand im Haushalt einen Pflegegrad hat. Die Größe Ihres Betriebs kennt er nicht. Pflegen Sie einen Angehörigen, der nicht bei Ihnen wohnt – etwa Ihre Mutter in ihrer eigenen Wohnung –, können Sie ihn im Situations-Finder nicht angeben; die Freistellung steht Ihnen trotzdem zu. Selbstständige haben keinen Anspruch; für Beamtinnen und Beamte gelten eigene Regeln ihres Dienstherrn.',
  legalBasis:
    '§§ 2 bis 5 und 7 Pflegezeitgesetz (PflegeZG); §§ 2, 2a und 3 Familienpflegezeitgesetz (FPfZG); § 44a Abs. 3 SGB XI (Pflegeunterstützungsgeld)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/pflegezg/__3.html',
  synonyms:
    'Pflegezeit, Familienpflegezeit, Pflegeteilzeit, Freistellung Pflege, Pflegeunterstützungsgeld, kurzzeitige Arbeitsverhinderung, zehn Tage Pflege, Angehörige pflegen und arbeiten, Pflege und Beruf, zinsloses Darlehen Pflege, Pflegedarlehen, BAFzA, Kündigungsschutz Pflege, Sterbebegleitung, Kind mit Pflegegrad Arbeit',
  rules: rules([
    {
      blockType: 'all',
      reason:
        'Sie sind berufstätig, und ein Mensch in Ihrem Haushalt hat einen Pflegegrad. Für seine Pflege können Sie sich ganz oder teilweise von der Arbeit freistellen lassen.',
      conditions: [
        { blockType: 'adult', employment: ['employed', 'trainee'] },
        { blockType: 'member', minPflegegrad: 1 },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Angestellte Mutter, Kind (8) mit Pflegegrad 3',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 39, employment: 'employed', pflegegrad: 0 },
          { role: 'child', age: 8, disability: true, pflegegrad: 3 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Auszubildender (20) lebt mit Großmutter (84) mit Pflegegrad 1',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 20, employment: 'trainee', pflegegrad: 0 },
          { role: 'adult', age: 84, relation: 'grandparent', employment: 'retired', pflegegrad: 1 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Selbstständiger Vater, Kind (6) mit Pflegegrad 2',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 45, employment: 'self-employed', pflegegrad: 0 },
          { role: 'child', age: 6, pflegegrad: 2 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Berufstätiges Paar mit Kind (10), niemand mit Pflegegrad',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 38, employment: 'employed', pflegegrad: 0 },
          { role: 'adult', age: 40, employment: 'employed', pflegegrad: 0 },
          { role: 'child', age: 10, pflegegrad: 0 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Angestellte mit Vater (77) im Haushalt, Pflegegrad nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 51, employment: 'employed' },
          { role: 'adult', age: 77, relation: 'grandparent', employment: 'retired' },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
