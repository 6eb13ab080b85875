import { weekdayOptions } from '@familienrathaus/content-schemas'

type Slot = { day?: string | null; opens?: string | null; closes?: string | null }

const minutes = (time: string) => {
  const [hours, mins] = time.split(':').map(Number)
  return (hours ?? 0) * 60 + (mins ?? 0)
}
const dayLabel = (day: string) => weekdayOptions.find((option) => option.value === day)?.label ?? day

/** Each slot must end after it starts, and slots of one day must not overlap. */
export function validateOpeningHours(value: unknown): string | true {
  if (!Array.isArray(value)) return true
  const slots = (value as Slot[]).filter((slot): slot is Required<{ day: string; opens: string; closes: string }> =>
    Boolean(slot?.day && /^\d\d:\d\d$/.test(slot.opens ?? '') && /^\d\d:\d\d$/.test(slot.closes ?? '')),
  )
  for (const slot of slots) {
    if (minutes(slot.closes) <= minutes(slot.opens)) {
      return `Öffnungszeiten am ${dayLabel(slot.day)}: „bis“ (${slot.closes}) muss nach „von“ (${slot.opens}) liegen.`
    }
  }
  for (const day of new Set(slots.map((slot) => slot.day))) {
    const sorted = slots.filter((slot) => slot.day === day).sort((a, b) => minutes(a.opens) - minutes(b.opens))
    for (let i = 1; i < sorted.length; i++) {
      if (minutes(sorted[i]!.opens) < minutes(sorted[i - 1]!.closes)) {
        return `Öffnungszeiten am ${dayLabel(day)} überschneiden sich (${sorted[i - 1]!.opens}–${sorted[i - 1]!.closes} und ${sorted[i]!.opens}–${sorted[i]!.closes}).`
      }
    }
  }
  return true
}
