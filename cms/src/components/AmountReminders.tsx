import type { Payload } from 'payload'

import React from 'react'

import { angeboteSlug } from '@familienrathaus/content-schemas'

import { staleAmounts } from '../lib/staleAmounts.ts'

/** Dashboard list of amounts to check: when the law's figures change (often on 1 January), editors change data, not texts. */
export async function AmountReminders({ payload, user }: { payload: Payload; user?: { id: number | string } | null }) {
  if (!user) return null
  const { docs, totalDocs } = await staleAmounts(payload)
  if (totalDocs === 0) return null
  return (
    <section aria-labelledby="fp-amounts" style={{ marginBottom: '1.5rem' }}>
      <h2 id="fp-amounts" style={{ fontSize: '1.1rem' }}>
        Beträge prüfen: {totalDocs} {totalDocs === 1 ? 'Angebot' : 'Angebote'}
      </h2>
      <p>Der Stand dieser Beträge ist älter als ein Jahr. Bitte mit der Quelle vergleichen und Beträge und Stand aktualisieren.</p>
      <ul>
        {docs.map((doc) => {
          const amount = (doc as { amount?: { asOf?: string | null; source?: string | null } }).amount
          return (
            <li key={String(doc.id)}>
              <a href={`/admin/collections/${angeboteSlug}/${doc.id}`}>{String(doc.title)}</a>
              {amount?.asOf
                ? ` – Stand ${new Date(amount.asOf).toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric' })}`
                : ''}
              {amount?.source ? ` (Quelle: ${amount.source})` : ''}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
