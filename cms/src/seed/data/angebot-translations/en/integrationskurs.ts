import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Integration course: learning German and getting to know life in Germany (Integrationskurs)',
  summary:
    'In the integration course (Integrationskurs), you learn German up to level B1 and a lot about everyday life, history and rights in Germany. Recognised refugees and many people who come to work or join their family are entitled to it. With Grundsicherungsgeld or a small income, it is free of charge.',
  costs:
    'Your own contribution is 2.29 euros per lesson, which makes 1,603 euros for a course of 700 lessons; you pay it for each course section of 100 lessons. People who receive Grundsicherungsgeld (formerly Bürgergeld), social assistance (Sozialhilfe) or benefits for asylum seekers (Asylbewerberleistungen), or who earn little, are exempted on application. If you pass the course within two years, you get half of it back. The final tests are free of charge; if you have a long way to travel, there is a grant towards travel costs.',
  provider: 'Bundesamt für Migration und Flüchtlinge (BAMF, Federal Office for Migration and Refugees) with approved course providers in Hamm',
  eligibilitySummary:
    'Entitlement: immigrants who have received a residence permit for the first time for work, for family reunification or for certain humanitarian reasons (for example as recognised refugees or with subsidiary protection), within one year after that and if they do not speak enough German. The foreigners’ authority (Ausländerbehörde) or the Jobcenter can oblige you to take part. Voluntary admission (EU citizens, people from Ukraine, asylum seekers, people with a toleration permit) is suspended in 2026. The Situations-Finder shows the course as fitting to recognised refugees. With another residence permit, it only shows it as “may fit”, because it does not ask about the type of permit; the same applies to people with temporary protection who receive Grundsicherungsgeld, because the Jobcenter can oblige them to take part. Simplified: the Situations-Finder does not ask whether you already speak enough German or when your residence permit was issued.',
  synonyms:
    'integration course, German course, language course, learn German, German lessons, orientation course, B1, DTZ, life in Germany, course for parents, course for women, literacy course, exemption from costs, Integrationskurs, Deutschkurs, Sprachkurs, Berechtigungsschein, BAMF',
  steps: [
    'Are you entitled or obliged to take part? Then you receive a certificate of eligibility (Berechtigungsschein) from the foreigners’ authority (Ausländerbehörde) or the Jobcenter.',
    'Find a course provider in Hamm and register there. First, you take a placement test.',
    'Before the course starts, apply to the BAMF for exemption from the contribution if you receive Grundsicherungsgeld, Sozialhilfe or Asylbewerberleistungen or earn little. The course provider will help you with this.',
    'After the course, you take the final tests. With the certificate, you can get half of your contribution back.',
  ],
  documents: [
    'Passport and residence permit (Aufenthaltstitel)',
    'Certificate of eligibility or obligation to take part (from the foreigners’ authority or the Jobcenter)',
    'For exemption from the costs: notice (Bescheid) about Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe or Asylbewerberleistungen, or proof of your income',
  ],
  ruleTexts: {
    'Sie sind als Flüchtling anerkannt oder haben subsidiären Schutz – damit haben Sie einen Anspruch auf den Integrationskurs, wenn Sie noch nicht ausreichend Deutsch sprechen.':
      'You are a recognised refugee or have subsidiary protection – this entitles you to the integration course if you do not yet speak enough German.',
    'Ihre Aufenthaltserlaubnis Ihnen vor weniger als einem Jahr erstmals zum Arbeiten, zum Familiennachzug oder aus humanitären Gründen erteilt wurde':
      'you received your first residence permit less than a year ago – for work, for family reunification or on humanitarian grounds',
    'das Jobcenter Sie zur Teilnahme verpflichtet': 'the Jobcenter obliges you to take part',
  },
} satisfies SeedAngebotTranslation
