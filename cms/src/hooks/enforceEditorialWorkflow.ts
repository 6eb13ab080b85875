import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { canPublish, isAdministration } from '../access/hasRole.ts'
import { changedContentFields } from '../lib/contentChanges.ts'

/** Is this publish a scheduled one (a running schedulePublish job for the document) whose draft changed after it was scheduled? */
async function changedSinceScheduled(req: PayloadRequest, collection: string, id: unknown, draftUpdatedAt: string): Promise<boolean> {
  if (id === undefined || id === null) return false
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { processing: { equals: true } }] },
  })
  return docs.some((job) => {
    const input = (job as { input?: { type?: string; doc?: { relationTo?: string; value?: unknown } } }).input
    return (
      input?.type === 'publish' &&
      input.doc?.relationTo === collection &&
      String(input.doc.value) === String(id) &&
      Date.parse(draftUpdatedAt) > Date.parse(String((job as { createdAt?: unknown }).createdAt))
    )
  })
}

type WorkflowData = {
  _status?: 'draft' | 'published' | null
  updatedAt?: string | null
  lastModifiedBy?: number | string | { id: number | string } | null
  reviewState?: string | null
}

const idOf = (value: WorkflowData['lastModifiedBy']) => (value && typeof value === 'object' ? value.id : value)

/**
 * The editorial workflow, enforced for every save by a person (the Local API without a user,
 * i.e. seed, migrations and scheduled jobs, is trusted):
 * - who changed the content last is recorded;
 * - only Freigabe and Administration publish or unpublish;
 * - four eyes: nobody but Administration publishes a version whose content they changed last;
 * - the review state follows: a content change reopens a released document, a publish releases it.
 */
export const enforceEditorialWorkflow: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const { user } = req
  if (!user) return data
  const next = data as WorkflowData & Record<string, unknown>
  const previous = (originalDoc ?? {}) as WorkflowData & Record<string, unknown>

  const isPublishing = next._status === 'published'
  const wasPublished = previous._status === 'published'
  const changesContent = operation === 'create' || changedContentFields(next, previous).length > 0

  if ((isPublishing || (wasPublished && next._status === 'draft')) && !canPublish(user)) {
    // A Redaktion save of a published document's draft is fine; only the status change is not.
    if (isPublishing || !changesContent) {
      throw new APIError(
        'Nur Personen mit der Rolle „Freigabe“ dürfen veröffentlichen oder eine Veröffentlichung zurücknehmen. Speichern Sie Ihre Änderungen als Entwurf und reichen Sie sie zur Freigabe ein.',
        403,
        null,
        true,
      )
    }
  }

  if (isPublishing && !isAdministration(user)) {
    const lastEditor = changesContent ? user.id : idOf(previous.lastModifiedBy)
    if (lastEditor !== undefined && lastEditor !== null && String(lastEditor) === String(user.id)) {
      throw new APIError(
        'Vier-Augen-Prinzip: Sie haben diese Fassung zuletzt geändert und dürfen sie deshalb nicht selbst veröffentlichen. Speichern Sie sie als Entwurf; eine andere Person mit der Rolle „Freigabe“ prüft und veröffentlicht sie.',
        403,
        null,
        true,
      )
    }
  }

  // A scheduled publish carries no content: it publishes the draft as it stands when it runs. Who
  // scheduled it reviewed the draft as it stood then – a change since was reviewed by nobody.
  if (isPublishing && !changesContent && previous.updatedAt) {
    const changed = await changedSinceScheduled(
      req,
      collection.slug,
      (originalDoc as { id?: unknown } | undefined)?.id,
      String(previous.updatedAt),
    )
    if (changed) {
      throw new APIError(
        'Geplante Veröffentlichung nicht ausgeführt: Der Inhalt wurde nach der Planung noch geändert, und diese Fassung hat niemand geprüft. Eine Person mit der Rolle „Freigabe“ prüft sie und veröffentlicht oder plant sie neu.',
        403,
        null,
        true,
      )
    }
  }

  if (changesContent) next.lastModifiedBy = user.id
  if (isPublishing) next.reviewState = 'freigegeben'
  else if (changesContent && previous.reviewState === 'freigegeben' && next.reviewState === 'freigegeben') {
    next.reviewState = 'in-bearbeitung'
  }
  return next
}
