/** „In meinen Kalender“ (issue 17): dates from the household and the offers' CMS data, as a valid RFC 5545 file. */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { calendarEvents, icsCalendar, type CalendarTexts, type Household, type MatchResult } from '../src/index.ts'

const texts: CalendarTexts = {
  until: (label, title, date) => `${label}: bis ${date}. Angebot: ${title}.`,
  from: (label, title, date) => `${label}: ab ${date} möglich. Angebot: ${title}.`,
  estimated: 'Das Datum ist geschätzt.',
  hint: (title, fit, because) => `Ab jetzt ${fit === 'yes' ? 'passt' : 'passt vielleicht'}: ${title}${because ? ` – ${because}` : ''}.`,
}
const offers = [
  {
    slug: 'elterngeld',
    title: 'Elterngeld',
    href: 'https://familie.hamm.invalid/angebote/elterngeld/',
    reminders: [{ label: 'Elterngeld beantragen', kind: 'until' as const, offset: 3, unit: 'months' as const }],
  },
  {
    slug: 'mutterschaftsgeld',
    title: 'Mutterschaftsgeld',
    href: 'https://familie.hamm.invalid/angebote/mutterschaftsgeld/',
    reminders: [{ label: 'Bescheinigung holen; Mutterschaftsgeld, beantragen', kind: 'from' as const, offset: -7, unit: 'weeks' as const }],
  },
  { slug: 'kita-platz', title: 'Kita-Platz', href: 'https://familie.hamm.invalid/angebote/kita-platz/' },
]
const pregnant: Household = {
  version: 1,
  members: [
    { role: 'adult', age: 30, pregnant: true, dueInWeeks: 10 },
    { role: 'child', age: 0.75, name: 'Lina' },
  ],
}
const result = {
  version: 1,
  referenceDate: '2026-12-05',
  matches: [{ slug: 'mutterschaftsgeld', fit: 'yes' }],
  atBirth: [{ slug: 'elterngeld', fit: 'yes' }],
  hints: [
    {
      slug: 'kita-platz',
      inMonths: 4,
      fit: 'yes',
      because: 'Lina ist dann 1 Jahr alt',
      text: 'In 4 Monaten: Kita-Platz passt dann – Lina ist dann 1 Jahr alt.',
    },
  ],
} as unknown as MatchResult

describe('calendar entries', () => {
  const events = calendarEvents({ household: pregnant, result, offers, texts })

  it('dates each offer’s deadlines from the expected birth and from a baby’s age in months, and each time hint', () => {
    expect(events.map((event) => [event.date, event.title])).toEqual([
      // Due in 10 weeks (13 February 2027): Mutterschaftsgeld from 7 weeks before.
      ['2026-12-26', 'Bescheinigung holen; Mutterschaftsgeld, beantragen'],
      // Lina, 9 months old: born 5 February to 5 March 2026 – her Elterngeld deadline (from the earliest day) is past and left out.
      ['2027-04-05', 'Kita-Platz'],
      ['2027-05-13', 'Elterngeld beantragen'],
    ])
    expect(events.find((event) => event.title === 'Elterngeld beantragen')).toMatchObject({
      alarmDaysBefore: 7,
      description: 'Elterngeld beantragen: bis 2027-05-13. Angebot: Elterngeld. Das Datum ist geschätzt.',
      url: 'https://familie.hamm.invalid/angebote/elterngeld/',
    })
  })

  it('keeps each entry’s UID from day to day, so importing the file again updates it', () => {
    const tomorrow = calendarEvents({
      household: { ...pregnant, members: [{ ...pregnant.members[0]!, dueInWeeks: 10 - 1 / 7 }, pregnant.members[1]!] },
      result: { ...result, referenceDate: '2026-12-06' },
      offers,
      texts,
    })
    expect(tomorrow.map((event) => event.uid)).toEqual(events.map((event) => event.uid))
    // The deadlines stay on their day; a time hint, counted in whole months from today, moves with it.
    const deadlines = (list: typeof events) => list.filter((event) => !event.uid.endsWith('-hint')).map((event) => event.date)
    expect(deadlines(tomorrow)).toEqual(deadlines(events))
    expect(events.find((event) => event.title === 'Kita-Platz')?.description).toBe('Ab jetzt passt: Kita-Platz – Lina ist dann 1 Jahr alt.')
  })

  it('dates a start that has passed before the birth on today, and counts a deadline from the earliest possible birth', () => {
    const soon: Household = { version: 1, members: [{ role: 'adult', age: 30, pregnant: true, dueInWeeks: 5 }] }
    expect(
      calendarEvents({ household: soon, result: { ...result, hints: [] }, offers, texts }).map((event) => [event.date, event.title]),
    ).toEqual([
      ['2026-12-05', 'Bescheinigung holen; Mutterschaftsgeld, beantragen'],
      ['2027-04-09', 'Elterngeld beantragen'],
    ])
    // „1 Monat“ old: born 5 October to 5 November 2026 – Elterngeld by 5 January 2027 at the latest; a week's deadline is not dated.
    const baby: Household = { version: 1, members: [{ role: 'child', age: 1 / 12 }] }
    const weekly = [
      ...offers,
      {
        slug: 'geburtsurkunde',
        title: 'Geburtsurkunde',
        href: 'x',
        reminders: [{ label: 'Geburt anzeigen', kind: 'until' as const, offset: 1, unit: 'weeks' as const }],
      },
    ]
    const forBaby = {
      ...result,
      matches: [
        { slug: 'elterngeld', fit: 'yes' },
        { slug: 'geburtsurkunde', fit: 'yes' },
      ],
      atBirth: [],
      hints: [],
    } as unknown as MatchResult
    expect(calendarEvents({ household: baby, result: forBaby, offers: weekly, texts }).map((event) => [event.date, event.title])).toEqual([
      ['2027-01-05', 'Elterngeld beantragen'],
    ])
  })

  it('assumes no birth date: a pregnancy without weeks, or an age in whole years, gives no deadline', () => {
    const vague: Household = {
      version: 1,
      members: [
        { role: 'adult', age: 30, pregnant: true },
        { role: 'child', age: 0 },
      ],
    }
    expect(calendarEvents({ household: vague, result: { ...result, hints: [] }, offers, texts })).toEqual([])
  })

  it('writes a file calendar apps read: RFC 5545, CRLF, lines of at most 75 octets, escaped text, all-day events with a reminder', () => {
    const arabic = [{ ...events[2]!, title: 'قدّموا طلب Elterngeld قبل انتهاء المهلة، ثلاثة أشهر بعد الولادة; مهم جدًا' }]
    const file = icsCalendar([...events, ...arabic], { name: 'Familienrathaus Hamm', now: new Date('2026-12-05T12:00:00Z') })
    expect(file.endsWith('\r\n')).toBe(true)
    expect(file.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    expect(file).not.toMatch(/[^\r]\n/)
    const calendar = new ICAL.Component(ICAL.parse(file))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    const parsed = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    expect(parsed.map((event) => [event.startDate.toString(), event.startDate.isDate, event.summary])).toEqual([
      ['2026-12-26', true, 'Bescheinigung holen; Mutterschaftsgeld, beantragen'],
      ['2027-04-05', true, 'Kita-Platz'],
      ['2027-05-13', true, 'Elterngeld beantragen'],
      ['2027-05-13', true, arabic[0]!.title],
    ])
    expect(parsed[2]!.description).toBe(
      'Elterngeld beantragen: bis 2027-05-13. Angebot: Elterngeld. Das Datum ist geschätzt.\nhttps://familie.hamm.invalid/angebote/elterngeld/',
    )
    expect(parsed[2]!.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P7D')
    // Text is escaped as RFC 5545 says (a parser would read the unescaped line alike).
    expect(file).toContain('SUMMARY:Bescheinigung holen\\; Mutterschaftsgeld\\, beantragen')
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length)
  })
})
