import { imageDimensionsFromData } from 'image-dimensions'
import path from 'node:path'

import { slugify } from '@familienrathaus/content-schemas'

/** Decoding a 40-megapixel image already costs about 160 MB; bigger ones are refused before decoding. */
export const maxImagePixels = 40_000_000

export const uploadKinds = {
  image: { mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'], maxBytes: 10 * 1024 * 1024 },
  video: { mimeTypes: ['video/mp4', 'video/webm'], maxBytes: 200 * 1024 * 1024 },
  captions: { mimeTypes: ['text/vtt'], maxBytes: 1024 * 1024 },
} as const

export const allowedMimeTypes: string[] = Object.values(uploadKinds).flatMap((kind) => [...kind.mimeTypes])
export const maxUploadBytes = Math.max(...Object.values(uploadKinds).map((kind) => kind.maxBytes))

export type IncomingFile = { name: string; mimetype: string; size: number; data: Buffer }

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

function startsWith(data: Buffer, bytes: number[], offset = 0) {
  return bytes.every((byte, i) => data[offset + i] === byte)
}

/** What the bytes are, judged by their first bytes rather than by name or claimed type. */
export function sniffKind(data: Buffer): keyof typeof uploadKinds | 'svg' | 'unknown' {
  const head = data.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart()
  if (/^(<\?xml|<svg|<!doctype svg)/i.test(head) || /<svg[\s>]/i.test(head)) return 'svg'
  if (head.startsWith('WEBVTT')) return 'captions'
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image'
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47])) return 'image'
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'image'
  const box = data.subarray(4, 12).toString('latin1')
  if (box === 'ftypavif' || box === 'ftypavis') return 'image'
  if (box.startsWith('ftyp')) return 'video'
  if (startsWith(data, [0x1a, 0x45, 0xdf, 0xa3])) return 'video'
  return 'unknown'
}

/** "Familienbüro Übersicht (1).JPG" → "familienbuero-uebersicht-1.jpg" */
export function safeFilename(name: string): string {
  const extension = path.extname(name).toLowerCase().replace(/[^.a-z0-9]/g, '')
  const base = slugify(path.basename(name, path.extname(name))) || 'datei'
  return `${base.slice(0, 80)}${extension}`
}

/**
 * Checks an upload before anything decodes it. Returns a German message that says what is wrong
 * and what to do, or undefined when the file is acceptable.
 */
export function checkUpload(file: IncomingFile): string | undefined {
  const kind = sniffKind(file.data)
  if (kind === 'svg' || /\.svgz?$/i.test(file.name)) {
    return 'SVG-Dateien sind aus Sicherheitsgründen nicht erlaubt. Bitte das Bild als PNG, JPEG oder WebP hochladen.'
  }
  if (kind === 'unknown') {
    return 'Dieser Dateityp ist nicht erlaubt. Erlaubt sind Bilder (JPEG, PNG, WebP, AVIF), Videos (MP4, WebM) und Untertitel (WebVTT).'
  }
  const rules = uploadKinds[kind]
  if (!(rules.mimeTypes as readonly string[]).includes(file.mimetype)) {
    return `Der Inhalt der Datei passt nicht zu ihrem Typ (${file.mimetype}). Bitte die Datei im richtigen Format speichern und erneut hochladen.`
  }
  if (file.size > rules.maxBytes) {
    return `Die Datei ist zu groß (${megabytes(file.size)}). Erlaubt sind höchstens ${megabytes(rules.maxBytes)} für diesen Dateityp.`
  }
  if (kind === 'image') {
    const dimensions = imageDimensionsFromData(new Uint8Array(file.data))
    if (!dimensions) return 'Die Bildgröße ließ sich nicht lesen. Die Datei ist vermutlich beschädigt.'
    const pixels = dimensions.width * dimensions.height
    if (pixels > maxImagePixels) {
      return `Das Bild ist mit ${dimensions.width} × ${dimensions.height} Pixeln zu groß (höchstens 40 Megapixel). Bitte verkleinern, z. B. auf 4000 Pixel Breite.`
    }
  }
  return undefined
}
