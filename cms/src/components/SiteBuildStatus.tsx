import { readFileSync } from 'node:fs'
import path from 'node:path'
import React from 'react'

import { germanBuildError } from '@familienrathaus/content-schemas'

import { dataDir } from '../lib/paths.ts'

type BuildStatus = {
  state?: 'idle' | 'building' | 'ok' | 'failed'
  lastSuccessAt?: string
  lastError?: string
  lastErrorAt?: string
}

function readStatus(): BuildStatus | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dataDir(), 'site', 'status.json'), 'utf8')) as BuildStatus
  } catch {
    return undefined
  }
}

const when = (iso?: string) =>
  iso ? new Date(iso).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }) : '–'

/** Dashboard note: is the public site up to date, and if the last rebuild failed, why. */
export function SiteBuildStatus() {
  const status = readStatus()
  if (!status) return null
  const failed = status.state === 'failed'
  return (
    <section
      aria-labelledby="fp-site-status"
      role={failed ? 'alert' : 'status'}
      style={{
        border: `2px solid ${failed ? '#b00020' : '#00507d'}`,
        borderRadius: 6,
        padding: '0.75rem 1rem',
        marginBottom: '1.5rem',
      }}
    >
      <h2 id="fp-site-status" style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
        Öffentliche Website
      </h2>
      {status.state === 'building' && <p style={{ margin: 0 }}>Die Website wird gerade mit den veröffentlichten Inhalten neu erstellt …</p>}
      {failed && (
        <p style={{ margin: 0 }}>
          Die letzte Aktualisierung am {when(status.lastErrorAt)} ist fehlgeschlagen: <strong>{germanBuildError(status.lastError ?? '')}</strong>
          . Die vorherige Fassung vom {when(status.lastSuccessAt)} bleibt online. Bitte den genannten Inhalt korrigieren und erneut
          veröffentlichen.
        </p>
      )}
      {status.state === 'ok' && <p style={{ margin: 0 }}>Aktuell: zuletzt erfolgreich aktualisiert am {when(status.lastSuccessAt)}.</p>}
    </section>
  )
}
