import { germanBuildError } from '@familienrathaus/content-schemas'

/** The site builder's state as it writes it to DATA_DIR/site/status.json (server/src/lib/siteBuilder.ts). */
export type SiteBuildStatus = {
  state?: 'idle' | 'building' | 'ok' | 'failed'
  lastSuccessAt?: string
  lastSuccessStartedAt?: string
  lastError?: string
  lastErrorAt?: string
  lastErrorStartedAt?: string
}

export type LiveState =
  { kind: 'draft' } | { kind: 'live'; since: string; href: string } | { kind: 'pending' } | { kind: 'failed'; reason: string; at: string }

/**
 * Whether a published change is on the public site: live once a build that began after it was saved
 * succeeded, failed when such a build failed (the previous site stays online; the reason in the
 * editors' words), on its way otherwise.
 */
export function liveState(
  doc: { status?: string | null; updatedAt?: string | null; slug?: string | null },
  build: SiteBuildStatus,
  siteUrl: string,
): LiveState {
  if (doc.status !== 'published' || !doc.updatedAt) return { kind: 'draft' }
  const saved = Date.parse(doc.updatedAt)
  const after = (iso?: string) => iso !== undefined && Date.parse(iso) >= saved
  // Live once a build that began after the save succeeded, whatever failed later for other reasons.
  if (after(build.lastSuccessStartedAt) && build.lastSuccessAt)
    return { kind: 'live', since: build.lastSuccessAt, href: `${siteUrl}/angebote/${doc.slug ?? ''}/` }
  if (after(build.lastErrorStartedAt) && build.state !== 'building')
    return { kind: 'failed', reason: germanBuildError(build.lastError ?? ''), at: build.lastErrorAt ?? build.lastErrorStartedAt! }
  return { kind: 'pending' }
}
