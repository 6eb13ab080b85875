import type { OpeningHours } from '@familienrathaus/content-schemas'

type Weekday = OpeningHours[number]['day']
const weekdays: Record<string, Weekday> = { Mon: 'mo', Tue: 'di', Wed: 'mi', Thu: 'do', Fri: 'fr', Sat: 'sa', Sun: 'so' }

/** The day (YYYY-MM-DD), its weekday and the opening slots of a contact on that day, in German time. */
export function hoursOn(hours: OpeningHours, now: Date): { date: string; weekday: Weekday; slots: OpeningHours } {
  const weekday = weekdays[new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', weekday: 'short' }).format(now)]!
  const date = now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' })
  return { date, weekday, slots: hours.filter((slot) => slot.day === weekday) }
}
