import type { Payload } from 'payload'

import React from 'react'

import { germanDateTime as when } from '../lib/germanDateTime.ts'
import { refusedSchedules } from '../lib/refusedSchedules.ts'

/** Dashboard list of scheduled publishes the queue refused: nobody was at the admin when it ran. */
export async function RefusedSchedules({ payload, user }: { payload: Payload; user?: { id: number | string } | null }) {
  if (!user) return null
  const refused = await refusedSchedules(payload)
  if (refused.length === 0) return null
  return (
    <section aria-labelledby="fp-refused-schedules" style={{ marginBottom: '1.5rem' }}>
      <h2 id="fp-refused-schedules" style={{ fontSize: '1.1rem' }}>
        Geplant, aber nicht ausgeführt: {refused.length} {refused.length === 1 ? 'Änderung' : 'Änderungen'}
      </h2>
      <ul>
        {refused.map((item) => (
          <li key={`${item.collection}-${item.id}-${item.at}`} data-refused-schedule>
            <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
            {` – ${item.kind === 'publish' ? 'Veröffentlichung' : 'Zurücknahme'} am ${when(item.at)}: ${item.reason}`}
          </li>
        ))}
      </ul>
    </section>
  )
}
