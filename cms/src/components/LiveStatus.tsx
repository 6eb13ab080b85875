'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { germanDateTime as when } from '../lib/germanDateTime.ts'
import { liveState, type SiteBuildStatus } from '../lib/liveState.ts'

/**
 * In the Angebot's sidebar: whether the last published save is on the public site yet, with a link
 * to the page, or why the site could not be rebuilt – asked again every few seconds until it is settled.
 */
export function LiveStatus() {
  const { savedDocumentData } = useDocumentInfo()
  const [build, setBuild] = useState<(SiteBuildStatus & { siteUrl: string }) | undefined>()
  const doc = {
    status: savedDocumentData?._status as string | undefined,
    updatedAt: savedDocumentData?.updatedAt as string | undefined,
    slug: savedDocumentData?.slug as string | undefined,
  }
  const state = build ? liveState(doc, build, build.siteUrl) : undefined
  const settled = state && state.kind !== 'pending'
  useEffect(() => {
    if (doc.status !== 'published' || settled) return
    let stopped = false
    const ask = async () => {
      try {
        const response = await fetch('/api/site-status', { credentials: 'same-origin', cache: 'no-store' })
        if (response.ok && !stopped) setBuild((await response.json()) as SiteBuildStatus & { siteUrl: string })
      } catch {
        // Asked again below.
      }
    }
    void ask()
    const timer = setInterval(ask, 3000)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [doc.status, doc.updatedAt, settled])
  if (!state || state.kind === 'draft') return null
  return (
    <div role={state.kind === 'failed' ? 'alert' : 'status'} data-live-status={state.kind} style={{ marginBottom: '1.5rem' }}>
      <strong>Öffentliche Website: </strong>
      {state.kind === 'live' && (
        <>
          Diese Fassung ist seit {when(state.since)} online. <a href={state.href}>Seite ansehen</a>
        </>
      )}
      {state.kind === 'pending' && <>Die Website wird mit dieser Fassung neu erstellt … Das dauert meist weniger als eine Minute.</>}
      {state.kind === 'failed' && (
        <>
          Die Website konnte am {when(state.at)} nicht aktualisiert werden: {state.reason}. Die vorige Fassung bleibt online. Bitte den genannten
          Inhalt korrigieren und erneut veröffentlichen.
        </>
      )}
    </div>
  )
}
