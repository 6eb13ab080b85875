import type { Endpoint } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'

import { germanBuildError } from '@familienrathaus/content-schemas'

import { editors } from '../access/editors.ts'
import type { SiteBuildStatus } from '../lib/liveState.ts'
import { dataDir } from '../lib/paths.ts'
import { siteUrl } from '../lib/serverUrls.ts'

/** `GET /api/site-status`: the site builder's state and the site's address, for signed-in editors (the admin shows when a change is live). */
export const siteStatusEndpoint: Endpoint = {
  path: '/site-status',
  method: 'get',
  handler: (req) => {
    if (!editors({ req })) return Response.json({ errors: [{ message: 'Bitte melden Sie sich an.' }] }, { status: 401 })
    let status: SiteBuildStatus = { state: 'idle' }
    try {
      status = JSON.parse(readFileSync(path.join(dataDir(), 'site', 'status.json'), 'utf8')) as SiteBuildStatus
    } catch {
      // No build yet (a CMS run without the site builder): idle.
    }
    // Times and the state only: the builder's raw lines can name server paths.
    const { state, lastSuccessAt, lastSuccessStartedAt, lastError, lastErrorAt, lastErrorStartedAt } = status
    return Response.json(
      {
        state,
        lastSuccessAt,
        lastSuccessStartedAt,
        lastErrorAt,
        lastErrorStartedAt,
        lastError: lastError && germanBuildError(lastError),
        siteUrl: siteUrl(),
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
