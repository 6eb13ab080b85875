import { describe, expect, it } from 'vitest'

import { hoursOn } from '../src/lib/openingHours.ts'

const hours = [
  { day: 'mo', opens: '08:00', closes: '12:00' },
  { day: 'mo', opens: '14:00', closes: '16:00' },
  { day: 'sa', opens: '09:00', closes: '12:00' },
] as const

describe('opening hours of today', () => {
  it('finds the slots of the day in German time', () => {
    // Monday 23:30 in Berlin is still Monday there, although it is Monday 22:30 UTC.
    expect(hoursOn([...hours], new Date('2026-11-23T22:30:00Z'))).toEqual({ date: '2026-11-23', weekday: 'mo', slots: [hours[0], hours[1]] })
    // Sunday 23:30 UTC is already Monday 00:30 in Berlin.
    expect(hoursOn([...hours], new Date('2026-11-22T23:30:00Z'))).toMatchObject({ date: '2026-11-23', weekday: 'mo' })
    // Summer time: 22:30 UTC on a Saturday in July is Sunday 00:30 in Berlin – closed.
    expect(hoursOn([...hours], new Date('2026-07-11T22:30:00Z'))).toEqual({ date: '2026-07-12', weekday: 'so', slots: [] })
  })
})
