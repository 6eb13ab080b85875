/**
 * Reminders for the family's own calendar, made in the browser (the finder's „In meinen Kalender“):
 * the deadlines editors set on an Angebot relative to a birth, and the finder's time hints („In 4
 * Monaten wird Lina 1 …“), as an iCalendar file (RFC 5545). Nothing leaves the device; the only
 * personal data are the first names the family typed, and it can leave them out. Free of zod, so
 * that the finder in the browser can use it.
 */
import { addMonths } from './evaluate.ts'
import type { MatchResult } from './evaluate.ts'
import type { Household } from './household.ts'

/** A deadline an editor sets on an Angebot, counted from the (expected) birth of a child. */
export type BirthReminder = {
  /** What to do, in the page's language („Elterngeld beantragen“). */
  label: string
  /** Weeks or months after the birth; negative: before the expected birth. */
  offset: number
  unit: 'weeks' | 'months'
  /** `until`: to do by then (a deadline); `from`: possible from then on. */
  kind: 'until' | 'from'
}

export type CalendarOffer = { slug: string; title: string; href: string; reminders?: BirthReminder[] }

export type CalendarEvent = {
  /** Stable for the same reminder, so that importing the file again updates instead of doubling. */
  uid: string
  /** All-day event on this day (YYYY-MM-DD). */
  date: string
  title: string
  description: string
  url?: string
  /** A reminder this many days before (deadlines only). */
  alarmDaysBefore?: number
}

export type CalendarTexts = {
  /** Description of a deadline counted from a birth; `estimated`: from the expected date or an age in months. */
  until: (label: string, offerTitle: string, date: string) => string
  from: (label: string, offerTitle: string, date: string) => string
  estimated: string
  /** Description of a time hint on its day: the offer fits (or may fit) from now on, and why. */
  hint: (offerTitle: string, fit: 'yes' | 'maybe', because: string | undefined) => string
}

const dayMs = 24 * 60 * 60 * 1000
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + Math.round(days) * dayMs).toISOString().slice(0, 10)

/**
 * The births the household's answers date, each with its earliest and latest possible day: a
 * pregnancy by its weeks to the due date (one day), a baby whose age was given in months („4
 * Monate“: born between 4 and 5 months ago). A whole number of years says too little: no birth.
 * `person` is the member's place in the household, for entries that stay the same from day to day.
 */
type Birth = { earliest: string; latest: string; person: number }
function birthsOf(household: Household, day: string): Birth[] {
  const births: Birth[] = []
  household.members.forEach((member, person) => {
    if (member.pregnant && member.dueInWeeks !== undefined) {
      const due = addDays(day, member.dueInWeeks * 7)
      births.push({ earliest: due, latest: due, person })
    } else if (member.role === 'child' && !Number.isInteger(member.age) && member.age < 2) {
      const months = Math.round(member.age * 12)
      births.push({ earliest: addMonths(day, -(months + 1)), latest: addMonths(day, -months), person })
    }
  })
  return births
}

/**
 * The calendar entries for a household's result: for each offer that fits or may fit (now or once the
 * baby is born) its deadlines from each dated birth, and each time hint – only those still ahead.
 */
export function calendarEvents({
  household,
  result,
  offers,
  texts,
}: {
  household: Household
  result: MatchResult
  offers: CalendarOffer[]
  texts: CalendarTexts
}): CalendarEvent[] {
  const day = result.referenceDate
  const bySlug = new Map(offers.map((offer) => [offer.slug, offer]))
  const fitting = [...result.matches, ...(result.atBirth ?? [])]
  const events: CalendarEvent[] = []
  const seen = new Set<string>()
  const add = (event: CalendarEvent) => {
    if (event.date < day || seen.has(event.uid)) return
    seen.add(event.uid)
    events.push(event)
  }
  const births = birthsOf(household, day)
  for (const match of fitting) {
    const offer = bySlug.get(match.slug)
    for (const [index, reminder] of (offer?.reminders ?? []).entries()) {
      for (const birth of births) {
        const exact = birth.earliest === birth.latest
        // A week's deadline cannot be dated from a birth known only to the month.
        if (!exact && reminder.unit === 'weeks') continue
        const shift = (from: string) => (reminder.unit === 'months' ? addMonths(from, reminder.offset) : addDays(from, reminder.offset * 7))
        // A deadline counts from the earliest possible birth (never too late), a start from the latest (never too early).
        let date = shift(reminder.kind === 'until' ? birth.earliest : birth.latest)
        // Possible since a day already past, and still ahead of the birth: possible from today.
        if (reminder.kind === 'from' && date < day && birth.latest >= day) date = day
        const describe = reminder.kind === 'until' ? texts.until : texts.from
        add({
          uid: `${offer!.slug}-${index}-person-${birth.person}`,
          date,
          title: reminder.label,
          description: `${describe(reminder.label, offer!.title, date)} ${texts.estimated}`,
          url: offer!.href,
          ...(reminder.kind === 'until' ? { alarmDaysBefore: 7 } : {}),
        })
      }
    }
  }
  for (const hint of result.hints) {
    const offer = bySlug.get(hint.slug)
    if (!offer) continue
    add({
      // One hint per offer: the entry moves with the answers instead of doubling.
      uid: `${hint.slug}-hint`,
      date: addMonths(day, hint.inMonths),
      title: offer.title,
      description: texts.hint(offer.title, hint.fit, hint.because),
      url: offer.href,
    })
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** TEXT as RFC 5545 §3.3.11 escapes it. */
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines of at most 75 octets (RFC 5545 §3.1), folded with CRLF and a space, never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = encoder.encode(character).length
    // The first line may hold 75 octets; continuation lines begin with a space, so 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const compactDay = (day: string) => day.replace(/-/g, '')
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** The events as one iCalendar file (all-day events, UTF-8, CRLF line ends). */
export function icsCalendar(events: CalendarEvent[], { now = new Date(), name }: { now?: Date; name: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stadt Hamm//Digitales Familienrathaus//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}@familienrathaus-hamm`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDay(event.date)}`,
      `DTEND;VALUE=DATE:${compactDay(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(event.url ? `${event.description}\n${event.url}` : event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      'TRANSP:TRANSPARENT',
    )
    if (event.alarmDaysBefore)
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:-P${event.alarmDaysBefore}D`, 'END:VALARM')
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(fold).join('\r\n')}\r\n`
}
