import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Mutterschutz',
  slug: 'mutterschutz',
  summary:
    'Der Mutterschutz schützt schwangere und stillende Frauen, die arbeiten, eine Ausbildung machen oder studieren: vor Gefahren am Arbeitsplatz und vor Kündigung. Sechs Wochen vor und acht Wochen nach der Geburt müssen Sie nicht arbeiten.',
  summaryLeichteSprache:
    'Sie sind schwanger. Sie arbeiten. Dann gilt für Sie der Mutterschutz. Sie müssen keine gefährliche Arbeit machen. Ihr Chef darf Ihnen nicht kündigen. Vor und nach der Geburt haben Sie frei.',
  kind: 'gesundheit',
  body: [
    'Sobald Sie schwanger sind, schützt Sie das Mutterschutzgesetz. Sagen Sie Ihrem Arbeitgeber früh Bescheid: Er muss Ihren Arbeitsplatz prüfen und gefährliche Tätigkeiten, Nachtarbeit und Mehrarbeit vermeiden. Geht das nicht, muss er Sie anders einsetzen oder freistellen. Auch eine Ärztin oder ein Arzt kann ein Beschäftigungsverbot aussprechen. Ihr Lohn läuft dann weiter.',
    'In den sechs Wochen vor dem errechneten Geburtstermin müssen Sie nicht arbeiten – außer Sie möchten es ausdrücklich. In den acht Wochen nach der Geburt dürfen Sie nicht arbeiten. Nach einer Früh- oder Mehrlingsgeburt und wenn bei Ihrem Kind eine Behinderung festgestellt wird, sind es zwölf Wochen. Seit Juni 2025 gibt es auch nach einer Fehlgeburt ab der 13. Schwangerschaftswoche eine Schutzfrist.',
    'Von Beginn der Schwangerschaft bis vier Monate nach der Geburt darf Ihnen in der Regel nicht gekündigt werden. Nach der Rückkehr haben Sie Anspruch auf Stillpausen während der Arbeitszeit.',
    'Der Mutterschutz gilt für Arbeitnehmerinnen, Auszubildende, Frauen in Minijobs und – mit Besonderheiten – für Schülerinnen und Studentinnen. Während der Schutzfristen bekommen Sie Mutterschaftsgeld. Für Selbstständige gilt das Mutterschutzgesetz nicht.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['schwangerschaft-geburt'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Ihr Arbeitgeber; Aufsicht in NRW: die Arbeitsschutzverwaltung der Bezirksregierung',
  eligibilitySummary:
    'Für schwangere und stillende Frauen, die angestellt sind, eine Ausbildung machen, in einem Minijob arbeiten oder studieren, und für Mütter bis vier Monate nach der Geburt. Selbstständige sind nicht erfasst. Der Mutterschutz gilt nur für die Frau, die das Kind erwartet oder geboren hat – nicht für den anderen Elternteil. Nach der Geburt zeigt der Situations-Finder das Angebot, solange das Baby jünger als vier Monate ist (Kündigungsschutz); Stillende sind bis zum ersten Geburtstag des Kindes zusätzlich geschützt.',
  costs:
    'Für Sie kostenlos. Während der Schutzfristen bekommen Sie Mutterschaftsgeld und den Zuschuss Ihres Arbeitgebers, bei einem Beschäftigungsverbot Ihren bisherigen Durchschnittslohn.',
  steps: [
    'Teilen Sie Ihrem Arbeitgeber, Ihrer Schule oder Hochschule die Schwangerschaft und den errechneten Geburtstermin mit, sobald Sie es wissen.',
    'Lassen Sie sich von Ihrer Frauenärztin oder Ihrem Frauenarzt eine Bescheinigung über den Geburtstermin geben. Sie brauchen sie auch für das Mutterschaftsgeld.',
    'Besprechen Sie mit Ihrem Arbeitgeber, welche Tätigkeiten Sie weiter machen können. Bei Problemen hilft die Arbeitsschutzbehörde der Bezirksregierung.',
    'Planen Sie die Zeit nach der Schutzfrist: Elternzeit und Elterngeld schließen sich an.',
  ],
  documents: ['Ärztliche Bescheinigung über die Schwangerschaft und den errechneten Geburtstermin'],
  legalBasis: 'Mutterschutzgesetz (MuSchG), insbesondere § 1 (geschützt ist die schwangere oder stillende Frau), §§ 3, 16 und 17 MuSchG',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/muschg_2018/__3.html',
  synonyms:
    'Mutterschutz, Mutterschutzfrist, Schutzfrist, Beschäftigungsverbot, Kündigungsschutz Schwangerschaft, Stillzeit, Mutterschutz Fehlgeburt',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          pregnant: true,
          employment: ['employed', 'trainee', 'student'],
        },
        {
          blockType: 'all',
          reason:
            'Ihr Baby ist jünger als vier Monate, und Sie haben es geboren und sind angestellt, in Ausbildung oder im Studium – nach der Geburt gelten Schutzfrist und Kündigungsschutz weiter.',
          conditions: [
            { blockType: 'child', maxAge: 4 / 12, relations: ['own'] },
            { blockType: 'adult', gaveBirth: true, employment: ['employed', 'trainee', 'student', 'parental-leave'] },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Schwangere Angestellte, Geburt in 12 Wochen',
      household: { version: 1, members: [{ role: 'adult', age: 31, employment: 'employed', pregnant: true, dueInWeeks: 12 }] },
      expected: 'yes',
    },
    {
      name: 'Schwangere Studentin',
      household: { version: 1, members: [{ role: 'adult', age: 24, employment: 'student', pregnant: true, dueInWeeks: 20 }] },
      expected: 'yes',
    },
    {
      name: 'Mutter in Elternzeit mit Baby (6 Wochen)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 33, employment: 'parental-leave', gaveBirth: true },
          { role: 'child', age: 6 / 52 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Baby (6 Wochen), Vater angestellt, Mutter zu Hause',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 30, employment: 'homemaker', gaveBirth: true, pregnant: false },
          { role: 'adult', age: 32, employment: 'employed', gaveBirth: false, pregnant: false },
          { role: 'child', age: 6 / 52 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Baby (6 Wochen), Vater angestellt, nicht gesagt, wer es geboren hat',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 30, employment: 'homemaker', pregnant: false },
          { role: 'adult', age: 32, employment: 'employed', pregnant: false },
          { role: 'child', age: 6 / 52 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Schwangere Selbstständige',
      household: { version: 1, members: [{ role: 'adult', age: 35, employment: 'self-employed', pregnant: true, dueInWeeks: 8 }] },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
