import type { Household } from '@familienrathaus/content-schemas'

import { calendarEvents, icsCalendar, type CalendarEvent } from '@familienrathaus/content-schemas/matcher/calendar'
import { evaluateHousehold, type MatchResult } from '@familienrathaus/content-schemas/matcher/evaluate'

import type { MatcherOffer } from '#lib/matcherCatalogue.ts'
import type { FinderLanguage } from './languages/de.ts'

/**
 * The family's calendar entries for „In meinen Kalender“, in the page's language. Without the first
 * names the household is judged again with its members unnamed, so the time hints word them as
 * „Ihr Kind …“ – no name of the family is in the file.
 */
export function familyCalendarEvents({
  household,
  result,
  offers,
  language: { texts, phrases },
  withNames,
  origin,
}: {
  household: Household
  result: MatchResult
  offers: MatcherOffer[]
  language: FinderLanguage
  withNames: boolean
  /** The site's address for links in the entries; without it they stay relative (enough to count them). */
  origin?: string
}): CalendarEvent[] {
  const unnamed: Household = { ...household, members: household.members.map(({ name: _name, ...member }) => member) }
  const judged = withNames
    ? { household, result }
    : { household: unnamed, result: evaluateHousehold({ household: unnamed, offers, referenceDate: result.referenceDate, phrases }) }
  const { calendar } = texts
  return calendarEvents({
    ...judged,
    offers: offers.map(({ slug, title, href, reminders }) => ({
      slug,
      title,
      href: origin ? new URL(href, origin).href : href,
      ...(reminders ? { reminders } : {}),
    })),
    texts: {
      until: (label, title, date) => calendar.until(label, title, calendar.date(date)),
      from: (label, title, date) => calendar.from(label, title, calendar.date(date)),
      estimated: calendar.estimated,
      hint: calendar.change,
    },
  })
}

/** The calendar's name in calendar apps, and the file's: the same in every language. */
export const calendarName = 'Familienrathaus Hamm'
export const calendarFileName = 'familienrathaus-hamm.ics'

/** Offers the entries as a file to save or open with the calendar app; nothing is sent anywhere. */
export function downloadCalendar(events: CalendarEvent[]) {
  const url = URL.createObjectURL(new Blob([icsCalendar(events, { name: calendarName })], { type: 'text/calendar;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = calendarFileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
