import { imageDimensionsFromData } from 'image-dimensions'
import { open, readFile } from 'node:fs/promises'
import path from 'node:path'

import { slugify } from '@familienrathaus/content-schemas'

/** Decoding a 40-megapixel image already costs about 160 MB; bigger ones are refused before decoding. */
export const maxImagePixels = 40_000_000

const MB = 1024 * 1024

/**
 * What may be uploaded: per kind of file, its types with the extension a stored file gets, and its
 * size limit. This is the one statement of the limits: the request parser's limits, the checks,
 * the refusals and the admin's description are derived from it.
 */
export const uploadKinds = {
  image: {
    label: 'Bilder',
    types: { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif' },
    formats: 'JPEG, PNG, WebP, AVIF',
    maxBytes: 10 * MB,
  },
  video: { label: 'Videos', types: { 'video/mp4': 'mp4', 'video/webm': 'webm' }, formats: 'MP4, WebM', maxBytes: 200 * MB },
  captions: { label: 'Untertitel', types: { 'text/vtt': 'vtt' }, formats: 'WebVTT', maxBytes: 1 * MB },
} as const

export type UploadKind = keyof typeof uploadKinds
type TypesOf<Kind extends UploadKind> = keyof (typeof uploadKinds)[Kind]['types']
export type UploadMimeType = { [Kind in UploadKind]: TypesOf<Kind> }[UploadKind]

const kindEntries = Object.entries(uploadKinds) as [UploadKind, (typeof uploadKinds)[UploadKind]][]
const typesOf = (kind: UploadKind) => Object.keys(uploadKinds[kind].types) as UploadMimeType[]

export const allowedMimeTypes: string[] = kindEntries.flatMap(([kind]) => typesOf(kind))
/** The largest file of any kind: the request parser's limit for a single file. */
export const maxUploadBytes = Math.max(...kindEntries.map(([, kind]) => kind.maxBytes))
/**
 * The whole multipart request: the file plus the document's fields (alt text and caption, a few
 * hundred bytes), part headers and boundaries. The allowance is small enough that the parser's
 * per-file limit, with its German message, is always what stops a single file that is too large.
 */
export const maxUploadRequestBytes = maxUploadBytes + 1 * MB

const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`
const listing = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} und ${items.at(-1)}` : (items[0] ?? ''))

/** The limits in one German phrase, largest first: "200 MB für Videos, 10 MB für Bilder und 1 MB für Untertitel". */
const limitsPhrase = listing(
  [...kindEntries].sort(([, a], [, b]) => b.maxBytes - a.maxBytes).map(([, kind]) => `${megabytes(kind.maxBytes)} für ${kind.label}`),
)

/** Sent when the request parser stops a file at the largest limit, before anything knows what the file is. */
export const uploadTooLargeMessage = `Die Datei ist zu groß. Erlaubt sind höchstens ${limitsPhrase}.`

/** The admin's description of the media collection, e.g. "… Videos (MP4, WebM; höchstens 200 MB) …". */
export const uploadDescription = `${listing(
  kindEntries.map(([kind, rules]) => {
    const pixels = kind === 'image' ? ` und ${maxImagePixels / 1_000_000} Megapixel` : ''
    return `${rules.label} (${rules.formats}; höchstens ${megabytes(rules.maxBytes)}${pixels})`
  }),
)}. Jedes Bild braucht einen Alternativtext.`

/**
 * A file as Payload's request parser hands it over: in memory (`data`), or, with temporary files,
 * on disk at `tempFilePath` with `data` empty.
 */
export type IncomingFile = { name: string; mimetype: string; size: number; data: Buffer; tempFilePath?: string }

/** Enough of the start of a file to tell its type (file-type reads as much). */
const headBytes = 4100

/** The first `bytes` bytes of an upload, from memory or from its temporary file. */
async function readHead(file: IncomingFile, bytes: number): Promise<Buffer> {
  if (file.data?.length || !file.tempFilePath) return (file.data ?? Buffer.alloc(0)).subarray(0, bytes)
  const handle = await open(file.tempFilePath, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** The whole upload; only for images, whose size is checked first. */
const readAll = async (file: IncomingFile): Promise<Buffer> =>
  file.data?.length || !file.tempFilePath ? file.data : readFile(file.tempFilePath)

function startsWith(data: Buffer, bytes: number[], offset = 0) {
  return bytes.every((byte, i) => data[offset + i] === byte)
}

/**
 * What the bytes are, judged by their first bytes rather than by name or claimed type: one of the
 * allowed types, SVG (refused with its own message) or unknown. ISO base media files are told
 * apart by their major brand as file-type (Payload's own check) does: AVIF is an image, HEIF,
 * QuickTime, 3GP and audio-only files are none of ours, everything else is MP4.
 */
export function sniffType(data: Buffer): UploadMimeType | 'svg' | 'unknown' {
  const head = data
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/^(<\?xml|<svg|<!doctype svg)/i.test(head) || /<svg[\s>]/i.test(head)) return 'svg'
  if (head.startsWith('WEBVTT')) return 'text/vtt'
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp'
  if (data.subarray(4, 8).toString('latin1') === 'ftyp') {
    const brand = data.subarray(8, 12).toString('latin1').replace('\0', ' ').trim()
    if (brand === 'avif' || brand === 'avis') return 'image/avif'
    if (/^(mif1|msf1|heic|heix|hevc|hevx|qt|M4A|M4B|F4A|F4B|crx|M4V|M4VH|M4VP)$/.test(brand) || brand.startsWith('3g')) return 'unknown'
    return (data[8]! & 0x60) === 0 ? 'unknown' : 'video/mp4'
  }
  if (startsWith(data, [0x1a, 0x45, 0xdf, 0xa3])) {
    // EBML: WebM names its DocType "webm" in the header; Matroska files are not ours.
    return data.subarray(0, 64).includes('webm', 0, 'latin1') ? 'video/webm' : 'unknown'
  }
  return 'unknown'
}

export const kindOf = (mimeType: UploadMimeType): UploadKind => kindEntries.find(([kind]) => typesOf(kind).includes(mimeType))![0]
export const extensionOf = (mimeType: UploadMimeType): string =>
  (uploadKinds[kindOf(mimeType)].types as Record<UploadMimeType, string>)[mimeType]

/** What the bytes are, by kind: "image", "video", "captions", "svg" or "unknown". */
export function sniffKind(data: Buffer): UploadKind | 'svg' | 'unknown' {
  const type = sniffType(data)
  return type === 'svg' || type === 'unknown' ? type : kindOf(type)
}

/**
 * A safe name with the extension of what the file is, never the one it was given:
 * ("Familienbüro Übersicht (1).JPG", "jpg") → "familienbuero-uebersicht-1.jpg", ("y.html", "mp4") → "y.mp4".
 */
export function safeFilename(name: string, extension: string): string {
  const given = path.extname(name)
  const stem = /^\.[a-z0-9]{1,8}$/i.test(given) ? path.basename(name, given) : path.basename(name)
  const base = slugify(stem) || 'datei'
  return `${base.slice(0, 80)}.${extension}`
}

export type UploadVerdict = { problem: string } | { problem?: undefined; mimeType: UploadMimeType; extension: string }

/**
 * Checks an upload before anything decodes it. Returns a German message that says what is wrong
 * and what to do, or the type the file really is with the extension it is stored under.
 */
export async function checkUpload(file: IncomingFile): Promise<UploadVerdict> {
  const type = sniffType(await readHead(file, headBytes))
  if (type === 'svg' || /\.svgz?$/i.test(file.name)) {
    return { problem: 'SVG-Dateien sind aus Sicherheitsgründen nicht erlaubt. Bitte das Bild als PNG, JPEG oder WebP hochladen.' }
  }
  if (type === 'unknown') {
    return {
      problem: `Dieser Dateityp ist nicht erlaubt. Erlaubt sind ${listing(kindEntries.map(([, kind]) => `${kind.label} (${kind.formats})`))}.`,
    }
  }
  const kind = kindOf(type)
  const rules = uploadKinds[kind]
  // Browsers send "application/octet-stream" (or nothing) for types they do not know, e.g. WebVTT
  // on Windows; the stored type comes from the bytes anyway. A type that names something else is a mismatch.
  const unnamed = file.mimetype === '' || file.mimetype === 'application/octet-stream'
  if (!unnamed && !(typesOf(kind) as string[]).includes(file.mimetype)) {
    return {
      problem: `Der Inhalt der Datei passt nicht zu ihrem Typ (${file.mimetype}). Bitte die Datei im richtigen Format speichern und erneut hochladen.`,
    }
  }
  if (file.size > rules.maxBytes) {
    return {
      problem: `Die Datei ist zu groß (${megabytes(file.size)}). Erlaubt sind höchstens ${megabytes(rules.maxBytes)} für diesen Dateityp.`,
    }
  }
  if (kind === 'image') {
    const dimensions = imageDimensionsFromData(new Uint8Array(await readAll(file)))
    if (!dimensions) return { problem: 'Die Bildgröße ließ sich nicht lesen. Die Datei ist vermutlich beschädigt.' }
    const pixels = dimensions.width * dimensions.height
    if (pixels > maxImagePixels) {
      return {
        problem: `Das Bild ist mit ${dimensions.width} × ${dimensions.height} Pixeln zu groß (höchstens 40 Megapixel). Bitte verkleinern, z. B. auf 4000 Pixel Breite.`,
      }
    }
  }
  return { mimeType: type, extension: extensionOf(type) }
}
