import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors.ts'
import { editorsOrPublished } from '../access/editorsOrPublished.ts'
import { publishers } from '../access/publishers.ts'
import { enforceEditorialWorkflow } from '../hooks/enforceEditorialWorkflow.ts'
import { keepRowIdsOwn } from '../hooks/keepRowIdsOwn.ts'
import { notifyReviewers } from '../hooks/notifyReviewers.ts'
import { triggerSiteRebuild, triggerSiteRebuildOnDelete } from '../hooks/triggerSiteRebuild.ts'
import { dropDuplicateEmptyDrafts } from '../hooks/dropDuplicateEmptyDrafts.ts'

/**
 * What every content collection shares: access by role, drafts with autosave, versions,
 * scheduled publishing, the editorial workflow and the site rebuild on publish.
 */
export const editorialAccess: CollectionConfig['access'] = {
  read: editorsOrPublished,
  readVersions: editors,
  create: editors,
  update: editors,
  delete: publishers,
}

export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}

export const editorialHooks: CollectionConfig['hooks'] = {
  beforeChange: [enforceEditorialWorkflow, keepRowIdsOwn],
  afterChange: [triggerSiteRebuild, notifyReviewers, dropDuplicateEmptyDrafts],
  afterDelete: [triggerSiteRebuildOnDelete],
}
