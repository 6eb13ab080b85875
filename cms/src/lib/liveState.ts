/** The site builder's state as it writes it to DATA_DIR/site/status.json (server/src/lib/siteBuilder.ts). */
export type SiteBuildStatus = {
  state?: 'idle' | 'building' | 'ok' | 'failed'
  lastSuccessAt?: string
  lastError?: string
  lastErrorAt?: string
}

export type LiveState =
  { kind: 'draft' } | { kind: 'live'; since: string; href: string } | { kind: 'pending' } | { kind: 'failed'; reason: string; at: string }

/**
 * Whether a published change is on the public site: live once a build finished after it was saved,
 * failed when the build after it failed (the previous site stays online), on its way otherwise.
 */
export function liveState(
  doc: { status?: string | null; updatedAt?: string | null; slug?: string | null },
  build: SiteBuildStatus,
  siteUrl: string,
): LiveState {
  if (doc.status !== 'published' || !doc.updatedAt) return { kind: 'draft' }
  const saved = Date.parse(doc.updatedAt)
  if (build.state === 'failed' && build.lastErrorAt && Date.parse(build.lastErrorAt) >= saved)
    return { kind: 'failed', reason: build.lastError ?? 'unbekannter Fehler', at: build.lastErrorAt }
  if (build.state !== 'building' && build.lastSuccessAt && Date.parse(build.lastSuccessAt) >= saved)
    return { kind: 'live', since: build.lastSuccessAt, href: `${siteUrl}/angebote/${doc.slug ?? ''}/` }
  return { kind: 'pending' }
}
