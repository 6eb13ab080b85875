import type { Payload } from 'payload'

import type { PayloadJob } from '../payload-types.ts'

export type RefusedSchedule = {
  collection: string
  id: number | string
  title: string
  kind: 'publish' | 'unpublish'
  /** When the queue tried it (ISO). */
  at: string
  /** The refusal as the editor would have read it in the admin. */
  reason: string
}

type ScheduleInput = { type?: string; doc?: { relationTo?: string; value?: unknown } }

/** The German message of a refusal, wherever Payload's job record keeps it. */
function reasonOf(job: PayloadJob): string {
  const fromError = (error: unknown) => {
    if (!error || typeof error !== 'object') return undefined
    const { message, cancelled } = error as { message?: unknown; cancelled?: unknown }
    if (typeof message === 'string' && message) return message
    return cancelled ? 'Die geplante Änderung wurde abgebrochen.' : undefined
  }
  const failed = [...(job.log ?? [])].reverse().find((entry) => entry.state === 'failed')
  return fromError(failed?.error) ?? fromError(job.error) ?? 'Die geplante Änderung ist fehlgeschlagen (Grund unbekannt).'
}

/**
 * Scheduled publishes and unpublishes the queue refused or could not carry out – for the dashboard,
 * because nobody is at the admin when the time comes. One is no longer listed once the document has
 * been published (or unpublished) after it failed.
 */
export async function refusedSchedules(payload: Payload): Promise<RefusedSchedule[]> {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { hasError: { equals: true } }] },
    sort: '-updatedAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  const refused: RefusedSchedule[] = []
  for (const job of jobs) {
    const input = (job.input ?? {}) as ScheduleInput
    const collection = input.doc?.relationTo
    const id = input.doc?.value
    if (!collection || (typeof id !== 'string' && typeof id !== 'number')) continue
    const kind = input.type === 'unpublish' ? 'unpublish' : 'publish'
    const at = job.updatedAt
    const doc = (await payload
      .findByID({ collection: collection as 'angebote', id, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)) as { id: number | string; title?: unknown; name?: unknown; _status?: string; updatedAt?: string } | null
    if (!doc) continue
    const settledSince = doc.updatedAt !== undefined && doc.updatedAt > at && doc._status === (kind === 'publish' ? 'published' : 'draft')
    if (settledSince) continue
    // The admin queues the ID as a string; the document's own ID has its real type.
    refused.push({ collection, id: doc.id, title: String(doc.title ?? doc.name ?? id), kind, at, reason: reasonOf(job) })
  }
  return refused
}
