import type { z } from 'zod'

import type { ContentSlug } from './slugs.ts'

/**
 * The admin's German names of the content fields a document needs, so that a preview or build that
 * refuses a draft says in the editors' words what to fix. cms/test/fieldLabels.test.ts keeps them
 * equal to the labels in the collections.
 */
export const fieldLabels: Record<ContentSlug, Record<string, string>> = {
  angebote: {
    title: 'Titel',
    slug: 'URL-Kürzel',
    summary: 'Kurzbeschreibung',
    summaryLeichteSprache: 'Kurzbeschreibung in Leichter Sprache',
    kind: 'Art des Angebots',
    body: 'Ausführliche Beschreibung',
    handlungsfelder: 'Handlungsfelder',
    lebenslagen: 'Lebenslagen',
    eligibility: 'Voraussetzungen',
    kontakte: 'Ansprechstellen',
    erklaervideos: 'Erklärvideos',
    provider: 'Träger / Anbieter',
    costs: 'Kosten oder Höhe der Leistung',
    amount: 'Betrag als Daten (für Geldleistungen)',
    applyUrl: 'Online-Antrag (Link)',
    steps: 'Schritte',
    documents: 'Unterlagen',
    deadline: 'Frist (optional)',
    importance: 'Wichtigkeit im Situations-Finder',
    legalBasis: 'Rechtsgrundlage',
    legalBasisUrl: 'Link zur Rechtsgrundlage',
    validFrom: 'Gültig ab',
    validUntil: 'Gültig bis',
  },
  handlungsfelder: {
    title: 'Titel',
    slug: 'URL-Kürzel',
    summary: 'Kurzbeschreibung',
    body: 'Ausführliche Beschreibung',
    order: 'Reihenfolge',
    image: 'Bild oder Symbol',
  },
  meilensteine: {
    title: 'Titel',
    slug: 'URL-Kürzel',
    date: 'Datum (oder Beginn)',
    endDate: 'Ende (bei Zeiträumen)',
    status: 'Stand',
    summary: 'Kurzbeschreibung',
    body: 'Ausführliche Beschreibung',
    handlungsfelder: 'Handlungsfelder',
    angebote: 'Zugehörige Angebote',
    images: 'Bilder',
    sources: 'Quellen',
  },
  erklaervideos: {
    title: 'Titel',
    slug: 'URL-Kürzel',
    description: 'Beschreibung',
    transcript: 'Abschrift (Transkript)',
    durationSeconds: 'Dauer in Sekunden',
    video: 'Videodatei (MP4 oder WebM)',
    captions: 'Untertitel (WebVTT)',
    poster: 'Vorschaubild',
  },
  kontakte: {
    title: 'Name der Stelle',
    slug: 'URL-Kürzel',
    kind: 'Art der Stelle',
    summary: 'Wofür diese Stelle da ist',
    street: 'Straße und Hausnummer',
    postalCode: 'PLZ',
    city: 'Ort',
    phone: 'Telefon',
    email: 'E-Mail',
    website: 'Website',
    openingHours: 'Öffnungszeiten',
  },
}

/** „Es fehlt noch: Titel, Art des Angebots. Bitte prüfen: PLZ.“ – a refused document's problems in German, by the fields' admin labels. */
export function germanIssues(collection: ContentSlug, error: z.ZodError): string {
  const label = (path: PropertyKey[]) => {
    const name = String(path[0] ?? '')
    return fieldLabels[collection][name] ?? (name || 'Dokument')
  }
  const missing = new Set<string>()
  const invalid = new Set<string>()
  for (const issue of error.issues) {
    const input = (issue as { input?: unknown }).input
    const absent =
      ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && (input === undefined || input === null)) ||
      (issue.code === 'too_small' && (issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1)
    ;(absent ? missing : invalid).add(label(issue.path))
  }
  return [
    missing.size > 0 ? `Es fehlt noch: ${[...missing].join(', ')}.` : '',
    invalid.size > 0 ? `Bitte prüfen: ${[...invalid].join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/**
 * A site build's refusal in the editors' words: the loader's line („Content document angebote/x
 * fails its schema: street: …; city: …“) names the document and its fields, which the admin calls by
 * their labels; any other failure gets a general sentence (the full line stays in the log).
 */
export function germanBuildError(line: string): string {
  const match = /Content document ([a-z]+)\/(.+?) fails its schema: (.*)$/.exec(line)
  const collection = match?.[1] as ContentSlug | undefined
  if (!match || !collection || !(collection in fieldLabels))
    return 'Ein Inhalt ist unvollständig oder ungültig, oder die Website konnte nicht erstellt werden.'
  const fields = [...new Set(match[3]!.split('; ').map((problem) => problem.split(/[.:]/)[0]!.trim()))]
  return `„${match[2]}“: bitte prüfen: ${fields.map((field) => fieldLabels[collection][field] ?? field).join(', ')}.`
}
