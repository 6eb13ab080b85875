import type { Payload } from 'payload'

import React from 'react'

import { angeboteSlug } from '@familienrathaus/content-schemas'

import { staleReviews } from '../lib/staleAmounts.ts'

/** Dashboard list of the offers whose last content review is over a year ago (never reviewed: created over a year ago). */
export async function ReviewReminders({ payload, user }: { payload: Payload; user?: { id: number | string } | null }) {
  if (!user) return null
  const { docs, totalDocs } = await staleReviews(payload)
  if (totalDocs === 0) return null
  const mine = docs.filter((doc) => String((doc as { owner?: unknown }).owner) === String(user.id)).length
  return (
    <section aria-labelledby="fp-review" style={{ marginBottom: '1.5rem' }}>
      <h2 id="fp-review" style={{ fontSize: '1.1rem' }}>
        Zur Prüfung fällig: {totalDocs} {totalDocs === 1 ? 'Angebot' : 'Angebote'}
        {mine > 0 ? ` (davon ${mine} in Ihrer Verantwortung)` : ''}
      </h2>
      <p>Diese Angebote wurden seit über einem Jahr nicht mehr inhaltlich geprüft. Bitte Angaben, Beträge und Links kontrollieren.</p>
      <ul>
        {docs.map((doc) => (
          <li key={String(doc.id)}>
            <a href={`/admin/collections/${angeboteSlug}/${doc.id}`}>{String(doc.title)}</a>
            {doc.lastReviewedAt
              ? ` – zuletzt geprüft ${new Date(String(doc.lastReviewedAt)).toLocaleDateString('de-DE')}`
              : ` – noch nie geprüft, angelegt ${new Date(String(doc.createdAt)).toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric' })}`}
          </li>
        ))}
      </ul>
    </section>
  )
}
